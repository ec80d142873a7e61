import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs } from '../../electron/core/features/reminders/ics-writer';

const EVENT = {
  uid: 'a1b2@rapport.local',
  stamp: new Date('2026-03-02T09:00:00Z'),
  start: new Date('2026-03-03T14:30:00Z'),
  durationMinutes: 50,
  summary: 'Appointment with Dr Rivera',
  location: 'Room 2, 14 Mill Lane; back door',
  description: 'Line one\nLine two',
  alarmMinutesBefore: 1440,
  alarmText: 'Appointment tomorrow',
};

/** Content lines unfolded as RFC 5545 says a reader must: a CRLF followed by one space is removed. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('the RFC 5545 writer', () => {
  it('writes one event with a display alarm, every line ended by CRLF, times in UTC', () => {
    const ics = writeIcs(EVENT);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfolded(ics).filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('DTSTAMP:20260302T090000Z');
    expect(lines).toContain('DTSTART:20260303T143000Z');
    expect(lines).toContain('DURATION:PT50M');
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Appointment tomorrow',
      'TRIGGER:-PT1440M',
      'END:VALARM',
    ]);
    // Components nest properly: the alarm inside the event inside the calendar.
    const order = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    expect(lines.filter((l) => /^(BEGIN|END):/.test(l))).toEqual(order);
  });

  it('escapes backslashes, commas, semicolons and line breaks in text', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
    const lines = unfolded(writeIcs(EVENT));
    expect(lines).toContain('LOCATION:Room 2\\, 14 Mill Lane\\; back door');
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two');
  });

  it('folds at 75 octets, counting UTF-8 bytes, never inside a character', () => {
    const place = 'Cabinet de psychothérapie, Rue de l’Église, Île-de-France — 東京都渋谷区 '.repeat(4);
    const ics = writeIcs({ ...EVENT, location: place });
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(unfolded(ics)).toContain(`LOCATION:${escapeText(place)}`);
    const folded = foldLine('X'.repeat(200));
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 52]);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(foldLine('short')).toBe('short');
  });
});
