'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `also`: other path prefixes that belong to this section (a system or process is part of the business). */
export type NavItem = {
  href: string;
  label: string;
  exact?: boolean;
  also?: string[];
  /** A number to show beside the label (e.g. open assignments); hidden when 0. */
  count?: number;
};

/** Whether the current path is in this section. */
export function isActive(item: NavItem, pathname: string): boolean {
  return (
    (item.exact ? pathname === item.href : pathname.startsWith(item.href)) ||
    (item.also ?? []).some((prefix) => pathname.startsWith(prefix))
  );
}

/** The team's sections: a row on wide screens, a column inside the header menu on phones. */
export function TeamNav({
  items,
  vertical = false,
  label = 'Team',
}: {
  items: NavItem[];
  vertical?: boolean;
  label?: string;
}) {
  const pathname = usePathname();
  return (
    <nav
      aria-label={label}
      className={`flex gap-1 text-sm ${vertical ? 'flex-col' : 'items-center overflow-x-auto'}`}
    >
      {items.map((item) => {
        const active = isActive(item, pathname);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 ${
              active
                ? 'bg-brand-50 font-medium text-brand-700'
                : 'text-slate-600 hover:bg-slate-100'
            }`}
          >
            {item.label}
            {item.count ? (
              <span className="ml-1.5 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">
                {item.count}
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
