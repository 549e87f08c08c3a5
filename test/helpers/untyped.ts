/**
 * Options as a JavaScript caller (or JSON) may pass them: values outside the declared types, which the
 * library must still check at run time. One named cast instead of casts scattered through tests.
 */
export function untyped<T>(options: Record<string, unknown>): T {
  return options as T;
}
