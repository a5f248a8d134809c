import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { markdownToHtml } from '@/lib/markdown-html';

export const metadata: Metadata = { title: 'The import format' };

export default async function ImportFormatPage() {
  // Rendered per request like every page, so its scripts carry the request's CSP nonce.
  await connection();
  const text = await readFile(path.join(process.cwd(), 'docs', 'import-format.md'), 'utf8');
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-4 text-sm">
        <Link href="/" className="text-brand-700 underline">
          ← Back to Opslens
        </Link>
      </p>
      <article
        className="space-y-3 text-sm leading-relaxed text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-2xl [&_h1]:font-semibold [&_h2]:mt-8 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_pre]:whitespace-pre-wrap [&_pre]:break-words [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_ul]:list-disc"
        dangerouslySetInnerHTML={{ __html: markdownToHtml(text) }}
      />
    </main>
  );
}
