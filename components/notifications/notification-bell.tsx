'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Popover } from '@/components/ui/popover';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { formatDate, formatDateTime } from '@/lib/format';
import { useTRPC } from '@/trpc/client';

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. */
function relativeTime(date: Date, now: number): string {
  const minutes = Math.floor((now - date.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return formatDate(date);
}

/**
 * The header bell: unread count, polled every minute, and a panel of recent notifications. The
 * count is prefetched by the team layout and read here from the hydrated cache.
 */
export function NotificationBell({ teamId, teamSlug }: { teamId: string; teamSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // Taken when the panel opens, so rendering stays pure and the times agree with each other.
  const [openedAt, setOpenedAt] = useState(0);

  const unread = useQuery(
    trpc.notification.unreadCount.queryOptions({ teamId }, { refetchInterval: 60_000 }),
  );
  const list = useQuery(
    trpc.notification.list.queryOptions({ teamId }, { enabled: open, staleTime: 0 }),
  );
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions());
  const count = unread.data ?? 0;

  function onOpenChange(next: boolean) {
    if (next) {
      setOpenedAt(Date.now());
      void unread.refetch();
    }
    setOpen(next);
  }

  async function markAllRead() {
    try {
      await markAll.mutateAsync({ teamId });
      // Overdue reminders are worked out from open assignments and cannot be marked read: they
      // stay until the work is done, so they are all the count keeps.
      const overdue = (list.data ?? []).filter((n) => n.kind === 'assignment.overdue').length;
      queryClient.setQueryData(trpc.notification.unreadCount.queryKey({ teamId }), overdue);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey({ teamId }) }),
        queryClient.invalidateQueries({
          queryKey: trpc.notification.unreadCount.queryKey({ teamId }),
        }),
      ]);
    } catch (err) {
      toast.error(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    }
  }

  const items = list.data ?? [];
  const anyUnread = items.some((n) => !n.read && n.kind !== 'assignment.overdue');

  return (
    <Popover
      label="Notifications"
      open={open}
      onOpenChange={onOpenChange}
      align="end"
      className="w-80 max-w-[calc(100vw-1rem)]"
      trigger={
        <button
          data-needs-js=""
          type="button"
          aria-label={`Notifications, ${count} unread`}
          className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          <svg
            aria-hidden
            viewBox="0 0 24 24"
            className="h-5 w-5"
            fill="none"
            stroke="currentColor"
            strokeWidth={1.8}
          >
            <path
              strokeLinecap="round"
              strokeLinejoin="round"
              d="M14.86 17.08a23.85 23.85 0 0 0 5.45-1.31A8.97 8.97 0 0 1 18 9.75V9a6 6 0 1 0-12 0v.75a8.97 8.97 0 0 1-2.31 6.02c1.73.64 3.56 1.08 5.45 1.31m5.72 0a24.26 24.26 0 0 1-5.72 0m5.72 0a3 3 0 1 1-5.72 0"
            />
          </svg>
          {count > 0 && (
            <span
              aria-hidden
              data-testid="unread-badge"
              className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white"
            >
              {count > 99 ? '99+' : count}
            </span>
          )}
        </button>
      }
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
        <h2 className="text-sm font-semibold">Notifications</h2>
        <button
          data-needs-js=""
          type="button"
          onClick={() => void markAllRead()}
          disabled={!anyUnread || markAll.isPending}
          className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-transparent"
        >
          Mark all read
        </button>
      </div>
      {list.isPending ? (
        <div role="status" aria-label="Loading notifications" className="space-y-2 px-3 py-3">
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      ) : list.isError ? (
        <p role="alert" className="px-3 py-4 text-sm text-red-700">
          Could not load notifications. Try again.
        </p>
      ) : items.length === 0 ? (
        <p className="px-3 py-4 text-sm text-slate-500">Nothing new.</p>
      ) : (
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
          {items.map((n) => {
            // Overdue reminders carry no link of their own; the work is in My assignments.
            const href = n.href
              ? `/t/${teamSlug}${n.href}`
              : n.kind === 'assignment.overdue'
                ? `/t/${teamSlug}/assignments`
                : null;
            const body = (
              <>
                <span className="flex items-start gap-2">
                  <span
                    aria-hidden
                    className={`mt-1.5 h-2 w-2 flex-none rounded-full ${
                      n.read
                        ? 'bg-transparent'
                        : n.kind === 'assignment.overdue'
                          ? 'bg-red-600'
                          : 'bg-brand-600'
                    }`}
                  />
                  <span className="min-w-0">
                    {!n.read && <span className="sr-only">Unread: </span>}
                    <span className={n.read ? 'text-slate-600' : 'text-slate-900'}>
                      {n.message}
                    </span>
                    {n.kind !== 'assignment.overdue' && (
                      <time
                        dateTime={n.createdAt.toISOString()}
                        title={formatDateTime(n.createdAt)}
                        className="block text-xs text-slate-500"
                      >
                        {relativeTime(n.createdAt, openedAt)}
                      </time>
                    )}
                  </span>
                </span>
              </>
            );
            return (
              <li key={n.id} data-testid="notification" data-read={n.read ? 'true' : 'false'}>
                {href ? (
                  <Link
                    href={href}
                    onClick={() => setOpen(false)}
                    className="block px-3 py-2 text-sm hover:bg-slate-50"
                  >
                    {body}
                  </Link>
                ) : (
                  <div className="px-3 py-2 text-sm">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="border-t border-slate-100 px-3 py-2">
        <Link
          href={`/t/${teamSlug}/assignments`}
          onClick={() => setOpen(false)}
          className="text-sm text-brand-700 hover:underline"
        >
          My assignments
        </Link>
      </div>
    </Popover>
  );
}
