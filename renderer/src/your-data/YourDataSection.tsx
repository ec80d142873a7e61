import { useEffect, useRef } from 'react';
import { Alert } from '../ui/Alert';
import { useVaultStatus } from '../vault/vault-queries';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { useImportRun } from './import-run';
import './your-data.css';

/** After a new vault from an export has opened: what happened to the one before. */
function ImportedNotice() {
  const run = useImportRun();
  if (run?.state !== 'opened') return null;
  return (
    <Alert tone="success">
      <p>This vault was made from your export and is now the one Rapport opens.</p>
      {run.setAside && (
        <p>
          The vault you had open before is kept aside, whole: it is in the list of backups as “Set aside by a
          restore”, and restoring it brings it back.
        </p>
      )}
    </Alert>
  );
}

/**
 * Settings → Your data: the whole vault out as open JSON and CSV, and a new vault from such an
 * export, both the same code as `rapport export-json` and `rapport import-json`. `isTarget` when
 * the clinician was sent here (after an import).
 */
export function YourDataSection({ isTarget = false }: { isTarget?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useVaultStatus();
  useEffect(() => {
    if (isTarget) heading.current?.focus();
  }, [isTarget]);
  return (
    <section className="settings-section" aria-labelledby="settings-your-data">
      <h2 id="settings-your-data" ref={heading} tabIndex={-1} className="settings-section__target">
        Your data
      </h2>
      <ImportedNotice />
      <ExportPanel />
      <ImportPanel location={status.data?.location ?? ''} />
    </section>
  );
}
