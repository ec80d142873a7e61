import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { MAX_LOGO_BYTES } from '../../../shared/practice/practice-contract';
import { ActionButton } from '../ui/ActionButton';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(file);
  });
}

interface LogoFieldProps {
  value: string;
  onChange: (dataUrl: string) => void;
  error?: string;
  isDisabled?: boolean;
}

/** An optional small logo for the letterhead, kept in the vault as a PNG or JPEG data URL. */
export function LogoField({ value, onChange, error, isDisabled }: LogoFieldProps) {
  const [problem, setProblem] = useState<string | null>(null);
  async function choose(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setProblem('Choose a PNG or JPEG image.');
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setProblem(
        `That image is ${Math.ceil(file.size / 1024)} KB; the logo must be under ${MAX_LOGO_BYTES / 1024} KB.`,
      );
      return;
    }
    setProblem(null);
    onChange(await readAsDataUrl(file));
  }
  const message = problem ?? error;
  return (
    <div className="field practice-logo" role="group" aria-labelledby="practice-logo-label">
      <span className="field__label" id="practice-logo-label">
        Logo (optional)
      </span>
      <div className="practice-logo__row">
        {value ? (
          <img className="practice-logo__preview" src={value} alt="The current logo" />
        ) : (
          <span className="field__description">No logo. PNG or JPEG, under {MAX_LOGO_BYTES / 1024} KB.</span>
        )}
        <FileTrigger acceptedFileTypes={['image/png', 'image/jpeg']} onSelect={(files) => void choose(files)}>
          <Button className="button button--secondary" isDisabled={isDisabled}>
            {value ? 'Replace logo…' : 'Choose logo…'}
          </Button>
        </FileTrigger>
        {value && (
          <ActionButton variant="quiet" onPress={() => onChange('')} isDisabled={isDisabled}>
            Remove
          </ActionButton>
        )}
      </div>
      {message && (
        <p className="field__error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
