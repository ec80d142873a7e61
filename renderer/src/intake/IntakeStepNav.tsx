import { Button } from 'react-aria-components';
import { useFormState, useWatch, type Control } from 'react-hook-form';
import { INTAKE_STEPS, type IntakeInput, type IntakeStep } from '../../../shared/clients/intake-schema';
import { Icon } from '../ui/Icon';
import { STEP_MARK_LABELS, stepMarks, type StepMark } from './step-marks';

interface IntakeStepNavProps {
  control: Control<IntakeInput>;
  current: IntakeStep;
  onSelect: (step: IntakeStep) => void;
}

function Mark({ mark }: { mark: StepMark }) {
  if (mark === 'started') return <Icon name="check" size={16} />;
  if (mark === 'attention') return <Icon name="alert" size={16} />;
  return null;
}

/**
 * The intake's steps, any of which can be opened at any time; each says how far it has got. It
 * watches the whole form itself, so typing re-renders this list rather than the whole editor.
 */
export function IntakeStepNav({ control, current, onSelect }: IntakeStepNavProps) {
  const values = useWatch({ control });
  const { errors } = useFormState({ control });
  const marks = stepMarks(values, errors);
  return (
    <nav className="step-nav" aria-label="Intake steps">
      <ol>
        {INTAKE_STEPS.map((step, index) => (
          <li key={step.key}>
            <Button
              className={`step-nav__step step-nav__step--${marks[step.key]}`}
              aria-current={step.key === current ? 'step' : undefined}
              onPress={() => onSelect(step.key)}
            >
              <span className="step-nav__mark" aria-hidden="true">
                <Mark mark={marks[step.key]} />
                {marks[step.key] === 'empty' && index + 1}
              </span>
              <span className="step-nav__title">
                {step.title}
                <span className="visually-hidden">, {STEP_MARK_LABELS[marks[step.key]]}</span>
              </span>
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
