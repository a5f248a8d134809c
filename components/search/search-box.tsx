'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResult } from '@/server/queries/search';
import { useTRPC } from '@/trpc/client';
import { Highlighted } from './highlight';
import { hasMark, unmarked } from './split-marked';

const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

const TYPE_LABELS: Record<SearchResult['type'], string> = {
  system: 'System',
  process: 'Process',
  step: 'Step',
};

const TYPE_STYLES: Record<SearchResult['type'], string> = {
  system: 'bg-brand-50 text-brand-700',
  process: 'bg-emerald-50 text-emerald-700',
  step: 'bg-slate-100 text-slate-600',
};

function resultHref(teamSlug: string, target: SearchResult['target']): string {
  const section = target.kind === 'system' ? 'systems' : 'processes';
  const path = `/t/${teamSlug}/${section}/${encodeURIComponent(target.id)}`;
  return target.anchor ? `${path}#${target.anchor}` : path;
}

const keyOf = (r: SearchResult) => `${r.type}:${r.id}`;

/** The body snippet is worth a line when the match is in it, or when the title did not match. */
function snippetWorthShowing(r: SearchResult): boolean {
  const plain = unmarked(r.snippet).trim();
  if (plain === '' || plain === unmarked(r.title).trim()) return false;
  return hasMark(r.snippet) || !hasMark(r.title);
}

/** Typing in a field (or in a modal) must not be hijacked by the "/" shortcut. */
function shortcutBlocked(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return true;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || t.closest('input, textarea, select')))
    return true;
  return document.querySelector('dialog[open]') !== null;
}

/** Team-wide search in the header: a combobox whose listbox opens the system, process or step. */
export function SearchBox({ teamId, teamSlug }: { teamId: string; teamSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  // The active option is remembered by result, not index, so new results never point at a stranger.
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const typed = text.trim();
  useEffect(() => {
    const timer = setTimeout(() => setTerm(typed), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || shortcutBlocked(e)) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const enabled = term.length >= MIN_CHARS;
  const query = useQuery(
    trpc.search.query.queryOptions(
      { teamId, q: term },
      { enabled, placeholderData: keepPreviousData },
    ),
  );

  const showing = open && typed.length >= MIN_CHARS;
  const results = showing && enabled ? (query.data ?? []) : [];
  const activeIndex = activeKey === null ? -1 : results.findIndex((r) => keyOf(r) === activeKey);
  const settled = term === typed && !query.isPlaceholderData;
  let status = '';
  if (showing) {
    if (results.length > 0)
      status = `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
    else if (settled && query.isError) status = 'Search failed. Try again.';
    else if (settled && query.isSuccess) status = `No matches for “${typed}”`;
    else status = 'Searching…';
  }

  const openResult = (r: SearchResult) => {
    setOpen(false);
    setActiveKey(null);
    router.push(resultHref(teamSlug, r.target));
  };

  const move = (delta: 1 | -1) => {
    const next =
      activeIndex === -1
        ? delta === 1
          ? 0
          : results.length - 1
        : (activeIndex + delta + results.length) % results.length;
    const r = results[next];
    if (!r) return;
    setActiveKey(keyOf(r));
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        else move(e.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        // With nothing picked, Enter opens the top hit, but not a stale one from earlier typing.
        const r = activeIndex !== -1 ? results[activeIndex] : settled ? results[0] : undefined;
        if (r) {
          e.preventDefault();
          openResult(r);
        }
        break;
      }
      case 'Escape':
        // First Escape closes the results; a second one clears the box.
        e.preventDefault();
        if (showing) {
          setOpen(false);
          setActiveKey(null);
        } else {
          setText('');
        }
        break;
    }
  };

  return (
    <div ref={rootRef} role="search" className="relative w-full max-w-xs">
      <label htmlFor={inputId} className="sr-only">
        Search systems, processes and steps
      </label>
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400"
      >
        <path
          fillRule="evenodd"
          d="M9 3.5a5.5 5.5 0 1 0 3.4 9.83l3.63 3.64a1 1 0 0 0 1.42-1.42l-3.64-3.63A5.5 5.5 0 0 0 9 3.5ZM5.5 9a3.5 3.5 0 1 1 7 0 3.5 3.5 0 0 1-7 0Z"
          clipRule="evenodd"
        />
      </svg>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex === -1 ? undefined : optionId(activeIndex)}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
        placeholder="Search…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActiveKey(null);
        }}
        onFocus={() => setOpen(true)}
        // Covers both a click outside and tabbing away; clicks on the results keep the focus here.
        onBlur={(e) => {
          if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        className="block w-full rounded-md border border-slate-300 bg-white py-1.5 pl-8 pr-8 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
      />
      {text === '' && (
        <kbd
          aria-hidden
          className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-200 px-1.5 font-sans text-xs text-slate-400 sm:block"
        >
          /
        </kbd>
      )}

      <p role="status" className="sr-only">
        {status}
      </p>
      <div
        hidden={!showing}
        onMouseDown={(e) => e.preventDefault()}
        className="absolute right-0 z-30 mt-1 w-[28rem] max-w-[calc(100vw-2rem)] overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg"
      >
        {results.length === 0 && (
          <p aria-hidden className="px-3 py-2 text-sm text-slate-500">
            {status}
          </p>
        )}
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Search results"
          aria-busy={query.isPlaceholderData || undefined}
          hidden={results.length === 0}
          className={`max-h-96 overflow-y-auto py-1 ${query.isPlaceholderData ? 'opacity-70' : ''}`}
        >
          {results.map((r, i) => (
            <li
              key={keyOf(r)}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              onMouseMove={() => {
                if (i !== activeIndex) setActiveKey(keyOf(r));
              }}
              onClick={() => openResult(r)}
              className={`flex cursor-pointer items-start gap-3 px-3 py-2 ${
                i === activeIndex ? 'bg-slate-100' : ''
              }`}
            >
              <span
                className={`mt-0.5 w-16 flex-none rounded px-1.5 py-0.5 text-center text-[11px] font-medium uppercase tracking-wide ${TYPE_STYLES[r.type]}`}
              >
                {TYPE_LABELS[r.type]}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-slate-800">
                  <Highlighted text={r.title} />
                </span>
                {r.context && (
                  <span className="block truncate text-xs text-slate-500">in {r.context}</span>
                )}
                {snippetWorthShowing(r) && (
                  <span className="mt-0.5 line-clamp-2 text-xs text-slate-600">
                    <Highlighted text={r.snippet} />
                  </span>
                )}
              </span>
              {r.archived && <span className="flex-none text-xs text-slate-400">archived</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
