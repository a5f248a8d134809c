/**
 * Step details are the author's Markdown, turned into HTML once (on the server for pages, in the
 * browser only for a live preview) so pages ship HTML rather than a Markdown parser.
 *
 * Safe to insert into a page: micromark escapes raw HTML and drops links with dangerous
 * protocols (javascript:, data:) by default; images are not parsed (an image from any address
 * would let one member track when teammates open a step), so `![alt](url)` stays text; links
 * open in a new tab without access to this one.
 */
import { micromark } from 'micromark';

export function markdownToHtml(
  text: string,
  {
    headingsFrom = 1,
  }: {
    /** The level a `#` heading gets: details sit under a step's own heading, so 4 in a document. */
    headingsFrom?: number;
  } = {},
): string {
  if (!text.trim()) return '';
  const html = micromark(text, {
    extensions: [{ disable: { null: ['labelStartImage'] } }],
  }).replaceAll('<a href="', '<a target="_blank" rel="noopener noreferrer nofollow" href="');
  if (headingsFrom === 1) return html;
  return html.replace(/<(\/?)h([1-6])>/g, (_, close: string, level: string) => {
    const shifted = Math.min(6, Number(level) + headingsFrom - 1);
    return `<${close}h${shifted}>`;
  });
}
