import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the renderer folders are layered by the linter', () => {
  it.each([
    // ui/ leans on nothing but itself and shared/.
    ['renderer/src/ui/Example.tsx', "import { call } from '../bridge/call';"],
    ['renderer/src/ui/Example.tsx', "import { useDraft } from '../notes/draft-store';"],
    ['renderer/src/ui/Example.tsx', "import { greetingFor } from '../home/greeting';"],
    // A feature never reaches back into a host.
    ['renderer/src/notes/Example.tsx', "import { greetingFor } from '../home/greeting';"],
    ['renderer/src/goals/Example.tsx', "import { App } from '../app/App';"],
    ['renderer/src/billing/superbill/Example.tsx', "import { AppFrame } from '../../frame/AppFrame';"],
    ['renderer/src/goals/Example.tsx', "import { ClientPage } from '../client-page/ClientPage';"],
    ['renderer/src/notes/Example.tsx', "import { OVERVIEW_CARDS } from '../client-page/overview-cards';"],
    ['renderer/src/clients/Example.tsx', "import { CLIENT_TABS } from '../client-page/client-tabs';"],
    [
      'renderer/src/clients/overview/Example.tsx',
      "import { OverviewTab } from '../../client-page/OverviewTab';",
    ],
    ['renderer/src/summary/Example.tsx', "import '../print/print-entry';"],
    // The renderer-wide rule still holds in both, since these blocks restate it.
    ['renderer/src/ui/Example.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/ui/Example.tsx', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/notes/Example.tsx', "import { app } from 'electron';"],
    ['renderer/src/notes/Example.tsx', "import { join } from 'path';"],
    [
      'renderer/src/notes/Example.tsx',
      "import { createAppCore } from '../../../electron/core/router/app-core';",
    ],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await ruleHits(filePath, code)).not.toHaveLength(0);
  });

  it.each([
    [
      'renderer/src/ui/Example.tsx',
      "import { Icon } from './Icon';\nimport type { SaveStatus } from '../../../shared/autosave/autosaver';",
    ],
    [
      'renderer/src/notes/Example.tsx',
      "import { ChoiceGroup } from '../ui/ChoiceGroup';\nimport { call } from '../bridge/call';\nimport { useNavigate } from '../navigation/routes';\nimport { useClientPage } from '../clients/client-page-context';\nimport { formatDate } from '../../../shared/dates/format-date';",
    ],
    [
      'renderer/src/home/Example.tsx',
      "import { UnsignedNotesCard } from '../notes/UnsignedNotesCard';\nimport { greetingFor } from './greeting';",
    ],
    ['renderer/src/frame/Example.tsx', "import { HomePage } from '../home/HomePage';"],
    ['renderer/src/frame/Example.tsx', "import { ClientPage } from '../client-page/ClientPage';"],
    [
      'renderer/src/client-page/Example.tsx',
      "import { NotesTab } from '../notes/NotesTab';\nimport { useClientPage } from '../clients/client-page-context';\nimport { OverviewTab } from './OverviewTab';",
    ],
    [
      'renderer/src/print/Example.tsx',
      "import { SummaryDocument } from '../summary/SummaryDocument';\nimport { SuperbillDocument } from '../billing/superbill/SuperbillDocument';",
    ],
  ])('%s may import ui/, shared/ and the features it composes: %s', async (filePath, code) => {
    expect(await ruleHits(filePath, code)).toEqual([]);
  });
});
