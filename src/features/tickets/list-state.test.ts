import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_STATE, parseListState, toApiParams, toSearchParams } from './list-state';

describe('list state in the URL', () => {
  it('round-trips every setting through the address', () => {
    const state = {
      ...DEFAULT_LIST_STATE,
      q: 'ruter ø',
      state: 'all' as const,
      status: ['New', 'In Progress'],
      category: ['Mobil'],
      scope: 'mine' as const,
      sort: 'location' as const,
      dir: 'asc' as const,
      page: 3,
      size: 50 as const,
    };
    const params = toSearchParams(state);
    expect(params.toString()).toBe(
      'q=ruter+%C3%B8&state=all&status=New&status=In+Progress&category=Mobil&scope=mine&sort=location&dir=asc&page=3&size=50',
    );
    expect(parseListState(new URLSearchParams(params.toString()), 'incidents')).toEqual({
      state,
      problems: [],
    });
  });

  it('keeps the defaults out of the address', () => {
    expect(toSearchParams(DEFAULT_LIST_STATE).toString()).toBe('');
  });

  it('ignores what it cannot understand, and says so', () => {
    const { state, problems } = parseListState(
      new URLSearchParams('state=maybe&sort=colour&page=-2&size=7&dir=up&scope=x'),
      'incidents',
    );
    expect(state).toEqual(DEFAULT_LIST_STATE);
    expect(problems.sort()).toEqual(['dir', 'page', 'scope', 'size', 'sort', 'state']);
  });

  it('keeps only the statuses the kind of ticket has, and says when it drops one', () => {
    const url = new URLSearchParams('status=bogus&status=Solved&status=Scheduled');
    expect(parseListState(url, 'incidents')).toMatchObject({
      state: { status: ['Solved'] },
      problems: ['status'],
    });
    expect(parseListState(url, 'orders')).toMatchObject({
      state: { status: ['Scheduled'] },
      problems: ['status'],
    });
    expect(parseListState(new URLSearchParams('status=Solved'), 'incidents').problems).toEqual([]);
  });

  it('sorts each kind only on its own fields: an order has no incident type', () => {
    const url = new URLSearchParams('sort=incidentType&dir=asc');
    expect(parseListState(url, 'incidents')).toMatchObject({
      state: { sort: 'incidentType' },
      problems: [],
    });
    expect(parseListState(url, 'orders')).toMatchObject({
      state: { sort: DEFAULT_LIST_STATE.sort },
      problems: ['sort'],
    });
  });

  it('maps a view onto the API query', () => {
    const { state } = parseListState(
      new URLSearchParams('scope=mine&state=closed&page=2&size=10&q=%20x%20'),
      'incidents',
    );
    expect(toApiParams(state, 'Kari Nordmann')).toEqual({
      search: 'x',
      isClosed: true,
      status: undefined,
      productCategoryName: undefined,
      loggedBy: 'Kari Nordmann',
      sortField: 'createdDate',
      order: 'DESC',
      skip: 10,
      count: 10,
    });
    expect(toApiParams(state, 'Kari Nordmann', { all: true })).not.toHaveProperty('count');
  });
});
