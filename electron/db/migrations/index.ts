import { migration001 } from './001_foundation';
import { migration002 } from './002_clients';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
