// A time limit on synchronous work: a user's stage that loops for ever (`for (;;) {}`) or a regular
// expression that backtracks for hours is stopped, and only its article fails.
import vm from 'node:vm';

export class TimeLimitError extends Error {
  constructor(readonly ms: number) {
    super(`took longer than the limit of ${ms / 1000} s`);
  }
}

/** One context per thread: the call goes in, its value comes out. */
const context = vm.createContext({ call: null as null | (() => unknown), result: null as unknown });
const script = new vm.Script('result = { value: call() }');

/**
 * Runs `fn` and returns its value, or throws TimeLimitError once it has run `ms` milliseconds. Node's
 * script timeout is the one way to interrupt synchronous JavaScript in the thread running it: it stops
 * whatever runs inside the call, our code or a user's, and the thread goes on with the next article.
 */
export function runWithin<T>(ms: number, fn: () => T): T {
  context.call = fn;
  try {
    script.runInContext(context, { timeout: Math.max(1, Math.round(ms)) });
    return (context.result as { value: T }).value;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitError(ms);
    throw error;
  } finally {
    context.call = null;
    context.result = null;
  }
}
