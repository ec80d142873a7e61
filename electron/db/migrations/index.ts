import { migration001 } from './001_foundation';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
