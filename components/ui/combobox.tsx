'use client';

import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';

export type ComboOption = { id: string; label: string; detail?: string };

/**
 * A picker that searches on the server as the user types (WAI-ARIA combobox with a listbox):
 * it never needs the whole team's list, only the few matches of what was typed. Arrow keys move
 * through the options, Enter picks, Escape closes; the current choice shows when closed.
 */
export function Combobox<TFnData, TError, TKey extends QueryKey>({
  label,
  selected,
  onSelect,
  queryFor,
  fixedOptions = [],
  placeholder,
  clearLabel,
  className = '',
  compact = false,
  name,
  error,
  variant = 'filter',
}: {
  label: string;
  /** The current value and its label; null when nothing is chosen. */
  selected: ComboOption | null;
  onSelect: (option: ComboOption | null) => void;
  /** Query options that search for `text` (debounced) and return options. */
  queryFor: (text: string) => UseQueryOptions<TFnData, TError, ComboOption[], TKey>;
  /** Options that are always offered first (e.g. "Unassigned"). */
  fixedOptions?: ComboOption[];
  placeholder?: string;
  /** When set, an option to clear the choice (e.g. "All systems"). */
  clearLabel?: string;
  className?: string;
  compact?: boolean;
  /** Submits the chosen id under this name in a plain form (empty when nothing is chosen). */
  name?: string;
  error?: string;
  /** 'filter': a compact control in a row of filters; 'field': a form field. */
  variant?: 'filter' | 'field';
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text), 150);
    return () => clearTimeout(t);
  }, [text]);

  const { data: found = [], isFetching } = useQuery({
    ...queryFor(debounced),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const words = text.trim().toLowerCase();
  const options: (ComboOption & { clear?: boolean })[] = [
    ...(clearLabel ? [{ id: '', label: clearLabel, clear: true }] : []),
    ...fixedOptions.filter((o) => !words || o.label.toLowerCase().includes(words)),
    ...found,
  ];
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));

  const choose = (option: ComboOption & { clear?: boolean }) => {
    onSelect(option.clear ? null : option);
    setOpen(false);
    setText('');
    inputRef.current?.blur();
  };

  const listId = `${id}-list`;
  return (
    <div
      className={`relative ${variant === 'field' ? 'text-sm text-slate-700' : 'text-xs text-slate-600'} font-medium ${className}`}
    >
      <label htmlFor={`${id}-input`} className="block">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-activedescendant={open && options.length > 0 ? `${id}-opt-${activeIndex}` : undefined}
        autoComplete="off"
        value={open ? text : (selected?.label ?? '')}
        placeholder={open ? 'Type to search…' : (placeholder ?? clearLabel ?? '')}
        onFocus={() => {
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && options[activeIndex]) {
            e.preventDefault();
            choose(options[activeIndex]);
          } else if (e.key === 'Escape') {
            setOpen(false);
            setText('');
          }
        }}
        className={`mt-1 block w-full rounded-md border bg-white text-sm font-normal text-slate-800 placeholder:text-slate-500 ${variant === 'field' ? 'px-3 py-2 shadow-sm' : compact ? 'px-2 py-1' : 'px-2 py-1.5'} ${error ? 'border-red-500' : 'border-slate-300'}`}
      />
      {name && <input type="hidden" name={name} value={selected?.id ?? ''} />}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-normal text-red-600">
          {error}
        </p>
      )}
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-72 w-full min-w-56 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm font-normal shadow-lg"
        >
          {options.map((o, i) => (
            <li
              key={o.clear ? 'clear' : o.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-1.5 ${i === activeIndex ? 'bg-brand-50 text-brand-800' : 'text-slate-800'}`}
            >
              <span className={o.clear ? 'italic' : undefined}>{o.label}</span>
              {o.detail && <span className="block text-xs text-slate-500">{o.detail}</span>}
            </li>
          ))}
          {options.length === 0 && (
            <li className="px-3 py-1.5 text-slate-500" role="presentation">
              {isFetching ? 'Searching…' : 'No matches'}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
