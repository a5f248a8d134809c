/**
 * The search index wraps matches in control characters (db/search.ts: MARK_START, MARK_END).
 * They are repeated here because that module is server-only; a test keeps the two in step.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type MarkedPart = { text: string; marked: boolean };

/**
 * "an \u0002inv\u0003oice" → [{ "an ", false }, { "inv", true }, { "oice", false }].
 * Never returns empty parts or marker characters; an unclosed mark runs to the end, and a stray
 * end or a repeated start is dropped.
 */
export function splitMarked(text: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let marked = false;
  let current = '';
  const flush = () => {
    if (current === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += current;
    else parts.push({ text: current, marked });
    current = '';
  };
  for (const char of text) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      marked = char === MARK_START;
    } else {
      current += char;
    }
  }
  flush();
  return parts;
}

/** The text without its markers, e.g. to compare a snippet with a title. */
export function unmarked(text: string): string {
  return splitMarked(text)
    .map((p) => p.text)
    .join('');
}

export function hasMark(text: string): boolean {
  return splitMarked(text).some((p) => p.marked);
}
