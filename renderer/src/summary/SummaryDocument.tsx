import type { ReactNode } from 'react';
import { formatDate } from '../../../shared/dates/format-date';
import type { SummaryDocumentData } from '../../../shared/summary/summary-document';
import { SECTION_KEYS, sectionTitle, type SectionKey } from '../../../shared/summary/summary-sections';
import { Letterhead } from '../pdf-export/Letterhead';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import { ChartsSection } from './sections/ChartsSection';
import { MeasuresSection } from './sections/MeasuresSection';
import { CulturalSection } from './sections/CulturalSection';
import { DiagnosesSection } from './sections/DiagnosesSection';
import { FactList } from './sections/FactList';
import { GoalsSection } from './sections/GoalsSection';
import { TreatmentPlanSection } from './sections/TreatmentPlanSection';
import { PassageList } from './sections/PassageList';
import { RiskSection } from './sections/RiskSection';
import { SafetyPlanSection } from './sections/SafetyPlanSection';
import { SessionsSection } from './sections/SessionsSection';
import { LeftOutSection, SummarySection } from './sections/SummarySection';
import '../theme/fonts';
import './summary-document.css';

interface SummaryDocumentProps {
  data: SummaryDocumentData;
  /** The export panel's preview: also shows, in place, what is left out. Never set when printing. */
  preview?: boolean;
}

function periodText({ from, to }: SummaryDocumentData['period'], generatedOn: string): string {
  if (from && to) return `${formatDate(from)} to ${formatDate(to)}`;
  if (from) return `${formatDate(from)} to ${formatDate(generatedOn)}`;
  if (to) return `All records up to ${formatDate(to)}`;
  return `All records up to ${formatDate(generatedOn)}`;
}

/** The body of each section the clinician can choose; legal name and contact fold into identity. */
function sectionBody(key: SectionKey, data: SummaryDocumentData, preview: boolean): ReactNode | null {
  switch (key) {
    case 'identity':
      return data.identity && <FactList facts={data.identity.facts} />;
    case 'legalName':
      return null;
    case 'contact':
      return data.contact && <FactList facts={data.contact.facts} />;
    case 'status':
      return data.status && <FactList facts={data.status.facts} />;
    case 'intake':
      return (
        data.intake && (
          <>
            {data.intake.passages.length > 0 ? (
              <PassageList passages={data.intake.passages} />
            ) : (
              <p className="summary__empty">No intake answers recorded.</p>
            )}
            <h3>Consent</h3>
            <FactList facts={data.intake.consent} />
          </>
        )
      );
    case 'diagnoses':
      return data.diagnoses && <DiagnosesSection entries={data.diagnoses.entries} />;
    case 'risk':
      return data.risk && <RiskSection risk={data.risk} />;
    case 'safetyPlan':
      // Without an agreed plan the printed summary leaves the section out rather than print an empty one.
      if (!data.safetyPlan?.plan) {
        return data.safetyPlan && preview ? (
          <p className="summary__empty">
            No safety plan agreed with the client yet: this section is not printed.
          </p>
        ) : null;
      }
      return <SafetyPlanSection plan={data.safetyPlan.plan} />;
    case 'cultural':
      return data.cultural && <CulturalSection cultural={data.cultural} preview={preview} />;
    case 'goals':
      return (
        data.goals && (
          <>
            <GoalsSection goals={data.goals} />
            {data.treatmentPlan && (
              <TreatmentPlanSection plan={data.treatmentPlan} diagnoses={data.diagnoses?.entries ?? null} />
            )}
          </>
        )
      );
    case 'charts':
      return data.charts && <ChartsSection charts={data.charts} />;
    case 'measures':
      return data.measures && <MeasuresSection measures={data.measures} />;
    case 'sessions':
      return data.sessions && <SessionsSection sessions={data.sessions.entries} />;
  }
}

/**
 * The client summary: one component for the export preview and for both printers, so the PDF is
 * the page the clinician looked at. Sections come in a fixed order; what was not chosen is absent
 * from the data itself, and the preview marks where it would have been.
 */
export function SummaryDocument({ data, preview = false }: SummaryDocumentProps) {
  const { practice, heading } = data;
  const preparedBy = [practice.clinicianName, practice.credentials].filter(Boolean).join(', ');
  return (
    <ScriptLanguagesContext value={data.scriptLanguages}>
      <article className={`summary${preview ? ' summary--preview' : ''}`} lang="en">
        <Letterhead practice={practice} licence whenEmpty={preview ? 'hint' : 'nothing'} />
        <div className="summary__title-block">
          <p className="summary__kicker">Client summary</p>
          <h1>
            <UserText inline text={heading.chosenName ?? heading.legalName ?? 'Client summary'} />
          </h1>
          {heading.chosenName === null && heading.legalName && (
            <p className="summary__subtitle">Legal name</p>
          )}
          <dl className="summary__meta">
            <div>
              <dt>Period</dt>
              <dd>{periodText(data.period, data.generatedOn)}</dd>
            </div>
            <div>
              <dt>Prepared</dt>
              <dd>
                {formatDate(data.generatedOn)}
                {' by '}
                {preparedBy ? <UserText inline text={preparedBy} /> : 'the signatory below'}
              </dd>
            </div>
            <div>
              <dt>Contains</dt>
              <dd>
                {data.included
                  .filter((k) => k !== 'legalName' && (k !== 'safetyPlan' || data.safetyPlan?.plan))
                  .map(sectionTitle)
                  .join(' · ')}
              </dd>
            </div>
          </dl>
        </div>
        {SECTION_KEYS.filter((k) => k !== 'legalName').map((key) => {
          const body = sectionBody(key, data, preview);
          if (body) {
            return (
              <SummarySection key={key} title={sectionTitle(key)}>
                {body}
              </SummarySection>
            );
          }
          return preview ? <LeftOutSection key={key} title={sectionTitle(key)} /> : null;
        })}
        {preview && data.leftOut.includes('legalName') && heading.chosenName !== null && (
          <p className="summary__left-out-note">The legal name is left out.</p>
        )}
        <footer className="summary__closing">
          <p>
            This summary is confidential and was prepared for the person or organisation it was sent to. It
            contains no psychotherapy (process) notes.
          </p>
          <div className="summary__signature">
            <span className="summary__signature-line" aria-hidden="true" />
            {preparedBy ? (
              <UserText inline text={preparedBy} />
            ) : (
              <span>Prepared by (name and credentials)</span>
            )}
            {practice.licenceNumber && (
              <span>
                Licence {practice.licenceNumber}
                {practice.licenceJurisdiction && (
                  <>
                    {' ('}
                    <UserText inline text={practice.licenceJurisdiction} />
                    {')'}
                  </>
                )}
              </span>
            )}
            <span>Dated {formatDate(data.generatedOn)}</span>
          </div>
        </footer>
      </article>
    </ScriptLanguagesContext>
  );
}
