import { useId } from 'react';
import type { Control, UseFieldArrayReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { startClientModeInput } from '../../../shared/client-mode/client-mode-contract';
import { isRelease } from '../../../shared/consent/consent-kinds';
import { FormDateField } from '../goals/FormDateField';
import { ActionButton } from '../ui/ActionButton';
import { FormTextField } from '../ui/FormTextField';

type Input = z.input<typeof startClientModeInput>;

interface HandOverReleasesProps {
  control: Control<Input>;
  /** The form's documents: the releases are those of their kind, each with its recipient and end. */
  documents: UseFieldArrayReturn<Input, 'documents'>;
  isReadOnly: boolean;
}

/**
 * Releases of information for the client to sign, one per recipient. Who it goes to and when it
 * ends are the clinician's to write, here, before the laptop is handed over; the client reads the
 * release with both filled in.
 */
export function HandOverReleases({ control, documents, isReadOnly }: HandOverReleasesProps) {
  const id = useId();
  const rows = documents.fields.flatMap((field, index) =>
    isRelease(field.kind) ? [{ key: field.id, index }] : [],
  );
  return (
    <div
      className="handover-group"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-description`}
    >
      <span className="handover-group__label" id={`${id}-label`}>
        Releases of information
      </span>
      <p className="field__description" id={`${id}-description`}>
        One for each person or service the information goes to. The client reads it with these filled in.
      </p>
      {rows.length > 0 && (
        <ol className="handover-releases">
          {rows.map(({ key, index }, n) => (
            <li key={key} className="handover-release">
              <FormTextField
                control={control}
                name={`documents.${index}.recipient`}
                label="Who the information goes to"
                isReadOnly={isReadOnly}
              />
              <FormDateField
                control={control}
                name={`documents.${index}.expiresOn`}
                label="Release ends on"
              />
              <ActionButton
                variant="quiet"
                isDisabled={isReadOnly}
                aria-label={`Remove release ${n + 1}`}
                onPress={() => {
                  documents.remove(index);
                  // The pressed button goes with its row; focus stays in the group, not on the page.
                  document.getElementById(`${id}-add`)?.focus();
                }}
              >
                Remove
              </ActionButton>
            </li>
          ))}
        </ol>
      )}
      <div>
        <ActionButton
          id={`${id}-add`}
          isDisabled={isReadOnly}
          onPress={() =>
            documents.append(
              { kind: 'release-of-information', recipient: '', expiresOn: '' },
              { focusName: `documents.${documents.fields.length}.recipient` },
            )
          }
        >
          Add a release
        </ActionButton>
      </div>
    </div>
  );
}
