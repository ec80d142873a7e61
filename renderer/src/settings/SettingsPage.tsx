import { PageHeader } from '../frame/PageHeader';
import { Alert } from '../ui/Alert';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { useSettings } from './settings-queries';

function AutoLockPanel() {
  const settings = useSettings();
  return (
    <section className="panel" aria-labelledby="settings-auto-lock">
      <div className="panel__header">
        <h3 id="settings-auto-lock">Auto-lock</h3>
        <p>When you step away, Rapport locks itself so nobody else can read your records.</p>
      </div>
      {settings.isPending && <p className="muted">Loading…</p>}
      {settings.isError && <Alert tone="error">{settings.error.message}</Alert>}
      {settings.data && <AutoLockForm autoLockMinutes={settings.data.autoLockMinutes} />}
    </section>
  );
}

function PassphrasePanel() {
  return (
    <section className="panel" aria-labelledby="settings-passphrase">
      <div className="panel__header">
        <h3 id="settings-passphrase">Change passphrase</h3>
        <p>
          Your records are not re-encrypted; only the lock on the vault’s key changes, so this takes a second.
        </p>
      </div>
      <ChangePassphraseForm />
    </section>
  );
}

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" />
      <section className="settings-section" aria-labelledby="settings-security">
        <h2 id="settings-security">Security</h2>
        <AutoLockPanel />
        <PassphrasePanel />
      </section>
    </>
  );
}
