import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/db/settings';
import { isValidNpi } from '../../shared/practice/practice-contract';
import { openCore } from './support/open-core';

describe('the clinician’s identifiers for superbills', () => {
  it('checks an NPI’s check digit', () => {
    // The example NPI in CMS's own description of the check digit.
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678930')).toBe(false);
    expect(isValidNpi('123456789a')).toBe(false);
  });

  it('saves licence jurisdiction, NPI (without the spaces typed in it) and tax ID, and refuses a mistyped NPI', async () => {
    const core = await openCore();
    const saved = await core.call('practice:update', {
      clinicianName: 'Dr Ada Ñúñez',
      licenceNumber: 'PSY 12345',
      licenceJurisdiction: 'California',
      npi: '123 456 7893',
      taxId: 'EIN 12-3456789',
    });
    expect(saved).toMatchObject({
      licenceJurisdiction: 'California',
      npi: '1234567893',
      taxId: 'EIN 12-3456789',
    });
    expect(await core.call('practice:get', {})).toMatchObject({ npi: '1234567893' });

    const refused = await core.router.invoke('practice:update', { npi: '1234567890' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(refused)).toContain('An NPI is 10 digits; check it for a typo.');
    core.session.lock('quit');
  });

  it('reads a letterhead saved before these fields existed', async () => {
    const core = await openCore();
    writeSetting(
      core.session.db(),
      'practice.letterhead',
      JSON.stringify({ clinicianName: 'Dr Ada', licenceNumber: 'PSY 1' }),
    );
    expect(await core.call('practice:get', {})).toMatchObject({
      clinicianName: 'Dr Ada',
      licenceNumber: 'PSY 1',
      licenceJurisdiction: '',
      npi: '',
      taxId: '',
    });
    core.session.lock('quit');
  });
});
