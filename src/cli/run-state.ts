/** Exit status shared by the commands of one CLI run: 0 ok, 1 some input failed, 2 usage or fatal error. */
export const runState = { exitCode: 0 };

export function markFailed(code = 1): void {
  if (code > runState.exitCode) runState.exitCode = code;
}
