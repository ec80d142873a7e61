import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printAmendmentLetterRequest } from '../../shared/amendments/amendment-contract';
import { defaultLetter } from '../../shared/amendments/amendment-letter';
import { inLocale } from '../../shared/dates/app-locale';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { amendmentLetterFileName } from '../../electron/core/features/pdf/amendment-letter-printer';
import { createRecordServices } from '../../electron/core/router/services';
import { clockedCore } from './support/clocked-core';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';
import { tempDir } from './support/temp-vault';

const printer = new ChromiumSummaryPrinter();
afterAll(() => printer.close());

describe('the letter to the client about an amendment request', () => {
  it('prints the denial with the rights as written, protected, with neutral metadata and no name in the file name', async () => {
    const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
    await core.call('practice:update', {
      clinicianName: 'Dr Ana Ríos',
      practiceName: 'Harbour Street Counselling',
    });
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam Haddad' });
    const logged = await core.call('amendments:log', {
      clientId,
      receivedOn: '2026-02-20',
      recordPart: 'Intake history',
      requestedChange: 'Remove the line about my brother.',
    });
    const denied = await core.call('amendments:deny', {
      id: logged.id,
      decidedOn: '2026-03-02',
      denialReason: 'The history is as the client gave it at intake.',
    });
    const body = inLocale('en-GB', () =>
      defaultLetter(denied, { client: 'Mariam Haddad', clinician: 'Dr Ana Ríos' }),
    );
    expect(body).toContain('20 February 2026');
    expect(body).toContain('Your rights:');

    const services = createRecordServices(() => core.session.db(), { now: () => new Date(core.clock.now) });
    const path = join(tempDir(), amendmentLetterFileName('2026-03-02'));
    const request = printAmendmentLetterRequest.parse({
      id: logged.id,
      body,
      password: 'harbour lantern 42',
    });
    const saved = await services.amendmentLetters.saveTo(path, request, printer);
    expect(saved.protected).toBe(true);
    expect(path).not.toContain('Mariam');
    const info = pdfInfo(path, 'harbour lantern 42');
    expect(info.Title).toBe('Letter');
    expect(JSON.stringify(info)).not.toMatch(/Mariam|Haddad/);
    const text = squash(pdfText(path, { password: 'harbour lantern 42' }).stdout);
    for (const line of [
      'Harbour Street Counselling',
      'Dear Mariam Haddad,',
      'The history is as the client gave it at intake.',
      'Your rights:',
    ]) {
      expect(text).toContain(squash(line));
    }
    const audit = core.session
      .db()
      .prepare("SELECT detail FROM audit_log WHERE action = 'amendment.letter-printed'")
      .all();
    expect(audit).toEqual([{ detail: 'paper=A4; protected=yes' }]);
  });
});
