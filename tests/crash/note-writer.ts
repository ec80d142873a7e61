/**
 * The child of the crash-safety test (tests/unit/crash-kill.test.ts). It unlocks the vault given
 * as its argument (passphrase in RAPPORT_PASSPHRASE), then writes for as long as it lives: new
 * notes, saves of their text and intake saves, through the same services the app uses. After each
 * write has committed it prints one line on stdout, and only then:
 *
 *   note <id>                      a note now exists
 *   save <id> <updatedAt>          the note holds this save or a later one
 *   intake <clientId> <revision>   the intake is at this revision or a later one
 *
 * It prints "ready" once unlocked. The parent kills it with SIGKILL at a random moment and then
 * checks that every line printed is true of the vault. It waits for "go" on stdin before it
 * unlocks, so the parent can start it early while it is still checking the previous child's work.
 *
 * RAPPORT_TEST_SYNCHRONOUS=OFF makes it turn off SQLite's syncing once unlocked: the power-cut test
 * (crash-power-cut.test.ts) proves with it that it notices writes that never reached the disk.
 */
import { emptyIntake } from '../../shared/clients/intake-schema';
import { createRecordServices } from '../../electron/core/router/services';
import { InstanceLock } from '../../electron/core/vault/instance-lock';
import { unlockVault } from '../../electron/core/vault/vault';

const [dir] = process.argv.slice(2);
const passphrase = process.env.RAPPORT_PASSPHRASE;
if (!dir || !passphrase) {
  process.stderr.write('usage: RAPPORT_PASSPHRASE=… tsx tests/crash/note-writer.ts <vault folder>\n');
  process.exit(2);
}

/** A note's text grows and changes with every save, so pages split, move and get rewritten. */
function text(round: number): string {
  return `Round ${round}. ${'The client described the week in some detail. '.repeat(1 + (round % 40))}`;
}

async function main(vaultDir: string, secret: string): Promise<void> {
  // What VaultSession.unlock does, without loading the passphrase-strength dictionaries (a third
  // of a second per start, and this child is started hundreds of times): take the vault's lock
  // file (a killed predecessor's is stale and taken over), then unlock.
  InstanceLock.acquire(vaultDir);
  const opened = await unlockVault(vaultDir, secret);
  if (process.env.RAPPORT_TEST_SYNCHRONOUS === 'OFF') opened.db.pragma('synchronous = OFF');
  const db = () => opened.db;
  const { clients, notes } = createRecordServices(db);
  // The parent made the vault with one client in it.
  const clientId = clients.list({ search: '', sort: 'name' })[0]!.id;
  let revision = clients.get(clientId).revision;
  process.stdout.write('ready\n');
  let note: { id: string; updatedAt: string } | null = null;
  for (let round = 0; ; round++) {
    const choice = round % 5;
    if (choice === 0 || !note) {
      const created = notes.create({
        clientId,
        sessionDate: '2026-03-02',
        startTime: '',
        endTime: '',
        modality: 'video',
        format: 'DAP',
      });
      note = { id: created.id, updatedAt: created.updatedAt };
      process.stdout.write(`note ${created.id}\n`);
    } else if (choice === 4) {
      const intake = emptyIntake('Crash Test');
      intake.identity.pronouns = `round ${round}`;
      revision = clients.saveIntake({
        clientId,
        baseRevision: revision,
        markComplete: false,
        withoutConsentReason: '',
        data: intake,
      }).revision;
      process.stdout.write(`intake ${clientId} ${revision}\n`);
    } else {
      const saved = notes.save({
        id: note.id,
        baseUpdatedAt: note.updatedAt,
        content: {
          sessionDate: '2026-03-02',
          startTime: '',
          endTime: '',
          modality: 'video',
          attendees: '',
          format: 'DAP',
          body: { data: text(round), assessment: text(round + 1), plan: 'Continue.' },
          goalWork: [],
          checklist: [],
          feedback: {
            form: 2,
            answers: {
              understood: null,
              mattered: null,
              suited: null,
              safe: null,
              honest: null,
              forward: null,
              respected: null,
            },
            message: '',
          },
          ruptures: [],
        },
      });
      note.updatedAt = saved.updatedAt;
      process.stdout.write(`save ${note.id} ${saved.updatedAt}\n`);
    }
  }
}

process.stdin.setEncoding('utf8');
process.stdin.once('data', () => {
  main(dir, passphrase).catch((error: unknown) => {
    process.stderr.write(`writer stopped: ${(error as Error).name}: ${(error as Error).message}\n`);
    process.exit(1);
  });
});
