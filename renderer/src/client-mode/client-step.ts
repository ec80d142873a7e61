import type { ComponentType } from 'react';

/** What a step's screen is given: its place in the whole, and where its answers go. */
export interface ClientStepProps<A> {
  /** Called once with the client's answers; the screen then shows the next step. */
  onDone: (answers: A) => void;
  /** The answers are being stored: the step's buttons wait. */
  busy: boolean;
  /** Why the answers could not be stored, to show beside the step's last button. */
  error: string | null;
}

/**
 * One thing the client does with the laptop: the session feedback today, an outcome measure later
 * (a `MeasureQuestionnaire` with `onDone` calling its own channel is a step of a few lines). A step
 * shows only its own questions, never anything of the record.
 */
export interface ClientStep<A> {
  key: string;
  /** The heading the client reads, in plain words. */
  title: string;
  Component: ComponentType<ClientStepProps<A>>;
  /** Stores the answers through the step's own channel (one the router allows in client mode). */
  onDone: (answers: A) => Promise<unknown>;
}

/** A step with its answer type forgotten, so steps of different kinds sit in one list. */
export type AnyClientStep = ClientStep<never>;

export function clientStep<A>(step: ClientStep<A>): AnyClientStep {
  return step as unknown as AnyClientStep;
}
