import { createPortal } from 'react-dom';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';
import { vaultLocationHint } from './vault-location-hint';
import './emergency-kit.css';
import { dateFormat } from '../../../shared/dates/app-locale';

/**
 * The sheet "Print emergency kit" prints: only the key and what to do with it, never client data.
 * It sits outside the app's root so the print stylesheet can hide the whole app and show just this.
 */
export function EmergencyKit({ recoveryKey }: { recoveryKey: string }) {
  const made = dateFormat({ dateStyle: 'long' }).format(new Date());
  return createPortal(
    <section className="emergency-kit">
      <h1>Rapport emergency kit</h1>
      <p className="emergency-kit__date">Made on {made}</p>
      <h2>Your recovery key</h2>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <h2>Where your vault is</h2>
      <p>
        On the computer where you made this kit, unless you moved it: <code>{vaultLocationHint()}</code>. Your
        backups hold copies of the same folder.
      </p>
      <h2>If you forget your passphrase</h2>
      <ol>
        <li>Open Rapport and choose “Forgot your passphrase? Use your recovery key”.</li>
        <li>
          Type the recovery key above (capital letters or not, dashes or not) and choose a new passphrase.
        </li>
      </ol>
      <h2>Keep this sheet safe</h2>
      <ul>
        <li>
          Anyone with this key and a copy of your vault can read your records. Guard it like the records
          themselves.
        </li>
        <li>Keep it away from the computer: a locked drawer, a safe, or a password manager.</li>
        <li>Do not write your passphrase on this sheet.</li>
      </ul>
    </section>,
    document.body,
  );
}
