import { useCallback, useId } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { MODALITIES, MODALITY_LABELS } from '../../../shared/notes/note-formats';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useDraft, type DraftStore } from './draft-store';
import { dateProblem, timeProblem } from './note-content';
import '../ui/field.css';

type TextKey = 'sessionDate' | 'startTime' | 'endTime' | 'attendees';

function SessionInput({
  store,
  name,
  label,
  type,
  error,
}: {
  store: DraftStore;
  name: TextKey;
  label: string;
  type: 'date' | 'time' | 'text';
  error?: string | null;
}) {
  const id = useId();
  const value = useDraft(
    store,
    useCallback((c: NoteContent) => c[name], [name]),
  );
  return (
    <div className={`field session-fields__${name}`} data-invalid={error ? true : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="field__input"
          type={type}
          value={value}
          dir={type === 'text' ? 'auto' : undefined}
          maxLength={type === 'text' ? 500 : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            const next = event.target.value;
            store.update((c) => ({ ...c, [name]: next }));
          }}
        />
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function TimeFields({ store }: { store: DraftStore }) {
  const problem = useDraft(
    store,
    useCallback((c: NoteContent) => timeProblem(c), []),
  );
  return (
    <>
      <SessionInput store={store} name="startTime" label="Start" type="time" />
      <SessionInput store={store} name="endTime" label="End" type="time" error={problem} />
    </>
  );
}

function DateField({ store }: { store: DraftStore }) {
  const problem = useDraft(
    store,
    useCallback((c: NoteContent) => dateProblem(c.sessionDate), []),
  );
  return <SessionInput store={store} name="sessionDate" label="Session date" type="date" error={problem} />;
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
      <SessionInput store={store} name="attendees" label="Attendees" type="text" />
    </fieldset>
  );
}
