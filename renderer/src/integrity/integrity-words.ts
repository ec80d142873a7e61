import {
  type CheckName,
  type Finding,
  type IntegrityProgress,
} from '../../../shared/integrity/integrity-contract';

/*
 * The integrity check in plain words: what each part of it looks at, what it is doing while it
 * runs, and its findings gathered under the part that found them.
 */

const TITLES: Record<CheckName, string> = {
  'page-authentication': 'Encrypted pages',
  integrity: 'Database structure',
  'foreign-keys': 'Links between records',
  'schema-version': 'Version of the database',
  schema: 'Tables and their protections',
  signatures: 'Signed notes and addenda',
  'audit-chain': 'Audit trail',
  'audit-anchor': 'Audit trail’s anchor',
};

const STEPS: Record<CheckName, string> = {
  'page-authentication': 'Reading every page',
  integrity: 'Checking the database’s structure',
  'foreign-keys': 'Checking the links between records',
  'schema-version': 'Checking the version of the database',
  schema: 'Checking the tables and their protections',
  signatures: 'Checking signed notes',
  'audit-chain': 'Checking the audit trail',
  'audit-anchor': 'Comparing the audit trail with its anchor',
};

/** What a part of the check looks at, as a heading: "Signed notes and addenda". */
export function checkTitle(check: CheckName): string {
  return TITLES[check];
}

/** What a running check is doing: "Checking signed notes". */
export function stepWords(progress: IntegrityProgress): string {
  return STEPS[progress.check];
}

/** The share of a running check that is done: the steps before the one under way. */
export function progressPercent(progress: IntegrityProgress): number {
  return progress.steps === 0 ? 0 : Math.round(((progress.step - 1) / progress.steps) * 100);
}

/** "1 change", "3 changes". */
export function countWords(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/**
 * The order findings are told in: what a clinician answers for first (signed notes, the trail),
 * then what made such changes possible (the schema's protections), then the pages themselves.
 */
const FINDINGS_ORDER: readonly CheckName[] = [
  'signatures',
  'audit-chain',
  'audit-anchor',
  'schema',
  'foreign-keys',
  'schema-version',
  'integrity',
  'page-authentication',
];

/** The findings under the part of the check that found them, signed notes first. */
export function findingsByCheck(findings: readonly Finding[]): { check: CheckName; findings: Finding[] }[] {
  return FINDINGS_ORDER.map((check) => ({
    check,
    findings: findings.filter((finding) => finding.check === check),
  })).filter((group) => group.findings.length > 0);
}
