import type { ClientModeStep } from '../../../shared/client-mode/client-mode-contract';
import { instrumentById } from '../../../shared/measures/registry';
import { call } from '../bridge/call';
import { clientStep, type AnyClientStep } from './client-step';
import { FeedbackQuestions, type FeedbackAnswers } from './FeedbackQuestions';
import { MeasureStep } from './MeasureStep';
import { SigningStep, type SigningAnswers } from './SigningStep';

/**
 * What the client still has to do, in the order the main side gives: each granted step the client
 * has not done yet, with its screen and its own channel.
 */
export function clientSteps(steps: readonly ClientModeStep[]): AnyClientStep[] {
  return steps.flatMap((step): AnyClientStep[] => {
    if (step.done) return [];
    switch (step.kind) {
      case 'feedback':
        return [
          clientStep<FeedbackAnswers>({
            key: 'feedback',
            title: 'About today’s session',
            Component: FeedbackQuestions,
            onDone: (answers) => call('clientMode:submitFeedback', answers),
          }),
        ];
      case 'measure': {
        const instrument = instrumentById(step.instrumentId);
        if (!instrument) return [];
        return [
          clientStep<number[]>({
            key: `measure-${instrument.id}`,
            title: instrument.name,
            Component: (props) => <MeasureStep instrument={instrument} {...props} />,
            onDone: (answers) => call('clientMode:submitMeasure', { instrumentId: instrument.id, answers }),
          }),
        ];
      }
      case 'document':
        return [
          clientStep<SigningAnswers>({
            key: `document-${step.stepId}`,
            title: 'Read and sign',
            Component: (props) => <SigningStep document={step} {...props} />,
            onDone: (answers) => call('clientMode:signDocument', answers),
          }),
        ];
    }
  });
}
