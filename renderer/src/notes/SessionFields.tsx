import { useCallback, useId } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { MODALITIES, MODALITY_LABELS } from '../../../shared/notes/note-formats';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ClockField } from '../ui/ClockField';
import { DayField } from '../ui/DayField';
import { useDraft, type DraftStore } from './draft-store';
import { dateProblem, timeProblem } from './note-content';
import '../ui/field.css';

type WhenKey = 'sessionDate' | 'startTime' | 'endTime';

/** The note's attendees: what the clinician types, in its own direction. */
function AttendeesInput({ store }: { store: DraftStore }) {
  const id = useId();
  const value = useDraft(
    store,
    useCallback((c: NoteContent) => c.attendees, []),
  );
  return (
    <div className="field session-fields__attendees">
      <label className="field__label" htmlFor={id}>
        Attendees
      </label>
      <div className="field__control">
        <input
          id={id}
          className="field__input"
          type="text"
          value={value}
          dir="auto"
          maxLength={500}
          onChange={(event) => {
            const next = event.target.value;
            store.update((c) => ({ ...c, attendees: next }));
          }}
        />
      </div>
    </div>
  );
}

/** A day or time of the session, typed in the app's locale, saved into the draft as it changes. */
function WhenInput({
  store,
  name,
  label,
  error,
}: {
  store: DraftStore;
  name: WhenKey;
  label: string;
  error?: string | null;
}) {
  const value = useDraft(
    store,
    useCallback((c: NoteContent) => c[name], [name]),
  );
  const Field = name === 'sessionDate' ? DayField : ClockField;
  return (
    <Field
      className={`session-fields__${name}`}
      label={label}
      value={value}
      error={error}
      onChange={(next) => store.update((c) => ({ ...c, [name]: next }))}
    />
  );
}

function TimeFields({ store }: { store: DraftStore }) {
  const problem = useDraft(
    store,
    useCallback((c: NoteContent) => timeProblem(c), []),
  );
  return (
    <>
      <WhenInput store={store} name="startTime" label="Start" />
      <WhenInput store={store} name="endTime" label="End" error={problem} />
    </>
  );
}

function DateField({ store }: { store: DraftStore }) {
  const problem = useDraft(
    store,
    useCallback((c: NoteContent) => dateProblem(c.sessionDate), []),
  );
  return <WhenInput store={store} name="sessionDate" label="Session date" error={problem} />;
}

function ModalityField({ store }: { store: DraftStore }) {
  const labelId = useId();
  const modality = useDraft(
    store,
    useCallback((c: NoteContent) => c.modality, []),
  );
  return (
    <div className="field session-fields__modality">
      <span className="field__label" id={labelId}>
        Modality
      </span>
      <ChoiceGroup
        look="segments"
        labelledBy={labelId}
        options={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
        value={modality}
        onChange={(next) => {
          if (next) store.update((c) => ({ ...c, modality: next }));
        }}
      />
    </div>
  );
}

/** When and how the session happened, and who was there. */
export function SessionFields({ store }: { store: DraftStore }) {
  return (
    <fieldset className="session-fields">
      <legend className="visually-hidden">Session</legend>
      <DateField store={store} />
      <TimeFields store={store} />
      <span className="session-fields__break" aria-hidden="true" />
      <ModalityField store={store} />
      <AttendeesInput store={store} />
    </fieldset>
  );
}
