/**
 * Whether an error is a page's code that could not be fetched: the connection is down, or a new
 * release has replaced the files the open portal still asks for. The browsers word it differently
 * (Chromium, Firefox, Safari); a reload is the cure for both causes.
 */
export function isCodeLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|module script/i.test(
      error.message,
    )
  );
}
