import type { TdHTMLAttributes, ThHTMLAttributes } from 'react';

/**
 * A data table in a bordered card that scrolls sideways inside itself on a narrow screen, so
 * the page never does. Compose with THead/TBody/Th/Td; numbers go right-aligned (`numeric`).
 */
export function Table({
  label,
  footer,
  children,
}: {
  /** The table's accessible name (a caption only screen readers see). */
  label?: string;
  /** A note under the table, e.g. how many rows are shown of how many. */
  footer?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="relative min-w-0 overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        {label && <caption className="sr-only">{label}</caption>}
        {children}
      </table>
      {footer && (
        <div className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">{footer}</div>
      )}
    </div>
  );
}

export function THead({ children }: { children: React.ReactNode }) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
      <tr>{children}</tr>
    </thead>
  );
}

export function TBody({ children }: { children: React.ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}

export function Th({
  numeric,
  className = '',
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return (
    <th
      scope="col"
      className={`px-4 py-2 font-medium ${numeric ? 'text-right' : ''} ${className}`}
      {...props}
    />
  );
}

export function Td({
  numeric,
  className = '',
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return (
    <td
      className={`px-4 py-2 ${numeric ? 'text-right tabular-nums' : ''} ${className}`}
      {...props}
    />
  );
}
