/** Whether text is a valid regular expression (the fault switch's endpoint filter). */
export function isRegExp(text: string): boolean {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}
