import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useExportAudit } from './audit-queries';

const COUNT = new Intl.NumberFormat();

/** "Export…": the whole trail as CSV (hashes included, so it can be checked elsewhere) into a chosen folder. */
export function AuditExport() {
  const exporter = useExportAudit();
  return (
    <>
      <div className="form-actions">
        <ActionButton
          icon="download"
          isPending={exporter.isPending}
          pendingLabel="Exporting…"
          onPress={() => exporter.mutate()}
        >
          Export…
        </ActionButton>
      </div>
      {exporter.isSuccess && exporter.data && (
        <Alert tone="success">
          <p>
            Wrote all {COUNT.format(exporter.data.entries)} entries, with their seals, to{' '}
            <span className="path">{exporter.data.file}</span>
          </p>
        </Alert>
      )}
      {exporter.isError && (
        <Alert tone="error">
          <p>The audit trail was not exported: {exporter.error.message}</p>
        </Alert>
      )}
    </>
  );
}
