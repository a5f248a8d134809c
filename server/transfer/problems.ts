/**
 * Where a problem is and how to say it. A problem carries both the exact JSON path
 * (`systems[0].processes[0].steps[3].minutes`) and the same place in names a person can follow
 * in the file (`Marketing › "Post weekly update" › step 4 "Schedule posts"`), plus a message in
 * the words of the rest of the app (`minutes must be 0 or more`).
 */
import type { z } from 'zod';
import {
  SYSTEM_FIELDS,
  fileSchema,
  frequencySchema,
  processSchema,
  stepSchema,
  whatIfSchema,
} from './format';

export interface ImportProblem {
  /** JSON path into the file, e.g. `systems[1].processes[0].steps[3].minutes`. */
  path: string;
  /** The same place in names, e.g. `Marketing › "Post weekly update" › step 4 "Schedule posts"`. */
  where: string;
  /** Starts with the field when there is one: `minutes must be 0 or more`. */
  message: string;
}

/** One line for a person: `where: message`. */
export function formatProblem(problem: ImportProblem): string {
  return `${problem.where}: ${problem.message}`;
}

export type Key = string | number;
type RawObject = Record<string, unknown>;

export const isObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const arrayAt = (value: unknown, key: string): unknown[] =>
  isObject(value) && Array.isArray(value[key]) ? value[key] : [];
export const trimmedString = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export function jsonPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const NODE_KEYS = new Set(['systems', 'processes', 'steps', 'whatIfs']);

function nodeLabel(kind: string, index: number, node: unknown): string {
  const n = index + 1;
  switch (kind) {
    case 'systems': {
      const name = isObject(node) ? trimmedString(node.name) : null;
      return name ? shorten(name) : `system ${n}`;
    }
    case 'processes': {
      const name = isObject(node) ? trimmedString(node.name) : null;
      return name ? `"${shorten(name)}"` : `process ${n}`;
    }
    case 'steps': {
      const title = isObject(node) ? trimmedString(node.title) : null;
      return title ? `step ${n} "${shorten(title)}"` : `step ${n}`;
    }
    default:
      return `what-if ${n}`;
  }
}

/** Splits a path into the named nodes it passes through and the field left at the end. */
export function describe(raw: unknown, path: readonly Key[]): { where: string; field: string } {
  const nodes: string[] = [];
  let cursor: unknown = raw;
  let i = 0;
  while (i + 1 < path.length) {
    const key = path[i];
    const index = path[i + 1];
    if (typeof key !== 'string' || !NODE_KEYS.has(key) || typeof index !== 'number') break;
    const node = arrayAt(cursor, key)[index];
    nodes.push(nodeLabel(key, index, node));
    cursor = node;
    i += 2;
  }
  return { where: nodes.length > 0 ? nodes.join(' › ') : 'file', field: jsonPath(path.slice(i)) };
}

/** A problem with the keys of its place, so problems can be put in the order of the document. */
export type LocatedProblem = ImportProblem & { keys: readonly Key[] };

export function problemAt(raw: unknown, path: readonly Key[], message: string): LocatedProblem {
  const { where, field } = describe(raw, path);
  return {
    path: jsonPath(path) || '(file)',
    where,
    message: field ? `${field} ${message}` : message,
    keys: path,
  };
}

/**
 * Document order: array items by index, an object's fields in the order the file writes them
 * (fields that are missing go last), a whole object before anything inside it.
 */
function compareInDocument(raw: unknown, a: readonly Key[], b: readonly Key[]): number {
  let cursor: unknown = raw;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      const keys = isObject(cursor) ? Object.keys(cursor) : [];
      const rank = (k: Key) => {
        const r = keys.indexOf(String(k));
        return r === -1 ? keys.length : r;
      };
      return rank(x) - rank(y) || (String(x) < String(y) ? -1 : 1);
    }
    if (typeof x === 'number') cursor = Array.isArray(cursor) ? cursor[x] : undefined;
    else cursor = isObject(cursor) ? cursor[x] : undefined;
  }
  return a.length - b.length;
}

/** Sorts problems into the order a person reads the file, and drops the sorting keys. */
export function inDocumentOrder(raw: unknown, problems: LocatedProblem[]): ImportProblem[] {
  return [...problems]
    .sort((p, q) => compareInDocument(raw, p.keys, q.keys))
    .map(({ keys: _keys, ...problem }) => problem);
}

// Messages for zod's issues, in the words of the rest of the app.

export const fmt = (n: number) => n.toLocaleString('en-US');

const TYPE_NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const noun = TYPE_NOUNS[issue.expected] ?? issue.expected;
      return issue.input === null ? `must be ${noun}, not null` : `must be ${noun}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? 'must not be empty' : `must be at least ${fmt(min)} characters`;
      if (issue.origin === 'array')
        return `must have at least ${fmt(min)} ${min === 1 ? 'entry' : 'entries'}`;
      return issue.inclusive ? `must be ${fmt(min)} or more` : `must be more than ${fmt(min)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const length = (issue.input as { length?: number } | undefined)?.length;
      const has = length === undefined ? '' : ` (it has ${fmt(length)})`;
      if (issue.origin === 'string') return `must be at most ${fmt(max)} characters${has}`;
      if (issue.origin === 'array') return `must have at most ${fmt(max)} entries${has}`;
      return issue.inclusive ? `must be at most ${fmt(max)}` : `must be less than ${fmt(max)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options))
        return `must be one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`;
      return undefined;
    case 'invalid_format':
      if (issue.format === 'email') return 'must be an email address';
      if (issue.format === 'datetime')
        return 'must be an ISO date and time, like 2025-01-31T09:00:00Z';
      return undefined;
    default:
      return undefined;
  }
}

// Field names per object, to point at the likely one when a field is unknown.
const FIELDS: Record<string, readonly string[]> = {
  file: Object.keys(fileSchema.shape),
  systems: SYSTEM_FIELDS,
  processes: Object.keys(processSchema.shape),
  frequency: [...new Set(frequencySchema.options.flatMap((o) => Object.keys(o.shape)))],
  steps: Object.keys(stepSchema.shape),
  whatIfs: Object.keys(whatIfSchema.shape),
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function unknownFieldMessage(key: string, objectPath: readonly Key[]): string {
  const last = objectPath.at(-1);
  const owner =
    objectPath.length === 0
      ? 'file'
      : typeof last === 'number'
        ? String(objectPath.at(-2))
        : String(last);
  const known = FIELDS[owner] ?? [];
  if (owner === 'frequency' && key === 'count')
    return 'is not used with "on_demand": give runsPerYear instead';
  if (owner === 'frequency' && key === 'runsPerYear')
    return 'is only used with "on_demand": give count for day, week, month, quarter or year';
  if (known.includes(key)) return 'is not allowed here';
  const near = known.find((name) => editDistance(name.toLowerCase(), key.toLowerCase()) <= 2);
  return near ? `is not a known field: did you mean "${near}"?` : 'is not a known field';
}

export function zodProblems(raw: unknown, error: z.ZodError): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path as Key[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push(problemAt(raw, [...path, key], unknownFieldMessage(key, path)));
    } else {
      problems.push(problemAt(raw, path, issue.message));
    }
  }
  return problems;
}
