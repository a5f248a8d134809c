'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Dialog } from '@/components/ui/dialog';
import { TemplatePicker } from './template-picker';

/**
 * The starter templates, any time (not only from the first-run checklist): a dialog with the
 * same picker, closed once the chosen templates are added.
 */
export function TemplatesButton({ teamId }: { teamId: string }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        data-needs-js=""
        onClick={() => setOpen(true)}
        disabled={!hydrated}
        className="text-brand-700 hover:underline disabled:text-slate-400"
      >
        Templates…
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        size="lg"
        title="Start from a template"
        description="Systems and processes a small business often starts from, added as drafts to edit."
      >
        <TemplatePicker teamId={teamId} canApply onApplied={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
