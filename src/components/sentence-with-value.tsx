/** A private-use character: it stands in for the value while the sentence is translated. */
const MARK = '\uE000';
/** Beyond this (an order number has up to 100), a crafted address is shortened. */
const MAX_SHOWN = 101;

/**
 * A translated sentence with a value from outside (an address, what was typed) in it, the value
 * isolated in a `<bdi>`: right-to-left characters in it (U+202E) cannot reorder the sentence
 * around it, and a very long value is shortened so the way on stays in view.
 */
export function SentenceWithValue({
  sentence,
  value,
}: {
  /** The translated sentence for a given value: `(v) => t('key', { id: v })`. */
  sentence: (value: string) => string;
  value: string;
}) {
  const characters = Array.from(value);
  const shown =
    characters.length > MAX_SHOWN ? `${characters.slice(0, MAX_SHOWN - 1).join('')}…` : value;
  // Wherever the translation puts the value: once, twice, or (a missing key) not at all.
  const parts = sentence(MARK).split(MARK);
  return <>{parts.flatMap((part, i) => (i === 0 ? [part] : [<bdi key={i}>{shown}</bdi>, part]))}</>;
}
