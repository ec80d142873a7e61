import type { ComponentType } from 'react';
import { ClientBillingTab } from '../billing/ClientBillingTab';
import { CulturalTab } from '../cultural/CulturalTab';
import { DiagnosesTab } from '../diagnoses/DiagnosesTab';
import { GoalsTab } from '../goals/GoalsTab';
import { IntakeTab } from '../intake/IntakeTab';
import { MeasuresTab } from '../measures/MeasuresTab';
import { NotesTab } from '../notes/NotesTab';
import { SafetyPlanTab } from '../safety-plan/SafetyPlanTab';
import { ExportPanel } from '../summary/ExportPanel';
import { OverviewTab } from './OverviewTab';

export interface ClientTabProps {
  clientId: string;
}

export interface ClientTab {
  /** Also the `tab` of a { page: 'client' } route, so a link can open this tab directly. */
  id: string;
  label: string;
  Component: ComponentType<ClientTabProps>;
}

/**
 * The tabs of a client's page, in order. A feature adds its tab with one import and one entry here.
 * Labels are short: all ten sit on one row at 1280 px. A tab reads the client with
 * useClient(clientId) (shared cache) and can switch tabs through useClientPage().
 */
export const CLIENT_TABS: readonly ClientTab[] = [
  { id: 'overview', label: 'Overview', Component: OverviewTab },
  { id: 'intake', label: 'Intake', Component: IntakeTab },
  { id: 'cultural', label: 'Culture', Component: CulturalTab },
  { id: 'diagnoses', label: 'Diagnoses', Component: DiagnosesTab },
  { id: 'goals', label: 'Goals', Component: GoalsTab },
  { id: 'safety-plan', label: 'Safety plan', Component: SafetyPlanTab },
  { id: 'notes', label: 'Notes', Component: NotesTab },
  { id: 'measures', label: 'Measures', Component: MeasuresTab },
  { id: 'billing', label: 'Billing', Component: ClientBillingTab },
  { id: 'export', label: 'Export', Component: ExportPanel },
];
