// For tests that match what a call throws (its code, status, details) rather than only that it throws.

/** What `fn` threw; fails the test when it threw nothing. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}
