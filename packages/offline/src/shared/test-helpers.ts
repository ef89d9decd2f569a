/** Test helpers shared by the offline tests (not exported from the package). */

/** A database name no other test uses. */
export function uniqueName(prefix = 'test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Waits until check() is true, re-checking after each macrotask; the test's own timeout bounds it. */
export async function until(check: () => boolean | Promise<boolean>, what = 'condition'): Promise<void> {
  for (let i = 0; i < 20_000; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** What a promise rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
