import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { exportRequest } from '../../shared/summary/summary-contract';
import { purposeChoices } from '../../shared/summary/summary-purposes';
import { pdfText, squash } from './support/pdf-tools';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

let vault: SummaryVault;
let printer: ChromiumSummaryPrinter;

async function printed(name: string, request: Record<string, unknown>): Promise<string> {
  const path = join(vault.dir, `${name}.pdf`);
  await vault.service().saveTo(path, exportRequest.parse({ clientId: vault.clientId, ...request }), printer);
  return squash(pdfText(path).stdout);
}

function auditOf(index: number): string {
  const entries = listAudit(vault.core.session.db(), 100).filter((e) => e.action === 'summary.exported');
  return entries.at(index)?.detail ?? '';
}

beforeAll(async () => {
  // Eight weekly sessions: the sixth names a withdrawal rupture; the intake marks religion "prefer not to say".
  vault = await openSummaryVault({ sessions: 8 });
  printer = new ChromiumSummaryPrinter();
});

afterAll(async () => {
  await printer?.close();
  vault?.close();
});

describe('purposes', () => {
  it('gives a third party the minimum necessary, and records the purpose with the export', async () => {
    const everything = await printed('clinician', { ...purposeChoices('clinician'), purpose: 'clinician' });
    expect(everything).toContain(squash('Withdrawal rupture'));
    expect(everything).toContain(squash('Religion and spiritual orientation'));
    expect(everything).toContain(squash('Progress and alliance charts'));
    expect(auditOf(0)).toMatch(
      /^purpose=clinician; sections=identity,contact,status,diagnoses,intake,risk,safetyPlan,cultural,goals,charts,measures,sessions;/,
    );

    const insurer = await printed('insurer', { ...purposeChoices('third-party'), purpose: 'third-party' });
    expect(insurer).toContain(squash('Legal name'));
    expect(insurer).toContain(squash('Session history'));
    expect(insurer).toContain(squash('No current diagnosis recorded.'));
    for (const absent of [
      'Withdrawal rupture',
      'Religion and spiritual orientation',
      'Sexual orientation',
      'Progress and alliance charts',
      'Cultural background',
      'Outcome measures',
    ]) {
      expect(insurer, absent).not.toContain(squash(absent));
    }
    expect(auditOf(0)).toMatch(
      /^purpose=third-party; sections=identity,legalName,status,diagnoses,risk,goals,sessions;.*ruptures=no/,
    );
  }, 180_000);

  it('lets the clinician add back what a purpose leaves out', async () => {
    const added = await printed('insurer-plus', {
      ...purposeChoices('third-party'),
      purpose: 'third-party',
      ruptureLabels: true,
    });
    expect(added).toContain(squash('Withdrawal rupture'));
    expect(auditOf(0)).toMatch(/^purpose=third-party;/);
    expect(auditOf(0)).not.toContain('ruptures=no');
  }, 120_000);

  it('prints the plan beside what it treats when diagnoses are chosen, and not otherwise', async () => {
    await vault.call('diagnoses:add', {
      clientId: vault.clientId,
      diagnosis: {
        system: 'icd10cm',
        code: 'F41.1',
        title: 'Generalized anxiety disorder',
        rank: 'primary',
        status: 'confirmed',
        madeOn: '2026-01-05',
        resolvedOn: null,
        madeBy: '',
        note: '',
      },
    });
    const clinician = await printed('plan-clinician', {
      ...purposeChoices('clinician'),
      purpose: 'clinician',
    });
    expect(clinician).toContain(squash('Treating F41.1 Generalized anxiety disorder (primary)'));
    const client = await printed('plan-client', { ...purposeChoices('client'), purpose: 'client' });
    expect(client).toContain(squash('Treatment plan'));
    expect(client).not.toContain(squash('Generalized anxiety disorder'));
  }, 180_000);
});
