import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form, Label, ProgressBar } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { StatementBatchPlan } from '../../../../shared/billing/billing-documents-contract';
import { todayIn } from '../../../../shared/dates/practice-time';
import { call } from '../../bridge/call';
import { chooseFolder } from '../../files/choose-folder';
import { PaperChoice } from '../../pdf-export/PaperChoice';
import { PasswordChoice } from '../../pdf-export/PasswordChoice';
import { ActionButton } from '../../ui/ActionButton';
import { Alert } from '../../ui/Alert';
import { ModalDialog } from '../../ui/ModalDialog';
import { UserText } from '../../ui/UserText';
import { periodOf } from '../superbill/superbill-form';
import { billPdfForm, defaultBillPdfForm, passwordOf, type BillPdfForm } from './bill-pdf-form';
import { PeriodChoice } from './PeriodChoice';
import './bill-dialog.css';

type Written = StatementBatchPlan['clients'][number];

type Run =
  | { state: 'choosing' }
  | { state: 'writing'; done: Written[]; total: number }
  | { state: 'finished'; done: Written[]; total: number; stopped: boolean; error: string | null }
  | { state: 'refused'; existing: string[] }
  | { state: 'nobody' };

/**
 * "Statements…": one statement of account per client with activity in a period, written into a
 * folder the clinician chooses, one file at a time with progress, stoppable between files. Files
 * are named by period and record id, never by name; this dialog shows whose each is. A folder
 * that already holds any of them is refused before anything is written.
 */
export function StatementBatchDialog({
  isOpen,
  zone,
  onClose,
}: {
  isOpen: boolean;
  zone: string;
  onClose: () => void;
}) {
  const [run, setRun] = useState<Run>({ state: 'choosing' });
  const close = () => {
    setRun({ state: 'choosing' });
    onClose();
  };
  return (
    <ModalDialog
      title="Statements for a period"
      subtitle="One statement of account for each client with an invoice or a payment in the period, saved into a folder you choose."
      isOpen={isOpen}
      onClose={close}
      isBusy={run.state === 'writing'}
    >
      {isOpen && <BatchChooser zone={zone} run={run} setRun={setRun} onClose={close} />}
    </ModalDialog>
  );
}

function BatchChooser({
  zone,
  run,
  setRun,
  onClose,
}: {
  zone: string;
  run: Run;
  setRun: (run: Run) => void;
  onClose: () => void;
}) {
  const [today] = useState(() => todayIn(zone));
  const [problem, setProblem] = useState<string | null>(null);
  // Each batch gets its own: "Stop" aborts it, and it checks between files.
  const [stopper, setStopper] = useState<AbortController | null>(null);
  const { control, handleSubmit, resetField, setValue } = useForm<BillPdfForm>({
    resolver: zodResolver(billPdfForm),
    defaultValues: defaultBillPdfForm(today),
  });
  const busy = run.state === 'writing';

  const onSubmit = handleSubmit(async (values) => {
    const period = periodOf(values, today);
    if (busy || !period) return;
    setProblem(null);
    try {
      const folder = await chooseFolder('statements-batch');
      if (folder === null) return;
      const plan = await call('billing:statementBatchPlan', { ...period, folder });
      if (plan.existing.length > 0) return setRun({ state: 'refused', existing: plan.existing });
      if (plan.clients.length === 0) return setRun({ state: 'nobody' });
      const stop = new AbortController();
      setStopper(stop);
      const done: Written[] = [];
      setRun({ state: 'writing', done, total: plan.clients.length });
      for (const client of plan.clients) {
        if (stop.signal.aborted) break;
        try {
          await call('billing:statementToFolder', {
            clientId: client.clientId,
            ...period,
            folder,
            paper: values.paper,
            ...passwordOf(values),
          });
        } catch (error) {
          return setRun({
            state: 'finished',
            done,
            total: plan.clients.length,
            stopped: true,
            error: (error as Error).message,
          });
        }
        done.push(client);
        setRun({ state: 'writing', done: [...done], total: plan.clients.length });
        // A month-end batch can outlast the auto-lock: the run the clinician started keeps the
        // vault open, and the idle clock starts again from the last file written.
        await call('vault:activity', {});
      }
      setRun({
        state: 'finished',
        done,
        total: plan.clients.length,
        stopped: stop.signal.aborted,
        error: null,
      });
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      resetField('password');
      resetField('confirmation');
    }
  });

  if (run.state === 'writing' || run.state === 'finished') {
    const { done, total } = run;
    const words = `${done.length} of ${total} ${total === 1 ? 'statement' : 'statements'} saved`;
    return (
      <div className="bill-dialog">
        <ProgressBar className="bill-progress" value={done.length} maxValue={total} valueLabel={words}>
          {({ percentage }) => (
            <>
              <div className="bill-progress__labels">
                <Label>{run.state === 'writing' ? 'Saving the statements' : 'Statements saved'}</Label>
                <span className="bill-progress__count">{words}</span>
              </div>
              <div className="bill-progress__track">
                <div className="bill-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
        {run.state === 'finished' && run.error && (
          <Alert tone="error">
            <p>{run.error}</p>
            <p>The statements listed below were saved; the rest were not.</p>
          </Alert>
        )}
        {run.state === 'finished' && run.stopped && !run.error && (
          <Alert tone="info">
            <p>Stopped: the statements listed below were saved; the rest were not.</p>
          </Alert>
        )}
        {done.length > 0 && (
          <ul className="bill-dialog__files" aria-label="Saved statements">
            {done.map((c) => (
              <li key={c.clientId}>
                <span className="bill-dialog__file">{c.fileName}</span>
                <UserText inline text={c.chosenName} />
              </li>
            ))}
          </ul>
        )}
        <div className="form-actions">
          {run.state === 'writing' ? (
            <ActionButton onPress={() => stopper?.abort()}>Stop after this statement</ActionButton>
          ) : (
            <ActionButton variant="primary" onPress={onClose}>
              Done
            </ActionButton>
          )}
        </div>
      </div>
    );
  }

  return (
    <Form
      className="bill-dialog"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label="Statements for a period"
    >
      <PeriodChoice control={control} setValue={setValue} today={today} busy={busy} />
      <PaperChoice control={control} isDisabled={busy} first="A4" />
      <PasswordChoice
        control={control}
        isReadOnly={busy}
        handOver="every statement of the batch gets this one password; tell each client another way."
      />
      {run.state === 'refused' && (
        <Alert tone="warning">
          <p>
            That folder already holds{' '}
            {run.existing.length === 1 ? 'one of these statements' : 'some of these statements'}, and nothing
            is replaced: choose another folder.
          </p>
          <ul className="bill-dialog__files">
            {run.existing.map((name) => (
              <li key={name} className="bill-dialog__file">
                {name}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {run.state === 'nobody' && (
        <Alert tone="info">
          <p>No client had an invoice or a payment in that period: nothing was saved.</p>
        </Alert>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" icon="print">
          Choose a folder and save…
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}
