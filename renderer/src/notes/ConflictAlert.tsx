import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { contentAsText } from './note-content';
import type { NoteSession } from './use-note-session';

interface ConflictAlertProps {
  session: NoteSession;
  message: string;
  /** Drops what is in the editor and opens the stored version. */
  onOpenStored: () => void;
}

/**
 * Autosave stopped because the stored note moved on (signed, or changed in another window). Nothing
 * typed is thrown away: the editor keeps it, it can be copied out, and an unsigned note can be saved
 * over the other version on purpose.
 */
export function ConflictAlert({ session, message, onOpenStored }: ConflictAlertProps) {
  const stored = useQuery({
    queryKey: queryKeys.storedNote(session.noteId, message),
    queryFn: () => call('notes:get', { id: session.noteId }),
    gcTime: 0,
  });
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(contentAsText(session.store.get()));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const signed = Boolean(stored.data?.signedAt);
  return (
    <Alert tone="warning">
      <p className="conflict__title">
        <strong>Not saved.</strong> {message}
      </p>
      <p>
        {signed
          ? 'What you typed since is still below. Copy it, open the signed note and add it as an addendum.'
          : 'What you typed is still below. Keep your version to save it over the other one, or open the other version.'}
      </p>
      <div className="button-row">
        {stored.data && !signed && (
          <ActionButton variant="primary" onPress={() => session.rebase(stored.data.updatedAt)}>
            Keep my version
          </ActionButton>
        )}
        <ActionButton icon="copy" onPress={() => void copy()}>
          Copy my text
        </ActionButton>
        <ActionButton onPress={onOpenStored}>
          {signed ? 'Open the signed note' : 'Open the other version'}
        </ActionButton>
      </div>
      {copied && (
        <p role="status">
          {copied === 'yes' ? 'Copied. Paste it where you need it.' : 'Copying did not work here.'}
        </p>
      )}
    </Alert>
  );
}
