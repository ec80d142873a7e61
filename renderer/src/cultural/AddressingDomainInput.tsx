import { useWatch, type Control, type Path, type UseFormSetValue } from 'react-hook-form';
import type { ADDRESSING_DOMAINS } from '../../../shared/clients/cultural-frameworks';
import type { IntakeInput } from '../../../shared/clients/intake-schema';
import { ActionButton } from '../ui/ActionButton';
import { Fold } from '../ui/Fold';
import { CheckField } from '../forms/CheckField';
import { TextAreaField } from '../forms/TextAreaField';

interface AddressingDomainInputProps {
  domain: (typeof ADDRESSING_DOMAINS)[number];
  control: Control<IntakeInput>;
  setValue: UseFormSetValue<IntakeInput>;
  isReadOnly: boolean;
}

/** What a folded domain holds, at a glance. */
function domainMarker(written: boolean, declined: boolean, relevant: boolean): string {
  const what = declined ? 'Prefers not to say' : written ? 'Written' : 'Nothing yet';
  return relevant ? `${what} · relevant` : what;
}

/**
 * One ADDRESSING domain, folded to its title, its question and what is filled in: the client's words, "prefers not to say" and "relevant to what brings them
 * here". Choosing "prefers not to say" hides the words but never deletes them on its own: a tick
 * box that silently erased a paragraph would lose work on a slip. The words are kept out of view
 * and out of summaries, and a separate, explicit button removes them when that is what is meant.
 */
export function AddressingDomainInput({ domain, control, setValue, isReadOnly }: AddressingDomainInputProps) {
  const base = `cultural.addressing.${domain.key}` as const;
  const [text, preferNotToSay, relevant] = useWatch({
    control,
    name: [`${base}.text`, `${base}.preferNotToSay`, `${base}.relevant`] as [
      Path<IntakeInput>,
      Path<IntakeInput>,
      Path<IntakeInput>,
    ],
  }) as [string | undefined, boolean | undefined, boolean | undefined];

  return (
    <Fold
      className="domain-fold"
      level={4}
      title={domain.title}
      summary={domainMarker(!!text?.trim(), !!preferNotToSay, !!relevant)}
      description={domain.prompt}
    >
      {preferNotToSay ? (
        <div className="domain-card__declined">
          <p>They prefer not to say.</p>
          {text?.trim() && (
            <div className="domain-card__kept">
              <p className="muted">
                What was written before is kept, hidden here and left out of summaries. Remove it if they
                asked you to.
              </p>
              <ActionButton
                variant="quiet"
                isDisabled={isReadOnly}
                onPress={() =>
                  setValue(`${base}.text` as Path<IntakeInput>, '', { shouldDirty: true, shouldTouch: true })
                }
              >
                Remove what was written
              </ActionButton>
            </div>
          )}
        </div>
      ) : (
        <TextAreaField
          control={control}
          name={`${base}.text` as Path<IntakeInput>}
          label="In their words"
          labelHidden
          description={domain.prompt}
          isReadOnly={isReadOnly}
        />
      )}
      <div className="domain-card__flags">
        <CheckField
          control={control}
          name={`${base}.preferNotToSay` as Path<IntakeInput>}
          isDisabled={isReadOnly}
        >
          Prefers not to say
        </CheckField>
        <CheckField control={control} name={`${base}.relevant` as Path<IntakeInput>} isDisabled={isReadOnly}>
          Relevant to what brings them here
        </CheckField>
      </div>
    </Fold>
  );
}
