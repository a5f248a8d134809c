import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-html';

describe('markdownToHtml', () => {
  it('renders Markdown', () => {
    expect(markdownToHtml('Use the **Project** template:\n\n- one line\n- per deliverable')).toBe(
      '<p>Use the <strong>Project</strong> template:</p>\n<ul>\n<li>one line</li>\n<li>per deliverable</li>\n</ul>',
    );
    expect(markdownToHtml('   ')).toBe('');
  });

  it('never lets raw HTML, scripts or dangerous links through', () => {
    const html = markdownToHtml(
      '<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> [x](javascript:alert) <b>hi</b>',
    );
    // Tags arrive as text; the javascript: link keeps its words but loses its address.
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="">x</a>');
  });

  it('shows images as text and opens links in a new tab, safely', () => {
    expect(markdownToHtml('![tracker](https://evil.example/p.gif)')).not.toContain('<img');
    expect(markdownToHtml('[docs](https://example.com)')).toBe(
      '<p><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.com">docs</a></p>',
    );
  });
});
