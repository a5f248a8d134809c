import { describe, expect, it } from 'vitest';
import { MARK_END as DB_MARK_END, MARK_START as DB_MARK_START } from '@/db/search';
import { hasMark, MARK_END, MARK_START, splitMarked, unmarked } from './split-marked';

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe('splitMarked', () => {
  it('uses the same markers as the search index', () => {
    expect(MARK_START).toBe(DB_MARK_START);
    expect(MARK_END).toBe(DB_MARK_END);
  });

  it('returns plain text as one unmarked part', () => {
    expect(splitMarked('Send invoice')).toEqual([{ text: 'Send invoice', marked: false }]);
  });

  it('returns nothing for an empty string', () => {
    expect(splitMarked('')).toEqual([]);
  });

  it('splits around marks, including at the edges', () => {
    expect(splitMarked(`${m('Send')} the ${m('inv')}oice`)).toEqual([
      { text: 'Send', marked: true },
      { text: ' the ', marked: false },
      { text: 'inv', marked: true },
      { text: 'oice', marked: false },
    ]);
  });

  it('merges adjacent marks and drops empty ones', () => {
    expect(splitMarked(`${m('in')}${m('voice')}${m('')} due`)).toEqual([
      { text: 'invoice', marked: true },
      { text: ' due', marked: false },
    ]);
  });

  it('runs an unclosed mark to the end and ignores a stray end', () => {
    expect(splitMarked(`a${MARK_END}b${MARK_START}c${MARK_START}d`)).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
    ]);
  });

  it('keeps characters outside the basic plane intact', () => {
    expect(splitMarked(`📦 ${m('Ship')}ping`)).toEqual([
      { text: '📦 ', marked: false },
      { text: 'Ship', marked: true },
      { text: 'ping', marked: false },
    ]);
  });

  it('leaves markup-looking text as text', () => {
    expect(splitMarked(`<b>${m('x')}</b>`)).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});

describe('unmarked and hasMark', () => {
  it('strip the markers and tell whether there was a match', () => {
    expect(unmarked(`…the ${m('inv')}oice…`)).toBe('…the invoice…');
    expect(hasMark(`…the ${m('inv')}oice…`)).toBe(true);
    expect(hasMark('no match here')).toBe(false);
    expect(hasMark(m(''))).toBe(false);
  });
});
