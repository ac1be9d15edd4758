/** A private-use character: it stands in for the value while the sentence is translated. */
const MARK = '\uE000';
/** Beyond this, a value (a pasted or crafted address) is shortened: the way on stays in view. */
const MAX_SHOWN = 80;

/**
 * A translated sentence with a value from outside (an address, what was typed) in it, the value
 * isolated in a `<bdi>`: right-to-left characters in it (U+202E) cannot reorder the sentence
 * around it, and a very long value is shortened.
 */
export function SentenceWithValue({
  sentence,
  value,
}: {
  /** The translated sentence for a given value: `(v) => t('key', { id: v })`. */
  sentence: (value: string) => string;
  value: string;
}) {
  const [before, after = ''] = sentence(MARK).split(MARK);
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
  return (
    <>
      {before}
      <bdi>{shown}</bdi>
      {after}
    </>
  );
}
