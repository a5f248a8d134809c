import { Breadcrumb } from '@/components/ui/breadcrumb';

/** Business › Marketing › Social media: each crumb zooms back out to that level. */
export function SystemBreadcrumb({
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
  return current === undefined ? (
    <Breadcrumb links={items.slice(0, -1)} current={items.at(-1)?.name ?? teamName} />
  ) : (
    <Breadcrumb links={items} current={current} />
  );
}
