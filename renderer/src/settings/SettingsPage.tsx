import { AuditTrailSection } from '../audit/AuditTrailSection';
import { BackupsSection } from '../backup/BackupsSection';
import { ChecklistSettings } from '../checklist/ChecklistSettings';
import { CustodianSection } from '../custodian/CustodianSection';
import { DocumentsSettings } from '../consent/DocumentsSettings';
import { FeeSettingsSection } from '../fees/FeeSettingsSection';
import { ModalitySettings } from '../goals/ModalitySettings';
import { IntegritySection } from '../integrity/IntegritySection';
import { PageHeader } from '../ui/PageHeader';
import { PracticeSettings } from '../practice/PracticeSettings';
import { RetentionSection } from '../retention/RetentionSection';
import { RiskIntervalsPanel } from '../risk/RiskIntervalsPanel';
import { Alert } from '../ui/Alert';
import { YourDataSection } from '../your-data/YourDataSection';
import { ReminderTemplateSettings } from '../reminders/ReminderTemplateForm';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ClientModePinForm } from './ClientModePinForm';
import { RecoveryKeyReveal } from './RecoveryKeyReveal';
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

function ClientModePinPanel() {
  return (
    <section className="panel" aria-labelledby="settings-client-mode-pin">
      <div className="panel__header">
        <h3 id="settings-client-mode-pin">Client mode PIN</h3>
        <p>
          When you hand the laptop to a client, your passphrase or this PIN brings you back. Wrong tries are
          slowed down.
        </p>
      </div>
      <ClientModePinForm />
    </section>
  );
}

function RecoveryKeyPanel() {
  return (
    <section className="panel" aria-labelledby="settings-recovery-key">
      <div className="panel__header">
        <h3 id="settings-recovery-key">Recovery key</h3>
        <p>If you forget your passphrase, the recovery key is the only way back into your vault.</p>
      </div>
      <RecoveryKeyReveal />
    </section>
  );
}

/**
 * `section` names a part of the page to bring into view on opening (Backups after a restore, Your
 * data after a new vault from an export).
 */
export function SettingsPage({ section }: { section?: 'backups' | 'your-data' }) {
  return (
    <>
      <PageHeader title="Settings" />
      <section className="settings-section" aria-labelledby="settings-practice-section">
        <h2 id="settings-practice-section">Practice</h2>
        <PracticeSettings />
      </section>
      <section className="settings-section" aria-labelledby="settings-security">
        <h2 id="settings-security">Security</h2>
        <AutoLockPanel />
        <PassphrasePanel />
        <ClientModePinPanel />
        <RecoveryKeyPanel />
      </section>
      <BackupsSection isTarget={section === 'backups'} />
      <IntegritySection />
      <YourDataSection isTarget={section === 'your-data'} />
      <RetentionSection />
      <CustodianSection />
      <AuditTrailSection />
      <section className="settings-section" aria-labelledby="settings-notes">
        <h2 id="settings-notes">Notes</h2>
        <ChecklistSettings />
        <RiskIntervalsPanel />
      </section>
      <section className="settings-section" aria-labelledby="settings-plans">
        <h2 id="settings-plans">Treatment plans</h2>
        <ModalitySettings />
      </section>
      <FeeSettingsSection />
      <DocumentsSettings />
      <section className="settings-section" aria-labelledby="settings-reminders">
        <h2 id="settings-reminders">Appointment reminders</h2>
        <section className="panel" aria-label="Reminder message">
          <ReminderTemplateSettings />
        </section>
      </section>
    </>
  );
}
