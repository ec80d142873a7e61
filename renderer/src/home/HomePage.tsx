import { useState } from 'react';
import { useBillingSettings } from '../fees/fees-queries';
import { todayIn } from '../../../shared/dates/practice-time';
import { PageHeader } from '../ui/PageHeader';
import { ReviewsDueCard } from '../goals/ReviewsDueCard';
import { OpenRupturesCard } from '../notes/OpenRupturesCard';
import { RiskDueCard } from '../risk/RiskDueCard';
import { MeasuresHomeCard } from '../measures/MeasuresHomeCard';
import { UnsignedNotesCard } from '../notes/UnsignedNotesCard';
import { Alert } from '../ui/Alert';
import { AppointmentsCard } from '../calendar/AppointmentsCard';
import { BackupCard } from '../backup/BackupCard';
import { BalancesCard } from '../billing/BalancesCard';
import { DueAmendmentsCard } from '../amendments/DueAmendmentsCard';
import { TomorrowRemindersCard } from '../reminders/TomorrowRemindersCard';
import { greetingFor, longDate } from './greeting';
import { FirstSteps } from './FirstSteps';
import { RecoveryKeyReminder } from './RecoveryKeyReminder';
import '../calendar/calendar.css';
import './home.css';

/**
 * The first screen after unlocking: who is coming, what is waiting (notes to sign, risk and goal reviews,
 * money owed) and whether the backup is recent. First names only: it is the screen most likely to
 * be seen over the clinician's shoulder.
 */
export function HomePage() {
  // Read once per visit: a greeting that changes under the clinician's eyes would be a distraction.
  const [now] = useState(() => new Date());
  const settings = useBillingSettings();
  return (
    <>
      <PageHeader title={greetingFor(now)}>
        <p>{longDate(now)}</p>
      </PageHeader>
      <RecoveryKeyReminder />
      <FirstSteps />
      {settings.isError && <Alert tone="error">{settings.error.message}</Alert>}
      {settings.data && (
        <AppointmentsCard zone={settings.data.timeZone} today={todayIn(settings.data.timeZone)} />
      )}
      <div className="home-grid">
        <UnsignedNotesCard />
        <DueAmendmentsCard />
        <TomorrowRemindersCard />
        <RiskDueCard />
        <MeasuresHomeCard />
        <ReviewsDueCard />
        <OpenRupturesCard />
        <BalancesCard />
        <BackupCard />
      </div>
    </>
  );
}
