import { useRef, type RefObject } from 'react';
import type { Path, UseFormReturn } from 'react-hook-form';
import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from '../../../shared/clients/cultural-frameworks';
import type { Intake, IntakeInput } from '../../../shared/clients/intake-schema';
import { TextAreaField } from '../forms/TextAreaField';
import { CULTURAL_CONTEXT_FIELDS, HUMILITY_FIELD } from './cultural-fields';
import { ActionButton } from '../ui/ActionButton';
import { AddressingDomainInput } from './AddressingDomainInput';
import { PrivateReflection } from './PrivateReflection';
import './cultural.css';

interface CulturalStepProps {
  form: UseFormReturn<IntakeInput, unknown, Intake>;
  isReadOnly: boolean;
}

function jumpTo(target: RefObject<HTMLElement | null>) {
  target.current?.scrollIntoView({ block: 'start' });
  target.current?.focus({ preventScroll: true });
}

/**
 * The cultural background step: identity in the client's words across the ten ADDRESSING domains,
 * the four cultural-formulation domains with our own prompts, the wider context, and the
 * clinician's private reflection. Nothing is a pick-list. It is long, so it opens with a way to
 * jump to each part.
 */
export function CulturalStep({ form, isReadOnly }: CulturalStepProps) {
  const { control, setValue } = form;
  const identity = useRef<HTMLHeadingElement>(null);
  const formulation = useRef<HTMLHeadingElement>(null);
  const context = useRef<HTMLHeadingElement>(null);
  const reflection = useRef<HTMLDivElement>(null);
  return (
    <div className="cultural-step">
      <nav className="cultural-step__jump" aria-label="Parts of this step">
        <span className="muted">Go to</span>
        <ActionButton variant="quiet" onPress={() => jumpTo(identity)}>
          Identity domains
        </ActionButton>
        <ActionButton variant="quiet" onPress={() => jumpTo(formulation)}>
          How they see it
        </ActionButton>
        <ActionButton variant="quiet" onPress={() => jumpTo(context)}>
          Languages and migration
        </ActionButton>
        <ActionButton variant="quiet" onPress={() => jumpTo(reflection)}>
          Your reflection
        </ActionButton>
      </nav>

      <section className="cultural-step__section" aria-labelledby="cultural-identity">
        <div className="cultural-step__intro">
          <h3 id="cultural-identity" ref={identity} tabIndex={-1}>
            Identity, domain by domain
          </h3>
          <p className="muted">
            The ten ADDRESSING domains. Write what they say about each, mark what matters for why they came,
            and respect what they would rather not talk about.
          </p>
        </div>
        <div className="domain-grid">
          {ADDRESSING_DOMAINS.map((domain) => (
            <AddressingDomainInput
              key={domain.key}
              domain={domain}
              control={control}
              setValue={setValue}
              isReadOnly={isReadOnly}
            />
          ))}
        </div>
      </section>

      <section className="cultural-step__section" aria-labelledby="cultural-formulation">
        <div className="cultural-step__intro">
          <h3 id="cultural-formulation" ref={formulation} tabIndex={-1}>
            How they see what is happening
          </h3>
          <p className="muted">The four cultural-formulation domains, in their words.</p>
        </div>
        {FORMULATION_DOMAINS.map((domain) => (
          <div
            key={domain.key}
            className="domain-card"
            role="group"
            aria-labelledby={`formulation-${domain.key}`}
          >
            <h4 id={`formulation-${domain.key}`} className="domain-card__title">
              {domain.title}
            </h4>
            {domain.prompts.map((prompt) => (
              <TextAreaField
                key={prompt.key}
                control={control}
                name={`cultural.formulation.${domain.key}.${prompt.key}` as Path<IntakeInput>}
                label={prompt.text}
                isReadOnly={isReadOnly}
              />
            ))}
          </div>
        ))}
      </section>

      <section className="cultural-step__section" aria-labelledby="cultural-context">
        <div className="cultural-step__intro">
          <h3 id="cultural-context" ref={context} tabIndex={-1}>
            Languages, migration, family and community
          </h3>
          <p className="muted">
            Their preferred language and any need for an interpreter are under Identity.
          </p>
        </div>
        {CULTURAL_CONTEXT_FIELDS.map((field) => (
          <TextAreaField
            key={field.path}
            control={control}
            name={field.path as Path<IntakeInput>}
            label={field.label}
            description={field.description}
            isReadOnly={isReadOnly}
          />
        ))}
      </section>

      <div ref={reflection} tabIndex={-1} className="cultural-step__target">
        <PrivateReflection>
          <TextAreaField
            control={control}
            name={HUMILITY_FIELD.path as Path<IntakeInput>}
            label={HUMILITY_FIELD.label}
            description={HUMILITY_FIELD.description}
            isReadOnly={isReadOnly}
          />
        </PrivateReflection>
      </div>
    </div>
  );
}
