'use client';

import { useQueryStates } from 'nuqs';
import { buttonClass } from '@/components/ui/button';
import { reportParsers, reportViewHref } from './url-state';

/** Downloads carry the view in the URL: what you filtered is what you get (all of it). */
export function DownloadLinks({ base }: { base: string }) {
  const [view] = useQueryStates(reportParsers);
  const href = (ext: 'csv' | 'json') =>
    reportViewHref(`${base}/export.${ext}`, { ...view, q: view.q || null });
  return (
    <>
      <a href={href('csv')} className={buttonClass('secondary')} download>
        Download CSV
      </a>
      <a href={href('json')} className={buttonClass('secondary')} download>
        JSON
      </a>
    </>
  );
}
