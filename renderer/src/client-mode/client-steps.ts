import { call } from '../bridge/call';
import { clientStep, type AnyClientStep } from './client-step';
import { FeedbackQuestions, type FeedbackAnswers } from './FeedbackQuestions';

/**
 * What the client does, in order, leaving out what they have done already. An outcome measure joins
 * as one more entry: its questionnaire as the component, its own channel in `onDone`.
 */
export function clientSteps(state: { feedbackDone: boolean }): AnyClientStep[] {
  const steps: AnyClientStep[] = [];
  if (!state.feedbackDone) {
    steps.push(
      clientStep<FeedbackAnswers>({
        key: 'feedback',
        title: 'About today’s session',
        Component: FeedbackQuestions,
        onDone: (answers) => call('clientMode:submitFeedback', answers),
      }),
    );
  }
  return steps;
}
