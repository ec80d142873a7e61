import { useState } from 'react';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { clockLabel, longDay, minutesFromClock } from '../../../shared/dates/practice-time';
import { SCOPE_OPTIONS, type SeriesScope } from './scope';
import { UserText } from '../ui/UserText';

export interface PendingMove {
  appointment: Appointment;
  date: string;
  time: string;
}

interface MoveScopeDialogProps {
  move: PendingMove | null;
  isPending: boolean;
  error: string | null;
  onConfirm: (scope: SeriesScope) => void;
  onClose: () => void;
}

/** After dragging an appointment of a series: move only this one, or the rest of the series too? */
export function MoveScopeDialog({ move, isPending, error, onConfirm, onClose }: MoveScopeDialogProps) {
  return (
    <ModalDialog
      title="Move a repeating appointment"
      subtitle={
        move && (
          <>
            <UserText inline text={move.appointment.chosenName} /> to {longDay(move.date)} at{' '}
            {clockLabel(minutesFromClock(move.time))}
          </>
        )
      }
      isOpen={move !== null}
      onClose={onClose}
      isBusy={isPending}
    >
      <MoveChoice isPending={isPending} error={error} onConfirm={onConfirm} onClose={onClose} />
    </ModalDialog>
  );
}

function MoveChoice({ isPending, error, onConfirm, onClose }: Omit<MoveScopeDialogProps, 'move'>) {
  const [scope, setScope] = useState<SeriesScope>('one');
  return (
    <div className="stack">
      <ChoiceGroup
        label="Apply to"
        value={scope}
        onChange={setScope}
        options={SCOPE_OPTIONS}
        isDisabled={isPending}
      />
      {error && <Alert tone="error">{error}</Alert>}
      <div className="form-actions">
        <ActionButton
          variant="primary"
          onPress={() => onConfirm(scope)}
          isPending={isPending}
          pendingLabel="Moving…"
        >
          Move
        </ActionButton>
        <ActionButton variant="quiet" onPress={onClose} isDisabled={isPending}>
          Don’t move
        </ActionButton>
      </div>
    </div>
  );
}
