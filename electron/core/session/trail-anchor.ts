import { appendAudit, auditHead, chainedHead } from '../db/audit';
import type { Db } from '../db/connection';
import { anchorKey, writeAnchor } from '../vault/audit-anchor';
import { ANCHORED_ACTION, anchorCheck, trailReader } from '../vault/record-checks';

/**
 * The open vault's audit-trail anchor: the key that authenticates it (derived from the database
 * key, held while the vault is open or still closing), and the entry the anchor file last recorded
 * in this session, so a tick writes only when the trail's end moved.
 */
export class TrailAnchor {
  private key: Buffer | null = null;
  private anchored: number | null = null;

  constructor(
    private readonly dir: string,
    private readonly now: () => number,
  ) {}

  /** The anchor key, while a vault is open or still closing. */
  get authKey(): Buffer | null {
    return this.key;
  }

  hold(databaseKey: Buffer): void {
    this.key?.fill(0);
    this.key = anchorKey(databaseKey);
  }

  drop(): void {
    this.key?.fill(0);
    this.key = null;
  }

  /** The vault has closed: the key is zeroed and what this session anchored forgotten. */
  forget(): void {
    this.drop();
    this.anchored = null;
  }

  /** Brings the anchor file up to the trail's newest entry; the trail only grows between two calls. */
  bringUpToDate(db: Db): void {
    if (!this.key) return;
    if (this.anchored === null && !trailReader(db).anchoredBefore()) {
      appendAudit(db, { action: ANCHORED_ACTION });
    }
    const head = chainedHead(db);
    if (!head || head.id === this.anchored) return;
    writeAnchor(this.dir, this.key, head, new Date(this.now()));
    this.anchored = head.id;
  }

  /**
   * Before anything is written at opening, the trail's end is compared with its anchor: a vault
   * rolled back to older files, or with its newest entries removed or unhashed, must not have its
   * anchor rewritten to match, nor new entries appended to it (the full check runs beside the open
   * vault; this is the part that cannot wait). Null when it holds; otherwise what is wrong.
   */
  holds(db: Db): string | null {
    const head = auditHead(db);
    if (head && head.hash === null) {
      return `The audit trail’s newest entry (${head.id}) has lost its hash: the trail was changed outside Rapport.`;
    }
    if (!this.key) return null;
    const outcome = anchorCheck(
      { dir: this.dir, key: this.key },
      head?.hash ? { id: head.id, hash: head.hash } : null,
      trailReader(db),
    );
    return outcome.ok ? null : outcome.detail;
  }
}
