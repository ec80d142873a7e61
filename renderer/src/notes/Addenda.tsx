import { useId, useState } from 'react';
import type { Note } from '../../../shared/notes/note-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useAddAddendum } from './notes-queries';
import { NoteTextArea } from './NoteTextArea';
import { SignatureFacts } from './SignatureFacts';
import { UserText } from '../ui/UserText';

function AddAddendum({ noteId }: { noteId: string }) {
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const add = useAddAddendum();
  const submit = () => {
    if (!text.trim() || add.isPending) return;
    add.mutate(
      { noteId, body: text },
      {
        onSuccess: () => {
          setText('');
          setAdded(true);
        },
      },
    );
  };
  return (
    <div className="addendum-form">
      <NoteTextArea
        size="small"
        label="Add an addendum"
        description="For a correction or something learned later. It is signed and dated when you add it, and cannot be changed either."
        value={text}
        onChange={(value) => {
          setText(value);
          setAdded(false);
        }}
      />
      {add.isError && <Alert tone="error">{add.error.message}</Alert>}
      <div className="form-actions">
        <ActionButton
          icon="lock"
          onPress={submit}
          isDisabled={!text.trim()}
          isPending={add.isPending}
          pendingLabel="Signing…"
        >
          Sign and add addendum
        </ActionButton>
        <span className="visually-hidden" role="status">
          {added ? 'Addendum signed and added.' : ''}
        </span>
      </div>
    </div>
  );
}

/** The corrections under a signed note, oldest first, each with who signed it, when, and its fingerprint; and a way to add one. */
export function Addenda({ note }: { note: Note }) {
  const headingId = useId();
  return (
    <section className="addenda" aria-labelledby={headingId}>
      <h3 id={headingId} className="addenda__title">
        Addenda
      </h3>
      {note.addenda.length === 0 ? (
        <p className="muted">No addenda.</p>
      ) : (
        <ol className="addenda__list">
          {note.addenda.map((addendum) => (
            <li key={addendum.id} className="addendum">
              <div className="addendum__meta">
                <SignatureFacts
                  what="addendum"
                  signedAt={addendum.signedAt}
                  signedBy={addendum.signedBy}
                  contentHash={addendum.contentHash}
                  intact={addendum.signature.intact}
                />
              </div>
              <p className="addendum__text">
                <UserText text={addendum.body} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <AddAddendum noteId={note.id} />
    </section>
  );
}
