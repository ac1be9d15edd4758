/**
 * A Testing Library matcher for a paragraph's whole text, values in child elements (`<bdi>`)
 * included: `getByText` by itself reads only an element's own text.
 */
export const wholeText =
  (expected: string | RegExp) =>
  (_content: string, element: Element | null): boolean => {
    if (!element || element.tagName !== 'P') return false;
    const text = element.textContent;
    return typeof expected === 'string' ? text === expected : expected.test(text);
  };
