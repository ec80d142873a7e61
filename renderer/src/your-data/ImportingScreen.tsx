import type { ImportProgressEvent } from '../../../shared/export/export-contract';
import { CentredCard } from '../ui/CentredCard';
import { DataProgress } from './DataProgress';
import { importWords } from './data-words';

/** While the vault made from an export replaces the open one: the open vault is locked meanwhile. */
export function ImportingScreen({ progress }: { progress: ImportProgressEvent | null }) {
  const { words, percent } = importWords(progress);
  return (
    <CentredCard
      title="Opening the vault made from your export"
      intro={
        <p>
          Rapport locked the vault that was open and is setting it aside (nothing in it is deleted). The new
          vault opens by itself in a moment.
        </p>
      }
    >
      <DataProgress label="New vault from an export" words={words} percent={percent} />
    </CentredCard>
  );
}
