/**
 * Validates a whole import file before anything is written, and reports every problem at once
 * with a location a person can follow in the file:
 *   `Marketing › Social media › "Post weekly update" › step 4 "Schedule posts"` + `minutes must be 0 or more`
 * alongside the exact JSON path (`systems[0].systems[0].processes[0].steps[3].minutes`).
 *
 * Order of checks: is it an Opslens file at all (format, version) → size limits (so a huge file
 * is refused before it is walked in detail) → shape and values (zod) → links between processes.
 * Unknown people are not errors: their steps and processes become unassigned, with a warning.
 */
import {
  LIMITS,
  fileSchema,
  type ParsedFile,
  type ParsedProcess,
  type ParsedStep,
  type ParsedSystem,
} from './format';
import {
  describe,
  issueMessage,
  jsonPath,
  inDocumentOrder,
  zodProblems,
  type ImportProblem,
  type Key,
} from './problems';
import { checkLinks, envelopeProblems, sizeProblems, whatIfKey } from './raw-checks';

export { formatProblem, type ImportProblem } from './problems';
export type ImportWarning = ImportProblem;

export interface ImportCounts {
  systems: number;
  processes: number;
  steps: number;
  whatIfs: number;
}

export interface PlanWhatIf {
  condition: string;
  action: string;
  /** `index` of the linked process in the plan (pre-order: a system's processes, then its subsystems'). */
  linkedProcessIndex: number | null;
}

export type PlanStep = Omit<ParsedStep, 'performer' | 'whatIfs'> & {
  /** Normalised email of a member of the team, or null (unassigned). */
  performerEmail: string | null;
  whatIfs: PlanWhatIf[];
};

export type PlanProcess = Omit<ParsedProcess, 'ref' | 'owner' | 'steps'> & {
  index: number;
  ownerEmail: string | null;
  steps: PlanStep[];
};

export interface PlanSystem {
  name: string;
  description: string;
  ownerEmail: string | null;
  systems: PlanSystem[];
  processes: PlanProcess[];
}

/** A valid file, normalised: defaults filled in, links resolved, unknown people unassigned. */
export interface ImportPlan {
  systems: PlanSystem[];
  counts: ImportCounts;
}

export type ValidationResult =
  | { ok: true; plan: ImportPlan; warnings: ImportWarning[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * Parses the text of an uploaded or read file. A file too big to import or a syntax error
 * becomes one problem, with the line and column an editor shows.
 */
export function parseImportText(
  text: string,
): { ok: true; json: unknown } | { ok: false; problems: ImportProblem[] } {
  if (text.length > LIMITS.fileBytes) {
    const limit = `${LIMITS.fileBytes / 1024 / 1024} MB`;
    const message = `is over ${limit}, the most that can be imported at once: split it`;
    return { ok: false, problems: [{ path: '(file)', where: 'file', message }] };
  }
  try {
    // A byte-order mark is what some editors on Windows start a UTF-8 file with.
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    const reason = (err as Error).message;
    const at = /position (\d+)/.exec(reason);
    let place = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      place = ` at line ${line}, column ${column}`;
    }
    return {
      ok: false,
      problems: [
        { path: '(file)', where: 'file', message: `is not valid JSON${place} (${reason})` },
      ],
    };
  }
}

/**
 * Checks a parsed JSON document against the format and the target team's members. Pure: the
 * caller reads the members' emails; nothing here touches the database.
 */
export function validateImport(
  json: unknown,
  { memberEmails }: { memberEmails: Iterable<string> },
): ValidationResult {
  const envelope = envelopeProblems(json);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const size = sizeProblems(json);
  if (size.length > 0) return { ok: false, problems: inDocumentOrder(json, size) };

  const parsed = fileSchema.safeParse(json, {
    error: (issue) => issueMessage(issue),
  });
  const links = checkLinks(json);
  const located = [...(parsed.success ? [] : zodProblems(json, parsed.error)), ...links.problems];
  if (!parsed.success || located.length > 0)
    return { ok: false, problems: inDocumentOrder(json, located) };

  const members = new Set<string>();
  for (const email of memberEmails) members.add(normalize(email));
  return buildPlan(json, parsed.data, members, links.targets);
}

// Same rule as users.emailNormalized: trimmed and lower-cased.
const normalize = (email: string) => email.trim().toLowerCase();

interface Unknown {
  first: Key[];
  steps: number;
  processes: number;
  systems: number;
}

function buildPlan(
  raw: unknown,
  file: ParsedFile,
  members: ReadonlySet<string>,
  targets: ReadonlyMap<string, number>,
): ValidationResult {
  const unknown = new Map<string, Unknown>();
  const counts: ImportCounts = { systems: 0, processes: 0, steps: 0, whatIfs: 0 };

  const person = (
    email: string | null,
    path: Key[],
    kind: 'steps' | 'processes' | 'systems',
  ): string | null => {
    if (email === null) return null;
    const normalized = normalize(email);
    if (members.has(normalized)) return normalized;
    const entry = unknown.get(normalized) ?? { first: path, steps: 0, processes: 0, systems: 0 };
    entry[kind] += 1;
    unknown.set(normalized, entry);
    return null;
  };

  const planProcess = (process: ParsedProcess, path: Key[]): PlanProcess => {
    const index = counts.processes++;
    const { ref: _ref, owner, steps, ...fields } = process;
    return {
      ...fields,
      index,
      ownerEmail: person(owner, [...path, 'owner'], 'processes'),
      steps: steps.map((step, s) => {
        counts.steps += 1;
        counts.whatIfs += step.whatIfs.length;
        const { performer, whatIfs, ...stepFields } = step;
        return {
          ...stepFields,
          performerEmail: person(performer, [...path, 'steps', s, 'performer'], 'steps'),
          whatIfs: whatIfs.map((w, i) => ({
            condition: w.condition,
            action: w.action,
            linkedProcessIndex: targets.get(whatIfKey(index, s, i)) ?? null,
          })),
        };
      }),
    };
  };

  // Same pre-order as walkRaw: a system's processes, then its subsystems.
  const planSystem = (system: ParsedSystem, path: Key[]): PlanSystem => {
    counts.systems += 1;
    const ownerEmail = person(system.owner, [...path, 'owner'], 'systems');
    const processes = system.processes.map((p, i) => planProcess(p, [...path, 'processes', i]));
    return {
      name: system.name,
      description: system.description,
      ownerEmail,
      processes,
      systems: system.systems.map((s, i) => planSystem(s, [...path, 'systems', i])),
    };
  };

  const systems = file.systems.map((s, i) => planSystem(s, ['systems', i]));
  const warnings: ImportWarning[] = [...unknown.entries()].map(([email, entry]) => {
    const { where, field } = describe(raw, entry.first);
    const parts = [
      entry.steps && `${entry.steps} ${entry.steps === 1 ? 'step' : 'steps'}`,
      entry.processes && `${entry.processes} ${entry.processes === 1 ? 'process' : 'processes'}`,
      entry.systems && `${entry.systems} ${entry.systems === 1 ? 'system' : 'systems'}`,
    ].filter(Boolean);
    return {
      path: jsonPath(entry.first),
      where,
      message: `${field} ${email} is not a member of this team: ${joinWords(parts as string[])} will be unassigned`,
    };
  });
  return { ok: true, plan: { systems, counts }, warnings };
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
