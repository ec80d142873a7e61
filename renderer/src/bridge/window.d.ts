import type { RapportBridge } from '../../../shared/bridge';

declare global {
  interface Window {
    /** Put there by the preload (or the e2e harness): the renderer's only way to the main side. */
    readonly rapport: RapportBridge;
  }
}

export {};
