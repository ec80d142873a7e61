import { describe, expect, it } from 'vitest';
import { readStoredIntake } from '../../electron/core/features/clients/stored-intake';
import { emptyIntake, intakeDraftSchema } from '../../shared/clients/intake-schema';

/** Today's intake with every text field written, every tick box ticked and every answer given. */
function everyFieldAnswered(value: unknown, path = ''): unknown {
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, everyFieldAnswered(inner, `${path}.${key}`)]),
    );
  }
  if (typeof value === 'boolean' || value === null) return true;
  if (path.endsWith('Date') || path.endsWith('dateOfBirth')) return '1990-04-12';
  if (path.endsWith('email')) return 'amira@example.org';
  return typeof value === 'string' && value === '' ? `written in ${path}` : value;
}

describe('reading a stored intake', () => {
  it('gives back exactly what the schema would, for an intake with every field answered', () => {
    const full = everyFieldAnswered(emptyIntake('Amira'));
    const expected = intakeDraftSchema.parse(full);
    expect(readStoredIntake(full)).toEqual(expected);
  });

  it('fills the fields and sections added since it was saved with their empty values', () => {
    const saved = { identity: { chosenName: 'Amira', mayLeaveMessages: false }, risk: { safetyPlan: true } };
    expect(readStoredIntake(saved)).toEqual(intakeDraftSchema.parse(saved));
    expect(readStoredIntake(saved).identity.mayLeaveMessages).toBe(false);
  });

  it('never refuses what was accepted when it was saved, such as a date a later rule would refuse', () => {
    const saved = { identity: { chosenName: 'Amira', dateOfBirth: '1990-02-30' } };
    expect(readStoredIntake(saved).identity.dateOfBirth).toBe('1990-02-30');
  });

  it('does not share objects between two reads', () => {
    const first = readStoredIntake({});
    first.identity.chosenName = 'changed';
    expect(readStoredIntake({}).identity.chosenName).toBe('');
  });
});
