import { useRef, type RefObject } from 'react';
import { useWatch, type Control, type Path, type UseFormReturn } from 'react-hook-form';
import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from '../../../shared/clients/cultural-frameworks';
import type { Intake, IntakeInput } from '../../../shared/clients/intake-schema';
import { TextAreaField } from '../forms/TextAreaField';
import { CULTURAL_CONTEXT_FIELDS, HUMILITY_FIELD } from './cultural-fields';
import { ActionButton } from '../ui/ActionButton';
import { Fold } from '../ui/Fold';
import { AddressingDomainInput } from './AddressingDomainInput';
import { PrivateReflection } from './PrivateReflection';
import './cultural.css';

interface CulturalStepProps {
  form: UseFormReturn<IntakeInput, unknown, Intake>;
  isReadOnly: boolean;
}

/** One cultural-formulation domain, folded to its title and how many of its questions are answered. */
function FormulationDomain({
  domain,
  control,
  isReadOnly,
}: {
  domain: (typeof FORMULATION_DOMAINS)[number];
  control: Control<IntakeInput>;
  isReadOnly: boolean;
}) {
  const names = domain.prompts.map(
    (prompt) => `cultural.formulation.${domain.key}.${prompt.key}` as Path<IntakeInput>,
  );
  const answers = useWatch({ control, name: names }) as (string | undefined)[];
  const answered = answers.filter((answer) => answer?.trim()).length;
  return (
    <Fold
      className="domain-fold"
      level={4}
      title={domain.title}
      summary={answered === 0 ? 'Nothing yet' : `${answered} of ${names.length} answered`}
      description={domain.prompts[0]!.text}
    >
      {domain.prompts.map((prompt, index) => (
        <TextAreaField
          key={prompt.key}
          control={control}
          name={names[index]!}
          label={prompt.text}
          isReadOnly={isReadOnly}
        />
      ))}
    </Fold>
  );
}

function jumpTo(target: RefObject<HTMLElement | null>) {
  target.current?.scrollIntoView({ block: 'start' });
  target.current?.focus({ preventScroll: true });
}

/**
 * The cultural background step: identity in the client's words across the ten ADDRESSING domains,
 * the four cultural-formulation domains with our own prompts, the wider context, and the
 * clinician's private reflection. Nothing is a pick-list. Each domain folds to its question and what
 * is filled in, so the step is worked through in parts rather than met as a wall of empty boxes; it
 * opens with a way to jump to each part.
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
            The ten ADDRESSING domains. Open one to write what they say, mark what matters for why they came,
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
          <p className="muted">
            The four cultural-formulation domains, in their words: a part of its own, often for a later
            session. Open a domain to write in it.
          </p>
        </div>
        <div className="domain-grid domain-grid--wide">
          {FORMULATION_DOMAINS.map((domain) => (
            <FormulationDomain key={domain.key} domain={domain} control={control} isReadOnly={isReadOnly} />
          ))}
        </div>
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
