import { describe, expect, it } from 'vitest';
import { looksEmpty, text } from './text';

const messages = (schema: ReturnType<typeof text>, value: string) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('text', () => {
  const name = text(20, { required: 'Give it a name.' });
  const notes = text(100, { multiline: true });

  it('trims and keeps ordinary text, accents and emoji', () => {
    expect(name.parse('  Café ☕ ')).toBe('Café ☕');
    expect(notes.parse('line one\n\tline two')).toBe('line one\n\tline two');
  });

  it('refuses NUL, escape and other control characters', () => {
    expect(messages(name, 'a\u0000b')).toEqual([
      'Use one line of plain text, without control characters.',
    ]);
    expect(messages(name, 'a\u001b[31mred')).toHaveLength(1);
    expect(messages(name, 'two\nlines')).toHaveLength(1);
    expect(messages(notes, 'bell\u0007')).toEqual([
      'Remove the control characters (invisible codes pasted with the text).',
    ]);
    expect(messages(notes, 'c1\u0085')).toHaveLength(1);
  });

  it('refuses a required text made only of invisible characters', () => {
    for (const blank of ['\u200b\u200b', '\u2060', '\ufeff', '\u3164', '\u2800', ' \u200d ']) {
      expect(messages(name, blank), JSON.stringify(blank)).toEqual(['Give it a name.']);
    }
    expect(looksEmpty('a\u200b')).toBe(false);
    // Optional texts may be empty.
    expect(notes.parse('')).toBe('');
  });

  it('says how long it may be', () => {
    expect(messages(name, 'x'.repeat(21))).toEqual(['Use at most 20 characters.']);
  });
});
