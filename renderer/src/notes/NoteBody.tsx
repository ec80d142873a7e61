import { useCallback } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../../shared/notes/note-formats';
import { useDraft, type DraftStore } from './draft-store';
import { GoalWork } from './GoalWork';
import { NoteTextArea } from './NoteTextArea';

const HINTS: Record<string, string> = {
  subjective: 'What the client said: their words, concerns and how they see things.',
  objective: 'What you observed: presentation, affect, behaviour, measures.',
  assessment: 'Your clinical reading of the session and of progress.',
  plan: 'What happens next: tasks, referrals, the next session.',
  data: 'What the client said and what you observed.',
  behaviour: 'What the client said and did.',
  intervention: 'What you did: techniques, topics, exercises.',
  response: 'How the client responded to what you did.',
  goal: 'The goals this session worked on, and what was said about them.',
};

function Section({
  store,
  sectionKey,
  title,
  onBlur,
  autoFocus,
}: {
  store: DraftStore;
  sectionKey: string;
  title: string;
  onBlur: () => void;
  autoFocus: boolean;
}) {
  const value = useDraft(
    store,
    useCallback((c: NoteContent) => c.body[sectionKey] ?? '', [sectionKey]),
  );
  const onChange = useCallback(
    (text: string) => store.update((c) => ({ ...c, body: { ...c.body, [sectionKey]: text } })),
    [store, sectionKey],
  );
  return (
    <NoteTextArea
      label={title}
      description={HINTS[sectionKey]}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      autoFocus={autoFocus}
    />
  );
}

/** The progress note itself: one large text area per section of the chosen format. */
export function NoteBody({
  store,
  clientId,
  onBlur,
  autoFocus,
}: {
  store: DraftStore;
  clientId: string;
  onBlur: () => void;
  autoFocus: boolean;
}) {
  const format = useDraft(
    store,
    useCallback((c: NoteContent) => c.format, []),
  );
  return (
    <div className="note-body">
      {NOTE_FORMATS[format].map((section, i) => (
        <div key={section.key} className="note-body__section">
          <Section
            store={store}
            sectionKey={section.key}
            title={section.title}
            onBlur={onBlur}
            autoFocus={autoFocus && i === 0}
          />
          {format === 'GIRP' && section.key === 'goal' && (
            <GoalWork store={store} clientId={clientId} onBlur={onBlur} />
          )}
        </div>
      ))}
    </div>
  );
}
