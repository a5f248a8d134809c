/** Text as HTML that shows it literally: for showing Markdown as typed until it is rendered. */
export function textAsHtml(text: string): string {
  const escaped = text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
  return escaped ? `<p style="white-space: pre-wrap">${escaped}</p>` : '';
}
