import { describe, expect, it } from 'vitest';
import { buildUrl, path } from './http';
import { fillRoute } from './cases/routes';

/* The addresses the clients send: each reference is the one it names, never the one above it. */

describe('buildUrl', () => {
  it('encodes each reference, and keeps a route’s own trailing slash (a configured route may have one)', () => {
    expect(buildUrl('http://api.test/x', path`/items/${'a/b c'}`)).toBe(
      'http://api.test/x/items/a%2Fb%20c',
    );
    expect(buildUrl('http://api.test/case-management/v2', fillRoute('/tickets/', {}))).toBe(
      'http://api.test/case-management/v2/tickets/',
    );
  });

  it('refuses an empty reference, which would reach the list above', () => {
    expect(() => buildUrl('', path`/incidents/${''}`)).toThrow(
      'A reference in the address is empty.',
    );
    expect(() => buildUrl('', fillRoute('/tickets/{id}/', { id: '' }))).toThrow(
      'A reference in the address is empty.',
    );
  });

  it('refuses a reference that is . or .., plain or encoded', () => {
    for (const id of ['.', '..']) {
      expect(() => buildUrl('', path`/orders/x/items/${id}`)).toThrow(
        `"${id}" is not a valid reference.`,
      );
    }
    expect(() => buildUrl('', '/orders/x/items/%2E%2e')).toThrow('".." is not a valid reference.');
  });
});
