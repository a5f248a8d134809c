'use client';

import { useEffect, useState } from 'react';

const PROSE =
  'prose-sm space-y-2 text-sm leading-relaxed text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc';

/**
 * Step details, rendered from Markdown on the server (lib/markdown-html.ts: raw HTML escaped,
 * dangerous links dropped, images shown as text), so pages ship HTML, not a Markdown parser.
 */
export function MarkdownHtml({ html }: { html: string }) {
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A live preview while typing: the renderer is loaded only when a preview is asked for. */
export function MarkdownPreview({ text }: { text: string }) {
  const [render, setRender] = useState<((t: string) => string) | null>(null);
  useEffect(() => {
    let live = true;
    void import('@/lib/markdown-html').then((m) => {
      if (live) setRender(() => m.markdownToHtml);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!render) return <p className="text-sm text-slate-500">Rendering the preview…</p>;
  return <MarkdownHtml html={render(text)} />;
}
