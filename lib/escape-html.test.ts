import { expect, it } from 'vitest';
import { textAsHtml } from './escape-html';

it('shows text literally, markup and all', () => {
  expect(textAsHtml('<b>"Tom & Jerry"</b>')).toBe(
    '<p style="white-space: pre-wrap">&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;</p>',
  );
  expect(textAsHtml('')).toBe('');
});
