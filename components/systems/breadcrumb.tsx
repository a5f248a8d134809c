import Link from 'next/link';

/** Business › Marketing › Social media: each crumb zooms back out to that level. */
export function Breadcrumb({
  teamSlug,
  teamName,
  trail,
  current,
}: {
  teamSlug: string;
  teamName: string;
  trail: { id: string; name: string }[];
  /** The last crumb, shown as plain text (the page you are on). */
  current?: string;
}) {
  const items = [
    { href: `/t/${teamSlug}`, name: teamName },
    ...trail.map((s) => ({ href: `/t/${teamSlug}/systems/${s.id}`, name: s.name })),
  ];
  const links = current === undefined ? items.slice(0, -1) : items;
  const here = current ?? items.at(-1)?.name;
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
          {here}
        </li>
      </ol>
    </nav>
  );
}
