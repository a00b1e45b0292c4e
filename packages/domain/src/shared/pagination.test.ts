import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { MAX_PAGE_SIZE, pageWindow, toPage } from './pagination.js';

const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function validationErrorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('pageWindow', () => {
  it('loads 50 from the start by default', () => {
    expect(pageWindow({})).toEqual({ skip: 0, take: 50 });
    expect(pageWindow({ first: null, after: null })).toEqual({ skip: 0, take: 50 });
  });

  it('accepts 1 to 100 entries', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageWindow({ first: 1 }).take).toBe(1);
    expect(pageWindow({ first: 100 }).take).toBe(100);
  });

  it.each([0, -1, 101, 1.5, Number.NaN])('refuses first = %s with a German message on "first"', (first) => {
    const error = validationErrorOf(() => pageWindow({ first }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe('first');
    expect(error.message).toBe('Es können 1 bis 100 Einträge auf einmal geladen werden.');
  });

  it('continues after the cursor', () => {
    expect(pageWindow({ first: 10, after: cursor('9') })).toEqual({ skip: 10, take: 10 });
    expect(pageWindow({ after: cursor('0') })).toEqual({ skip: 1, take: 50 });
  });

  it.each([
    ['garbage', 'nicht-gültig!'],
    ['text', cursor('abc')],
    ['negative', cursor('-1')],
    ['fraction', cursor('2.5')],
    ['beyond any list', cursor('1e21')],
    ['unsafe integer', cursor('9007199254740993')],
  ])('refuses a %s cursor with a German message on "after"', (_label, after) => {
    const error = validationErrorOf(() => pageWindow({ after }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe('after');
    expect(error.message).toBe('Der Cursor ist ungültig.');
  });
});

describe('toPage', () => {
  it('says whether more follow and where to continue', () => {
    const page = toPage(['a', 'b'], 5, { skip: 0, take: 2 });
    expect(page).toEqual({ items: ['a', 'b'], totalCount: 5, hasNextPage: true, endCursor: cursor('1') });
  });

  it('has no next page at the end', () => {
    const page = toPage(['e'], 5, { skip: 4, take: 2 });
    expect(page.hasNextPage).toBe(false);
    expect(page.endCursor).toBe(cursor('4'));
  });

  it('has no cursor for an empty page', () => {
    expect(toPage([], 0, { skip: 0, take: 10 })).toEqual({
      items: [],
      totalCount: 0,
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('walking the cursors visits every item exactly once', () => {
    const all = ['Adler', 'Becker', 'Conrad', 'Doppel', 'Engel', 'Fischer', 'Gauss'];
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const window = pageWindow({ first: 3, after });
      const page = toPage(all.slice(window.skip, window.skip + window.take), all.length, window);
      seen.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all);
  });
});
