import { useState } from 'react';
import { ToggleButtonGroup } from 'react-aria-components';
import type { IntakeStep } from '../../../shared/clients/intake-schema';
import { Chip } from '../clients/Chip';
import { useClientPage } from '../clients/client-page-context';
import { useClient } from '../clients/clients-queries';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { DraftNotice } from './DraftNotice';
import { IntakeEditor, type EditorOutcome } from './IntakeEditor';
import { IntakeHistory } from './IntakeHistory';
import { IntakeReadView } from './IntakeReadView';
import './intake.css';

type Mode = { kind: 'read' } | { kind: 'history' } | { kind: 'edit'; startStep?: IntakeStep };

const OUTCOME_MESSAGES: Partial<Record<EditorOutcome, string>> = {
  completed: 'The intake is complete and saved.',
  saved: 'The intake is saved.',
  discarded: 'The draft was discarded. The intake is as it was last saved.',
};

/** The intake: read by default, edited on demand, with every past change a click away. */
export function IntakeTab({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const page = useClientPage();
  const [mode, setMode] = useState<Mode>(() => {
    if (page.intent === 'edit-intake') return { kind: 'edit' };
    if (page.intent === 'edit-cultural') return { kind: 'edit', startStep: 'cultural' };
    return { kind: 'read' };
  });
  const [outcome, setOutcome] = useState<EditorOutcome | null>(null);

  if (!client.data) return client.isError ? <Alert tone="error">{client.error.message}</Alert> : null;
  const record = client.data;

  if (mode.kind === 'edit') {
    return (
      <IntakeEditor
        record={record}
        startStep={mode.startStep}
        onClose={(result) => {
          setOutcome(result);
          setMode({ kind: 'read' });
        }}
      />
    );
  }

  const edit = () => {
    setOutcome(null);
    setMode({ kind: 'edit' });
  };
  const message = outcome ? OUTCOME_MESSAGES[outcome] : undefined;
  return (
    <div className="intake-tab">
      <div className="intake-tab__bar">
        <ToggleButtonGroup
          aria-label="Show"
          className="chip-group"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={new Set([mode.kind])}
          onSelectionChange={(keys) => setMode({ kind: keys.has('history') ? 'history' : 'read' })}
        >
          <Chip id="read" label="The intake" />
          <Chip id="history" label="History of changes" />
        </ToggleButtonGroup>
        {!record.draft && (
          <ActionButton variant="primary" onPress={edit} autoFocus={outcome !== null}>
            {record.intakeCompletedAt ? 'Edit intake' : 'Start intake'}
          </ActionButton>
        )}
      </div>
      {message && (
        <Alert tone="success">
          <p>{message}</p>
        </Alert>
      )}
      {record.draft && (
        <DraftNotice
          clientId={record.id}
          savedAt={record.draft.savedAt}
          onContinue={edit}
          autoFocus={outcome !== null}
        />
      )}
      {mode.kind === 'history' ? <IntakeHistory clientId={record.id} /> : <IntakeReadView record={record} />}
    </div>
  );
}
