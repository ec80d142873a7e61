import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CODES, BUNDLED_EDITION } from '../../shared/diagnoses/bundled-codes';
import { inBundledRanges, parseCmsCodeFile } from '../../shared/diagnoses/cms-code-file';
import { createCodeLookup } from '../../shared/diagnoses/code-lookup';
import { ICD10_SHAPE, ICD11_SHAPE, tidyCode } from '../../shared/diagnoses/code-shape';
import { bundledLookup } from '../../shared/diagnoses/diagnosis-contract';
import { tempDir } from './support/temp-vault';

const codes = (query: string, limit?: number) => bundledLookup.search(query, limit).map((row) => row.code);

describe('the bundled ICD-10-CM table', () => {
  it('holds chapter 5 and the psychosocial Z codes, billable codes only, with their official titles', () => {
    expect(BUNDLED_EDITION).toMatch(/FY2026/);
    expect(BUNDLED_CODES.every((row) => inBundledRanges(row.code))).toBe(true);
    expect(BUNDLED_CODES.filter((row) => row.code.startsWith('F')).length).toBeGreaterThan(800);
    expect(new Set(BUNDLED_CODES.map((row) => row.code)).size).toBe(BUNDLED_CODES.length);
    expect(bundledLookup.find('F32.1')?.title).toBe('Major depressive disorder, single episode, moderate');
    expect(bundledLookup.find('Z59.01')?.title).toBe('Sheltered homelessness');
    expect(bundledLookup.find('Z69.010')?.title).toBe(
      'Encounter for mental health services for victim of parental child abuse',
    );
    // Headers are not billable: F32 and F43.1 are categories, not codes for a claim.
    expect(bundledLookup.find('F32')).toBeUndefined();
    expect(bundledLookup.find('F43.1')).toBeUndefined();
    // Outside the bundled ranges.
    expect(bundledLookup.find('Z68.1')).toBeUndefined();
    expect(bundledLookup.find('G47.00')).toBeUndefined();
  });
});

describe('the code look-up', () => {
  it('finds a code typed with or without its dot, in any case, the exact code first', () => {
    for (const query of ['F32.1', 'f32.1', 'F321', 'f321', ' f 32.1 ']) expect(codes(query)[0]).toBe('F32.1');
    expect(codes('f43.1')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codes('z59.0')).toEqual(['Z59.00', 'Z59.01', 'Z59.02']);
  });

  it('reads a code followed by words as both, so a picked row finds itself again', () => {
    expect(codes('F41.1 Generalized anxiety disorder')).toEqual(['F41.1']);
    expect(codes('f43 adjustment anx')).toEqual(['F43.22', 'F43.23']);
    expect(codes('f41 trauma')).toEqual([]);
  });

  it('lists codes starting with what was typed, in the classification’s order', () => {
    const f41 = codes('F41');
    expect(f41).toEqual(['F41.0', 'F41.1', 'F41.3', 'F41.8', 'F41.9']);
    expect(codes('f4', 100).every((c) => c.startsWith('F4'))).toBe(true);
  });

  it('finds words of the title, each word as the start of a word, in any case and with accents', () => {
    expect(codes('generalized anxiety')).toEqual(['F41.1']);
    expect(codes('GENERALIZED ANX')).toEqual(['F41.1']);
    expect(codes('Généralized ânxiety')).toEqual(['F41.1']);
    expect(codes('post-traumatic')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    // "grief" starts the title of F43.81 only after another word: still found.
    expect(codes('grief')).toEqual(['F43.81']);
    expect(codes('homeless')).toEqual(expect.arrayContaining(['Z59.00', 'Z59.01', 'Z59.02']));
  });

  it('ranks titles beginning with the first word typed ahead of those merely containing it', () => {
    const depression = codes('depression', 50);
    expect(depression[0]).toBe('F32.A');
    expect(depression).toContain('F53.0');
  });

  it('finds nothing for nothing, and for what is in no title', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('xylophone')).toEqual([]);
  });

  it('answers from any table it is given', () => {
    const lookup = createCodeLookup([
      { code: 'A01', title: 'Ñandú syndrome' },
      { code: 'A02', title: 'Other' },
    ]);
    expect(lookup.search('nandu').map((r) => r.code)).toEqual(['A01']);
    expect(lookup.search('a0').map((r) => r.code)).toEqual(['A01', 'A02']);
  });
});

