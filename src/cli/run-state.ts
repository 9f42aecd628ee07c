/** Exit status shared by the commands of one CLI run: 0 ok, 1 some input failed, 2 usage or fatal error. */
export const runState = { exitCode: 0 };

export function markFailed(code = 1): void {
  if (code > runState.exitCode) runState.exitCode = code;
}

/** Where the CLI writes: the process streams, or a test's capture (main(argv, io)). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (t) => { process.stdout.write(t); },
  err: (t) => { process.stderr.write(t); },
};

export const io: CliIo = { ...processIo };

export function setIo(next: CliIo): void {
  io.out = next.out;
  io.err = next.err;
}
