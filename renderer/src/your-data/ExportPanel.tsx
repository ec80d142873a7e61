import { useId, useState, type ComponentProps } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { ExportProgressEvent } from '../../../shared/export/export-contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { call } from '../bridge/call';
import { useBridgeEvent } from '../bridge/use-bridge-event';
import { chooseFolder } from '../files/choose-folder';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { DataProgress } from './DataProgress';
import { exportWords, rowsWords } from './data-words';

type Step =
  | { kind: 'idle' }
  | {
      kind: 'running';
      outDir: string;
      progress: ExportProgressEvent | null;
      cancelling: boolean;
      cancelFailed?: string;
    }
  /** The folder holds files already: the export goes there only if the clinician says so. */
  | { kind: 'confirm'; outDir: string; message: string }
  | { kind: 'done'; result: ChannelOutput<'export:vault'> }
  | { kind: 'cancelled'; outDir: string }
  | { kind: 'failed'; message: string };

/**
 * The whole vault as the documented JSON and CSV, into a folder the clinician chooses: the one
 * place Rapport writes records in the clear, so the panel says so before anything is chosen.
 */
export function ExportPanel() {
  const headingId = useId();
  const [includeNotes, setIncludeNotes] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  useBridgeEvent('export:progress', (progress) =>
    setStep((now) => (now.kind === 'running' ? { ...now, progress } : now)),
  );
  const running = step.kind === 'running';

  const exportInto = async (outDir: string, intoNonEmptyFolder: boolean) => {
    setStep({ kind: 'running', outDir, progress: null, cancelling: false });
    try {
      const result = await call('export:vault', {
        outDir,
        includePsychotherapyNotes: includeNotes,
        intoNonEmptyFolder,
      });
      setStep({ kind: 'done', result });
    } catch (error) {
      if (isBridgeCallError(error) && error.code === 'CONFLICT') {
        setStep({ kind: 'confirm', outDir, message: error.message });
      } else if (isBridgeCallError(error) && error.code === 'CANCELLED') {
        setStep({ kind: 'cancelled', outDir });
      } else {
        setStep({ kind: 'failed', message: (error as Error).message });
      }
    }
  };

  const cancel = async () => {
    setStep((now) => (now.kind === 'running' ? { ...now, cancelling: true, cancelFailed: undefined } : now));
    try {
      // The export's own answer (CANCELLED, or done if it finished first) says how it ended.
      await call('export:cancel', {});
    } catch (error) {
      const cancelFailed = (error as Error).message;
      setStep((now) => (now.kind === 'running' ? { ...now, cancelling: false, cancelFailed } : now));
    }
  };

  const choose = async () => {
    setStep({ kind: 'idle' });
    let outDir: string | null;
    try {
      outDir = await chooseFolder('vault-export');
    } catch (error) {
      setStep({ kind: 'failed', message: (error as Error).message });
      return;
    }
    if (outDir !== null) await exportInto(outDir, false);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h3 id={headingId}>Export everything</h3>
        <p>
          Every record in the vault, as an open JSON file with its documentation and as spreadsheets of
          clients and of the audit trail, to keep, to move to other software or to read without Rapport.
        </p>
      </div>
      <Alert tone="warning">
        <p>
          <strong>The export is not encrypted.</strong> Anyone who can open the folder you choose can read
          every record in it. Choose a folder only you can reach (not a shared or synced one), and delete the
          export when you no longer need it.
        </p>
        <p>
          It goes into a new folder named rapport-export-… inside the folder you choose. The export is
          recorded in the audit trail.
        </p>
      </Alert>
      <CheckboxField isSelected={includeNotes} onChange={setIncludeNotes} isDisabled={running}>
        Include psychotherapy notes
      </CheckboxField>
      <p className="form-hint">
        Psychotherapy (process) notes are kept apart from the record, and many laws let you withhold them from
        a records request. They are left out unless you tick this.
      </p>
      <div className="form-actions">
        <ActionButton
          variant="primary"
          icon="download"
          isPending={running}
          pendingLabel="Exporting…"
          onPress={() => void choose()}
        >
          Choose a folder and export…
        </ActionButton>
      </div>
      {step.kind === 'running' && (
        <ExportProgress
          progress={step.progress}
          cancel={{ onPress: () => void cancel(), pending: step.cancelling, what: 'export' }}
        />
      )}
      {step.kind === 'running' && step.cancelFailed && (
        <Alert tone="error">
          <p>The export could not be cancelled: {step.cancelFailed}</p>
        </Alert>
      )}
      {step.kind === 'confirm' && (
        <Alert tone="warning">
          <p>{step.message}</p>
          <p className="data-folder">{step.outDir}</p>
          <div className="button-row">
            <ActionButton onPress={() => void exportInto(step.outDir, true)}>
              Export into this folder anyway
            </ActionButton>
            <ActionButton variant="quiet" onPress={() => void choose()}>
              Choose another folder…
            </ActionButton>
          </div>
        </Alert>
      )}
      {step.kind === 'done' && <Exported result={step.result} />}
      {step.kind === 'cancelled' && (
        <Alert tone="info">
          <p>Export cancelled: nothing was left in</p>
          <p className="data-folder">{step.outDir}</p>
          <p>What it had written so far was deleted. The cancelled export is recorded in the audit trail.</p>
        </Alert>
      )}
      {step.kind === 'failed' && (
        <Alert tone="error">
          <p>The export could not be written: {step.message} Nothing readable was left behind.</p>
        </Alert>
      )}
    </section>
  );
}

function ExportProgress({
  progress,
  cancel,
}: {
  progress: ExportProgressEvent | null;
  cancel: ComponentProps<typeof DataProgress>['cancel'];
}) {
  const { words, percent } = exportWords(progress);
  return <DataProgress label="Exporting the vault" words={words} percent={percent} cancel={cancel} />;
}

function Exported({ result }: { result: ChannelOutput<'export:vault'> }) {
  const rows = Object.values(result.tables).reduce((sum, n) => sum + n, 0);
  return (
    <Alert tone="success">
      <p>
        Exported {Object.keys(result.tables).length} tables, {rowsWords(rows)}, into:
      </p>
      <p className="data-folder">{result.folder}</p>
      <p>
        It holds {result.files.join(', ')}. These files are not encrypted: delete them when you no longer need
        them.
      </p>
    </Alert>
  );
}
