'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { FindingCard, type FindingActions } from './finding-card';
import type { ReportFindingData } from './types';
import { EmptyState } from '@/components/ui/empty-state';

const ESTIMATED_CARD_HEIGHT = 190;
// Up to this many cards are plain DOM (find-in-page works, nothing to measure); past it only the
// cards near the viewport are rendered.
const VIRTUAL_FROM = 150;

/**
 * The findings, a page at a time: the next page loads as the end of the list comes into view, and
 * a button does the same for keyboards and screen readers. Once the list is long, only the cards
 * near the viewport are in the DOM, so thousands stay fast. Printing renders every loaded card.
 */
export function FindingsList({
  items,
  total,
  teamSlug,
  currency,
  canReview,
  emptyText,
  hasMore,
  loadingMore,
  loadMore,
  busy,
  ...actions
}: {
  items: ReportFindingData[];
  total: number;
  teamSlug: string;
  currency: string;
  canReview: boolean;
  emptyText: string;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  busy: boolean;
} & FindingActions) {
  const listRef = useRef<HTMLOListElement>(null);
  const [offset, setOffset] = useState(0);
  const [printing, setPrinting] = useState(false);
  const virtualize = items.length > VIRTUAL_FROM && !printing;
  // Where the list starts on the page, for the virtualizer only (a short list never re-renders).
  useLayoutEffect(() => {
    if (virtualize) setOffset(listRef.current?.offsetTop ?? 0);
  }, [virtualize, items.length]);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: virtualize ? items.length : 0,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    overscan: 4,
    scrollMargin: offset,
  });
  const virtual = virtualizer.getVirtualItems();

  // The next page loads when the end of the list is near the viewport.
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const end = endRef.current;
    if (!end || !hasMore || loadingMore) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadMore();
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [hasMore, loadingMore, loadMore, items.length]);

  if (items.length === 0) {
    return <EmptyState title="No findings to show">{emptyText}</EmptyState>;
  }
  const card = (f: ReportFindingData, index: number) => (
    <FindingCard
      finding={f}
      rank={index + 1}
      teamSlug={teamSlug}
      currency={currency}
      canReview={canReview}
      busy={busy}
      {...actions}
    />
  );
  return (
    <div>
      {!virtualize ? (
        <ol ref={listRef} className="space-y-3" aria-label="Findings">
          {items.map((f, i) => (
            <li key={f.stepId} className="print:break-inside-avoid">
              {card(f, i)}
            </li>
          ))}
        </ol>
      ) : (
        <ol
          ref={listRef}
          aria-label="Findings"
          className="relative"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtual.map((row) => (
            <li
              key={items[row.index]!.stepId}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="absolute left-0 top-0 w-full pb-3"
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            >
              {card(items[row.index]!, row.index)}
            </li>
          ))}
        </ol>
      )}
      <div
        ref={endRef}
        className="flex items-center justify-center gap-3 py-2 text-sm text-slate-600 print:hidden"
      >
        <span aria-live="polite">
          {items.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} shown
        </span>
        {hasMore && (
          <Button
            variant="secondary"
            className="px-3 py-1"
            onClick={loadMore}
            disabled={loadingMore}
          >
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </div>
    </div>
  );
}
