/** Small statistics and printing for the benchmark: medians and ranges, never single runs. */

export type Sample = { median: number; min: number; max: number; runs: number };

export function summarize(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the milliseconds. */
export async function measure(
  fn: () => unknown,
  { warmup = 2, runs = 7, before }: { warmup?: number; runs?: number; before?: () => unknown } = {},
): Promise<Sample> {
  for (let i = 0; i < warmup; i++) {
    await before?.();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

export const ms = (s: Sample) =>
  `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.runs})`;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function table(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${'-'.repeat(title.length)}`);
  console.log(line(cells[0]!));
  for (const r of cells.slice(1)) console.log(line(r));
}
