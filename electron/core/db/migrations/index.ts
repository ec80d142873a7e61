import { migration001 } from './001_foundation';
import { migration002 } from './002_clients';
import { migration003 } from './003_goals';
import { migration004 } from './004_notes';
import { migration005 } from './005_practice';
import { migration006 } from './006_audit_chain';
import { migration007 } from './007_note_search_rows';
import { migration008 } from './008_practice_indexes';
import { migration009 } from './009_note_list_fields';
import { migration010 } from './010_audit_list_indexes';
import { migration011 } from './011_client_insurance';
import { migration012 } from './012_integrity';
import { migration013 } from './013_diagnoses';
import { migration014 } from './014_risk_reviews';
import { migration015 } from './015_safety_plans';
import { migration016 } from './016_client_voice';
import { migration017 } from './017_treatment_plan';
import { migration018 } from './018_outcome_measures';
import { migration019 } from './019_consent_documents';
import { migration020 } from './020_record_destruction';
import { migration021 } from './021_amendment_requests';
import { migration022 } from './022_appointment_reminders';
import { migration023 } from './023_measure_risk_reviews';
import { migration024 } from './024_audit_actor';
import { migration025 } from './025_late_disagreement';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
  migration020,
  migration021,
  migration022,
  migration023,
  migration024,
  migration025,
];
// Next free number: 026. Never renumber a migration once it is committed.
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
