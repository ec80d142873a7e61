import { STARTER_TEXTS } from '../../../shared/consent/consent-starter-texts';
import type { ConsentKind } from '../../../shared/consent/consent-kinds';
import type { DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';

/** The documents the demo practice asks every client to sign at intake, from Rapport's example texts. */
const AT_INTAKE: readonly ConsentKind[] = ['informed-consent', 'policies-fees', 'privacy-notice'];

export function writeConsentTemplates(services: DemoServices): void {
  for (const kind of [...AT_INTAKE, 'telehealth', 'release-of-information'] as const) {
    services.consent.saveTemplate(request('consent:saveTemplate', { kind, ...STARTER_TEXTS[kind] }));
  }
}

/**
 * At the first session, before the intake is finished, the client signs the practice's documents
 * with their typed name (and the telehealth consent when they will meet by video or phone).
 */
export function signAtIntake(
  services: DemoServices,
  clientId: string,
  person: DemoPerson,
  day: string,
  telehealth: boolean,
): void {
  const templates = services.consent.templates();
  for (const kind of telehealth ? [...AT_INTAKE, 'telehealth' as const] : AT_INTAKE) {
    const template = templates.find((t) => t.kind === kind);
    if (!template) continue;
    services.consent.sign(
      request('consent:sign', {
        clientId,
        templateId: template.id,
        kind,
        signedOn: day,
        method: 'typed',
        signerName: person.legalName,
      }),
    );
  }
}
