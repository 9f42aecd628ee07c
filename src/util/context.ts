/** Run context passed to stages: lazy debug logging and options shared by a run. */
export interface Context {
  /** Lazy debug logging: the message is built only when debugging is on. */
  debug(message: () => string): void;
}

export function createContext(opts: { debug?: boolean | ((line: string) => void) } = {}): Context {
  const sink = typeof opts.debug === 'function' ? opts.debug : opts.debug ? (l: string) => process.stderr.write(`[debug] ${l}\n`) : null;
  return {
    debug(message) {
      if (sink) sink(message());
    },
  };
}

export const silentContext: Context = { debug() {} };
