/** A terminal or a pipe: a terminal can be switched to raw mode so typed characters are not echoed. */
export interface CliInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface CliOutput extends NodeJS.WritableStream {
  isTTY?: boolean;
}

/** Everything the command line touches of its process, passed in so tests can run it in-process. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: CliInput;
  stdout: CliOutput;
  stderr: CliOutput;
}
