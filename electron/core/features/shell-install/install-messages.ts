import { dirname } from 'node:path';
import type { InstallReport } from './install-command';
import type { UninstallOutcome } from './launcher-install';

/** What the menu item's dialog says; the shell only shows it. */
export interface InstallMessage {
  type: 'info' | 'warning';
  message: string;
  detail: string;
}

export function describeInstall(report: InstallReport, platform: NodeJS.Platform): InstallMessage {
  if (report.outcome === 'refused') {
    return {
      type: 'warning',
      message: "Rapport did not install its 'rapport' command.",
      detail: report.reason,
    };
  }
  const folder =
    platform === 'win32' ? report.path.slice(0, report.path.lastIndexOf('\\')) : dirname(report.path);
  const next = report.onPath
    ? `Open a new terminal${platform === 'win32' ? ' (Command Prompt or PowerShell)' : ''} and run "rapport --help".`
    : `${folder} is not on your PATH yet. Add it (for example, add the line export PATH="${folder}:$PATH" to ~/.profile or ~/.zprofile), then open a new terminal and run "rapport --help".`;
  const done = report.outcome === 'unchanged' ? 'was already installed' : 'is installed';
  return {
    type: 'info',
    message: `The 'rapport' command ${done}.`,
    detail: `${report.path}\n\nIt runs this copy of Rapport as the command line; if you move the app, install it again.\n\n${next}`,
  };
}

export function describeUninstall(outcomes: readonly UninstallOutcome[]): InstallMessage {
  const refused = outcomes.filter((o) => o.outcome === 'refused');
  const removed = outcomes.filter((o) => o.outcome === 'removed').map((o) => o.path);
  if (refused.length > 0) {
    return {
      type: 'warning',
      message: "Rapport left a 'rapport' command that is not its own.",
      detail: [...refused.map((o) => o.reason), ...removed.map((path) => `Removed ${path}.`)].join('\n\n'),
    };
  }
  if (removed.length === 0) {
    return {
      type: 'info',
      message: "Rapport's 'rapport' command was not installed.",
      detail: 'Nothing was removed.',
    };
  }
  return {
    type: 'info',
    message: "The 'rapport' command is removed.",
    detail: removed.map((path) => `Removed ${path}.`).join('\n'),
  };
}
