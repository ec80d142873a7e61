import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from '../../../shared/clients/cultural-frameworks';
import type { Intake } from '../../../shared/clients/intake-schema';
import { useClientPage } from '../clients/client-page-context';
import { useClient } from '../clients/clients-queries';
import { UserText } from '../ui/UserText';
import { valueAt } from '../forms/value-at-path';
import { CULTURAL_CONTEXT_FIELDS } from './cultural-fields';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { PrivateReflection } from './PrivateReflection';
import './cultural.css';

type Cultural = Intake['cultural'];

function AddressingCard({
  domain,
  entry,
}: {
  domain: (typeof ADDRESSING_DOMAINS)[number];
  entry: Cultural['addressing'][keyof Cultural['addressing']];
}) {
  return (
    <article className={`domain-card${entry.relevant ? ' domain-card--relevant' : ''}`}>
      <header className="domain-card__header">
        <h3 className="domain-card__title">{domain.title}</h3>
        {entry.relevant && <span className="tag">Relevant to what brings them here</span>}
      </header>
      {entry.preferNotToSay ? (
        <p>
          <em>Prefers not to say.</em>
        </p>
      ) : entry.text.trim() ? (
        <UserText text={entry.text} />
      ) : (
        <p className="muted">Not talked about yet.</p>
      )}
    </article>
  );
}

function FormulationCard({
  domain,
  answers,
}: {
  domain: (typeof FORMULATION_DOMAINS)[number];
  answers: Record<string, string>;
}) {
  const given = domain.prompts.filter((p) => (answers[p.key] ?? '').trim());
  return (
    <article className="domain-card">
      <h3 className="domain-card__title">{domain.title}</h3>
      {given.length === 0 ? (
        <p className="muted">Not talked about yet.</p>
      ) : (
        <dl className="fact-list">
          {given.map((prompt) => (
            <div key={prompt.key}>
              <dt>{prompt.text}</dt>
              <dd>
                <UserText text={answers[prompt.key] ?? ''} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}

/** The cultural background as cards, in the client's words; editing happens in the intake's last step. */
export function CulturalTab({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const page = useClientPage();
  if (!client.data) return client.isError ? <Alert tone="error">{client.error.message}</Alert> : null;
  const { cultural, identity } = client.data.intake;
  const relevant = ADDRESSING_DOMAINS.filter((d) => cultural.addressing[d.key].relevant);
  const context = CULTURAL_CONTEXT_FIELDS.filter((f) =>
    String(valueAt(client.data.intake, f.path) ?? '').trim(),
  );

  return (
    <div className="cultural-view">
      <div className="cultural-view__top">
        <p className="muted">
          {relevant.length > 0
            ? `Relevant to what brings them here: ${relevant.map((d) => d.title).join(', ')}.`
            : 'No domain is marked as relevant to what brings them here yet.'}
        </p>
        <ActionButton onPress={() => page.selectTab('intake', 'edit-cultural')}>
          Edit cultural background
        </ActionButton>
      </div>

      <section className="cultural-view__section" aria-labelledby="cultural-view-identity">
        <h2 id="cultural-view-identity">Identity, domain by domain</h2>
        <div className="domain-grid">
          {ADDRESSING_DOMAINS.map((domain) => (
            <AddressingCard key={domain.key} domain={domain} entry={cultural.addressing[domain.key]} />
          ))}
        </div>
      </section>

      <section className="cultural-view__section" aria-labelledby="cultural-view-formulation">
        <h2 id="cultural-view-formulation">How they see what is happening</h2>
        <div className="domain-grid">
          {FORMULATION_DOMAINS.map((domain) => (
            <FormulationCard
              key={domain.key}
              domain={domain}
              answers={cultural.formulation[domain.key] as Record<string, string>}
            />
          ))}
        </div>
      </section>

      <section className="cultural-view__section" aria-labelledby="cultural-view-context">
        <h2 id="cultural-view-context">Languages, migration, family and community</h2>
        <article className="domain-card">
          <dl className="fact-list">
            <div>
              <dt>Preferred language</dt>
              <dd>
                {identity.preferredLanguage.trim() ? (
                  <UserText inline text={identity.preferredLanguage} />
                ) : (
                  <span className="muted">Not recorded</span>
                )}
                {identity.interpreterNeeded && <span className="tag">Interpreter needed</span>}
              </dd>
            </div>
            {context.map((field) => (
              <div key={field.path}>
                <dt>{field.label}</dt>
                <dd>
                  <UserText text={String(valueAt(client.data.intake, field.path))} />
                </dd>
              </div>
            ))}
          </dl>
        </article>
      </section>

      <PrivateReflection>
        {cultural.humilityReflection.trim() ? (
          <UserText text={cultural.humilityReflection} />
        ) : (
          <p className="muted">
            Nothing written yet: assumptions of your own to watch for, and what you want to learn.
          </p>
        )}
      </PrivateReflection>
    </div>
  );
}
