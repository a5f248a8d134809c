import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

describe('safeCallbackUrl', () => {
  it('keeps a path on our own site, with its query and anchor', () => {
    expect(safeCallbackUrl('/t/acme/report?action=remove#top')).toBe(
      '/t/acme/report?action=remove#top',
    );
    expect(safeCallbackUrl(['/t/acme', '/other'])).toBe('/t/acme');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash the browser reads as a slash', '/\\evil.example/'],
    ['a tab the parser strips', '/\t/evil.example/'],
    ['a newline the parser strips', '/\n/evil.example'],
    ['a carriage return', '/\r\\evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a bare host', 'evil.example'],
    ['nothing', ''],
  ])('refuses %s', (_what, value) => {
    expect(safeCallbackUrl(value)).toBe('/');
    expect(safeCallbackUrl(value, '/t/acme')).toBe('/t/acme');
  });

  it('turns odd characters into a clean path instead of failing', () => {
    // Unencoded spaces, quotes and non-ASCII come back percent-encoded: a valid Location header.
    expect(safeCallbackUrl('/t/a b/"x"/é')).toBe('/t/a%20b/%22x%22/%C3%A9');
    expect(safeCallbackUrl('/%E0%A4%A')).toBe('/%E0%A4%A');
  });
});
