import { z } from 'zod';

// C0 and C1 control characters (and DEL). Multi-line texts keep tab and line breaks.
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// What shows as nothing: white space, format characters (zero-width space and joiners, BOM,
// bidi marks…) and the blank letters (Hangul fillers, Braille blank).
const INVISIBLE = /[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
// Half of a surrogate pair is no character at all: PostgreSQL stores it as U+FFFD in text and
// refuses it in JSON (the activity log's data), so the write would fail or change the text.
const BROKEN = 'Remove the broken character (half of an emoji or symbol, pasted with the text).';

export function looksEmpty(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

/**
 * For what is not a person's text but is matched against stored text (ids, search words): no
 * id holds a control character, and PostgreSQL cannot even bind a NUL (the query fails, the
 * caller would get an internal error instead of "not found").
 */
export function hasControlCharacter(value: string): boolean {
  return CONTROL_LINE.test(value);
}

/**
 * Whether multi-line text may be stored as is: no control characters but tab and line breaks,
 * no half surrogate pairs. For texts that keep their own messages (the import format's).
 */
export function isStorableText(value: string): boolean {
  return !CONTROL_TEXT.test(value) && value.isWellFormed();
}

/**
 * Every text a person types, one rule: trimmed; no control characters (they corrupt exports and
 * terminals, and NUL breaks other tools); and, when it is required, made of something visible —
 * a name of zero-width characters would be a blank link nobody can click.
 */
export function text(
  max: number,
  {
    required,
    multiline = false,
    tooLong = `Use at most ${max.toLocaleString('en-US')} characters.`,
    trim = true,
  }: {
    /** The message when it is empty (or only invisible characters); absent → optional. */
    required?: string;
    /** Descriptions and details keep tabs and line breaks; names are one line. */
    multiline?: boolean;
    tooLong?: string;
    /** Markdown keeps its leading indentation. */
    trim?: boolean;
  } = {},
) {
  const base = trim ? z.string().trim() : z.string();
  return base
    .max(max, tooLong)
    .refine((v) => !(multiline ? CONTROL_TEXT : CONTROL_LINE).test(v), {
      message: multiline
        ? 'Remove the control characters (invisible codes pasted with the text).'
        : 'Use one line of plain text, without control characters.',
    })
    .refine((v) => v.isWellFormed(), { message: BROKEN })
    .refine((v) => required === undefined || !looksEmpty(v), { message: required ?? '' });
}
