import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { SentenceWithValue } from './sentence-with-value';

const shown = (sentence: (v: string) => string, value: string) =>
  render(
    <p>
      <SentenceWithValue sentence={sentence} value={value} />
    </p>,
  ).container.querySelector('p');

describe('a sentence with a value from outside', () => {
  it('keeps every part of the sentence, wherever and however often the value stands', () => {
    expect(shown((v) => `${v} or ${v}?`, 'abc')?.textContent).toBe('abc or abc?');
    expect(shown((v) => `${v} or ${v}?`, 'abc')?.querySelectorAll('bdi')).toHaveLength(2);
    expect(shown(() => 'notFound.body', 'abc')?.textContent).toBe('notFound.body');
  });

  it('shows an order number of 100 characters whole, and shortens only beyond that', () => {
    const order = `1-${'2'.repeat(98)}`;
    expect(shown((v) => `No ${v}.`, order)?.textContent).toBe(`No ${order}.`);
    const long = '😀'.repeat(150);
    const text = shown((v) => `No ${v}.`, long)?.querySelector('bdi')?.textContent ?? '';
    // Shortened by characters, not halves of an emoji.
    expect(text).toBe(`${'😀'.repeat(100)}…`);
  });
});
