'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SystemPicker } from '@/components/pickers/system-picker';
import type { ComboOption } from '@/components/ui/combobox';
import { useTRPC } from '@/trpc/client';

type Outcome =
  | {
      ok: true;
      dryRun: boolean;
      counts: { systems: number; processes: number; steps: number; whatIfs: number };
      warnings: { where: string; message: string }[];
    }
  | { ok: false; problems: { where: string; message: string }[] };

/** Checks a file first (every problem listed with where it is), then imports it in one go. */
export function ImportForm({ teamId, teamSlug }: { teamId: string; teamSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [parentChoice, setParentChoice] = useState<ComboOption | null>(null);
  const parent = parentChoice?.id ?? '';
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useMutation(trpc.transfer.import.mutationOptions());

  async function go(dryRun: boolean) {
    if (!file) return;
    try {
      const result = (await run.mutateAsync({
        teamId,
        text: file.text,
        parentSystemId: parent || null,
        dryRun,
      })) as Outcome;
      setOutcome(result);
      if (result.ok && !result.dryRun) {
        toast.success(`Imported ${file.name}.`);
        router.push(parent ? `/t/${teamSlug}/systems/${parent}` : `/t/${teamSlug}`);
        router.refresh();
      }
    } catch (err) {
      setOutcome({ ok: false, problems: [{ where: 'file', message: (err as Error).message }] });
    }
  }

  const counts = outcome?.ok ? outcome.counts : null;
  return (
    <div className="space-y-5">
      <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            Opslens JSON file
          </label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            disabled={!hydrated}
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              setOutcome(null);
              setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
            }}
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
          />
        </div>
        <div className="max-w-md">
          <SystemPicker
            teamId={teamId}
            label="Import under"
            topLabel="The business (top level)"
            value={parentChoice}
            onChange={setParentChoice}
          />
        </div>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            disabled={!file || run.isPending}
            onClick={() => void go(true)}
          >
            Check file
          </Button>
          <Button
            disabled={!file || run.isPending || (outcome !== null && !outcome.ok)}
            onClick={() => void go(false)}
          >
            {run.isPending ? 'Working…' : 'Import'}
          </Button>
        </div>
      </div>

      {outcome && !outcome.ok && (
        <section
          aria-labelledby="problems-heading"
          className="space-y-2 rounded-xl border border-red-200 bg-red-50 p-5"
        >
          <h2 id="problems-heading" className="text-base font-semibold text-red-800">
            {outcome.problems.length === 1 ? '1 problem' : `${outcome.problems.length} problems`}:
            nothing was imported
          </h2>
          <ul className="space-y-1 text-sm text-red-900" aria-label="Import problems">
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <span className="font-medium">{p.where}</span>: {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {counts && (
        <Alert tone="info">
          {outcome?.ok && outcome.dryRun ? 'The file is valid and would add' : 'Imported'}{' '}
          {plural(counts.systems, 'system')}, {plural(counts.processes, 'process', 'processes')},{' '}
          {plural(counts.steps, 'step')} and {plural(counts.whatIfs, 'what-if')}.
        </Alert>
      )}
      {outcome?.ok && outcome.warnings.length > 0 && (
        <ul className="space-y-1 text-sm text-amber-800" aria-label="Import warnings">
          {outcome.warnings.map((w, i) => (
            <li key={i}>
              {w.where}: {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
