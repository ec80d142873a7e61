import type { ComponentType } from 'react';
import { ConsentCard } from '../consent/ConsentCard';
import { GoalsOverviewCard } from '../goals/GoalsOverviewCard';
import { AllianceCard } from '../notes/AllianceCard';
import { MeasuresOverviewCard } from '../measures/MeasuresOverviewCard';
import { IntakeStatusCard } from '../clients/overview/IntakeStatusCard';
import { PresentingCard } from '../clients/overview/PresentingCard';
import { RiskCard } from '../clients/overview/RiskCard';
import { RiskOverTimeCard } from '../risk/RiskOverTimeCard';
import { SafetyPlanOverviewCard } from '../safety-plan/SafetyPlanOverviewCard';

export interface OverviewCardEntry {
  id: string;
  /** Renders its own <OverviewCard title=…> (ui/OverviewCard), or nothing when it has nothing to say. */
  Component: ComponentType<{ clientId: string }>;
}

/**
 * The cards on a client's overview, in order, two to a row on a wide window (a card with
 * span="wide" takes the whole row). A feature adds its card with one import and one entry here:
 * current goals with GAS and the alliance trend come after the intake's cards.
 */
export const OVERVIEW_CARDS: readonly OverviewCardEntry[] = [
  { id: 'presenting', Component: PresentingCard },
  { id: 'risk', Component: RiskCard },
  { id: 'measures', Component: MeasuresOverviewCard },
  { id: 'safety-plan', Component: SafetyPlanOverviewCard },
  { id: 'intake', Component: IntakeStatusCard },
  { id: 'consent', Component: ConsentCard },
  { id: 'risk-over-time', Component: RiskOverTimeCard },
  { id: 'goals', Component: GoalsOverviewCard },
  { id: 'alliance', Component: AllianceCard },
];
