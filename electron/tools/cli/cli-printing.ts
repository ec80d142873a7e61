import type { SummaryPrinter } from '../../core/features/pdf/summary-printer';

/** A printer the command line may close when its command is over. */
export interface ClosablePrinter extends SummaryPrinter {
  close(): Promise<void>;
}

/**
 * Where the command line's PDFs are printed, given by whoever runs it: the `rapport` bin under
 * Node passes a Chromium-family browser found on the computer (system-browser-printing.ts); the
 * installed app passes its own Chromium (electron/main/command-line-printing.ts), so a clinician
 * needs neither Node nor a browser. The command line itself never chooses.
 */
export interface CliPrinting {
  /**
   * Called before the passphrase is asked for, so a computer that cannot print is told at once.
   * Says what will print, for the line on stderr, and how to start it.
   */
  find(env: NodeJS.ProcessEnv): FoundPrinter;
}

export interface FoundPrinter {
  /** "Google Chrome (/path/to/it)": what prints, then where or which, in brackets. */
  description: string;
  /** Called while the vault's key is derived, so starting the printer overlaps it. */
  open(): Promise<ClosablePrinter>;
}

/** What a command may use beyond its process's streams, passed in by the entry point. */
export interface CliDependencies {
  printing: CliPrinting;
}
