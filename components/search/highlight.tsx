import { Fragment } from 'react';
import { splitMarked } from './split-marked';

/** Search text with its matches in <mark>, built from text nodes: nothing in it is markup. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitMarked(text).map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
