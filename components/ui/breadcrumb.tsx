import Link from 'next/link';

/** A trail of links back out, ending in the page you are on (plain text). */
export function Breadcrumb({
  links,
  current,
}: {
  links: { href: string; name: string }[];
  current: string;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-500">
        {links.map((item) => (
          <li key={item.href} className="flex items-center gap-1">
            <Link href={item.href} className="hover:text-brand-700 hover:underline">
              {item.name}
            </Link>
            <span aria-hidden>›</span>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-slate-800">
          {current}
        </li>
      </ol>
    </nav>
  );
}