describe('codes typed by hand', () => {
  it('checks the shape of ICD-10 and ICD-11 codes only', () => {
    for (const code of ['F41.1', 'F43.10', 'Z63.0', 'F32', 'F32.A'])
      expect(ICD10_SHAPE.test(code)).toBe(true);
    for (const code of ['F4', '41.1', 'F41.12345', 'F41-1', '6A70.1'])
      expect(ICD10_SHAPE.test(code)).toBe(false);
    for (const code of ['6A70.1', '6A70', 'QE84', '6B40', '1A00']) expect(ICD11_SHAPE.test(code)).toBe(true);
    for (const code of ['F41.1', '6I70', '6A7', '6A70.12345']) expect(ICD11_SHAPE.test(code)).toBe(false);
  });

  it('tidies what was typed: upper case, no spaces, the ICD-10 dot put in', () => {
    expect(tidyCode('icd10', ' f411 ')).toBe('F41.1');
    expect(tidyCode('icd10cm', 'f4310')).toBe('F43.10');
    expect(tidyCode('icd11', '6a70.1')).toBe('6A70.1');
    expect(tidyCode('icd10', 'F41')).toBe('F41');
  });
});

describe('the CMS order file', () => {
  const excerpt = readFileSync(
    join(import.meta.dirname, 'support/icd10cm/icd10cm_order_excerpt.txt'),
    'latin1',
  );

  it('is read by its fixed columns: headers skipped, codes dotted, long titles kept', () => {
    // The excerpt's short-title column is the long title cut to 60 characters: only the long title is read.
    const rows = parseCmsCodeFile(excerpt);
    expect(rows.map((r) => r.code)).toEqual([
      'E89.89',
      'F41.0',
      'F41.1',
      'F43.10',
      'F43.23',
      'F32.A',
      'Z63.31',
      'Z67.10',
      'Z76.89',
    ]);
    expect(rows.find((r) => r.code === 'E89.89')?.title).toBe(
      'Other postprocedural endocrine and metabolic complications and disorders',
    );
    expect(rows.filter((r) => inBundledRanges(r.code)).map((r) => r.code)).toEqual([
      'F41.0',
      'F41.1',
      'F43.10',
      'F43.23',
      'F32.A',
      'Z63.31',
      'Z76.89',
    ]);
  });

  it('reads the code file too, and refuses a line of neither shape', () => {
    expect(parseCmsCodeFile('F411    Generalized anxiety disorder\r\n')).toEqual([
      { code: 'F41.1', title: 'Generalized anxiety disorder' },
    ]);
    expect(() => parseCmsCodeFile('F41.1,Generalized anxiety disorder')).toThrow(/Not a code-file line/);
    expect(() => parseCmsCodeFile('00001 F411    2 Generalized')).toThrow(/Not an order-file line/);
  });

  it('is turned into the bundled table’s format by the script that rebuilt the table', () => {
    const out = join(tempDir(), 'table.json');
    const script = join(import.meta.dirname, '../../scripts/build-icd10cm-table.ts');
    const fixture = join(import.meta.dirname, 'support/icd10cm/icd10cm_order_excerpt.txt');
    execFileSync(process.execPath, ['--import', 'tsx', script, fixture, 'FY2026 excerpt', out], {
      stdio: 'pipe',
    });
    const table = JSON.parse(readFileSync(out, 'utf8')) as {
      edition: string;
      source: string;
      codes: string[][];
    };
    expect(table.edition).toBe('FY2026 excerpt');
    expect(table.source).toBe('icd10cm_order_excerpt.txt');
    expect(table.codes[0]).toEqual(['F41.0', 'Panic disorder [episodic paroxysmal anxiety]']);
    expect(table.codes).toHaveLength(7);
  });
});
