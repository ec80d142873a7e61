import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from '../clients/cultural-frameworks';
import type { Intake } from '../clients/intake-schema';
import { CULTURAL_CONTEXT, CULTURAL_DOMAINS, type CulturalDomainKey } from './summary-sections';
import type { CulturalBlock } from './summary-document';

/**
 * The cultural section, domain by domain, in the client's words. Domains with nothing recorded are
 * skipped; "prefer not to say" is printed, because it is an answer. The clinician's humility
 * reflection is private and is never read here.
 */
export function selectCultural(
  cultural: Intake['cultural'],
  chosen: readonly CulturalDomainKey[],
): CulturalBlock {
  const keep = new Set<string>(chosen);
  return {
    addressing: ADDRESSING_DOMAINS.filter((d) => keep.has(d.key))
      .map((d) => ({ key: d.key, title: d.title, ...cultural.addressing[d.key] }))
      .filter((e) => e.text.trim() || e.preferNotToSay),
    formulation: FORMULATION_DOMAINS.filter((d) => keep.has(d.key))
      .map((d) => {
        const answers = cultural.formulation[d.key] as Record<string, string>;
        return {
          key: d.key,
          title: d.title,
          answers: d.prompts
            .map((p) => ({ label: p.text, text: answers[p.key] ?? '' }))
            .filter((a) => a.text.trim()),
        };
      })
      .filter((d) => d.answers.length > 0),
    context: CULTURAL_CONTEXT.filter((c) => keep.has(c.key))
      .map((c) => ({ label: c.title, text: cultural[c.key] }))
      .filter((p) => p.text.trim()),
    leftOut: CULTURAL_DOMAINS.filter((d) => !keep.has(d.key)).map((d) => d.title),
  };
}
