import ReactMarkdown from 'react-markdown';

/**
 * Step details as Markdown. react-markdown builds React elements and does not render raw HTML,
 * so a <script> or an onerror attribute in the text is shown as text, never run. Links open
 * safely; javascript: URLs are dropped by its default URL transform.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-sm space-y-2 text-sm leading-relaxed text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown
        components={{
          // Images from any address would let one member track when teammates open a step.
          img: ({ alt }) => <span>{alt ? `[image: ${alt}]` : '[image]'}</span>,
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
