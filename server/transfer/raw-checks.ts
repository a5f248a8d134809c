/**
 * Checks made on the document as parsed from JSON, before and beside the zod schema: is it an
 * Opslens file at all, is it within the size limits, and do its what-ifs link to processes that
 * exist. They tolerate any shape (zod reports shape problems), so they run even on a file with
 * other problems and every problem is reported in one pass.
 */
import { FORMAT_NAME, FORMAT_VERSION, LIMITS } from './format';
import {
  arrayAt,
  describe,
  fmt,
  isObject,
  problemAt,
  shorten,
  trimmedString,
  type ImportProblem,
  type Key,
  type LocatedProblem,
} from './problems';

interface RawProcessRef {
  index: number;
  node: unknown;
  path: Key[];
  name: string | null;
  ref: string | null;
}

/** Visits processes in pre-order: a system's own processes, then its subsystems'. */
function walkRaw(
  raw: unknown,
  visit: {
    system?: (node: unknown, path: Key[], depth: number) => boolean;
    process?: (node: unknown, path: Key[]) => void;
  },
) {
  const walkSystem = (node: unknown, path: Key[], depth: number) => {
    if (visit.system && !visit.system(node, path, depth)) return;
    arrayAt(node, 'processes').forEach((p, i) => visit.process?.(p, [...path, 'processes', i]));
    arrayAt(node, 'systems').forEach((s, i) => walkSystem(s, [...path, 'systems', i], depth + 1));
  };
  arrayAt(raw, 'systems').forEach((s, i) => walkSystem(s, ['systems', i], 1));
}

export function sizeProblems(raw: unknown): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  let systems = 0;
  let processes = 0;
  let steps = 0;
  let tooDeep = false;
  walkRaw(raw, {
    system: (_node, path, depth) => {
      if (depth > LIMITS.systemDepth) {
        if (!tooDeep)
          problems.push(
            problemAt(
              raw,
              path,
              `is nested more than ${LIMITS.systemDepth} systems deep: flatten the tree`,
            ),
          );
        tooDeep = true;
        return false;
      }
      systems += 1;
      return true;
    },
    process: (node) => {
      processes += 1;
      steps += arrayAt(node, 'steps').length;
    },
  });
  const over = (count: number, max: number, noun: string) => {
    if (count > max)
      problems.push({
        path: 'systems',
        where: 'file',
        message: `has ${fmt(count)} ${noun}; at most ${fmt(max)} can be imported at once: split the file`,
        keys: ['systems'],
      });
  };
  over(systems, LIMITS.systems, 'systems');
  over(processes, LIMITS.processes, 'processes');
  over(steps, LIMITS.steps, 'steps');
  return problems;
}

export interface LinkCheck {
  problems: LocatedProblem[];
  /** "processIndex/stepIndex/whatIfIndex" → linked process index, for valid links. */
  targets: Map<string, number>;
}

export const whatIfKey = (processIndex: number, stepIndex: number, whatIfIndex: number) =>
  `${processIndex}/${stepIndex}/${whatIfIndex}`;

export function checkLinks(raw: unknown): LinkCheck {
  const problems: LocatedProblem[] = [];
  const all: RawProcessRef[] = [];
  walkRaw(raw, {
    process: (node, path) => {
      const ref = isObject(node) ? trimmedString(node.ref) : null;
      const name = isObject(node) ? trimmedString(node.name) : null;
      all.push({ index: all.length, node, path, name, ref });
    },
  });

  const byRef = new Map<string, RawProcessRef>();
  const byName = new Map<string, RawProcessRef[]>();
  for (const p of all) {
    if (p.ref !== null) {
      const first = byRef.get(p.ref);
      if (first)
        problems.push(
          problemAt(
            raw,
            [...p.path, 'ref'],
            `"${p.ref}" is already the ref of ${describe(raw, first.path).where}: refs must be unique in the file`,
          ),
        );
      else byRef.set(p.ref, p);
    }
    if (p.name !== null) {
      const list = byName.get(p.name);
      if (list) list.push(p);
      else byName.set(p.name, [p]);
    }
  }

  const targets = new Map<string, number>();
  for (const p of all) {
    arrayAt(p.node, 'steps').forEach((stepNode, s) => {
      arrayAt(stepNode, 'whatIfs').forEach((whatIf, w) => {
        if (!isObject(whatIf)) return;
        const path = [...p.path, 'steps', s, 'whatIfs', w];
        const byNameValue = trimmedString(whatIf.linkedProcess);
        const byRefValue = trimmedString(whatIf.linkedProcessRef);
        if (byNameValue !== null && byRefValue !== null) {
          problems.push(
            problemAt(raw, path, 'has both linkedProcess and linkedProcessRef: keep one'),
          );
          return;
        }
        if (byRefValue !== null) {
          const target = byRef.get(byRefValue);
          if (target) targets.set(whatIfKey(p.index, s, w), target.index);
          else
            problems.push(
              problemAt(
                raw,
                [...path, 'linkedProcessRef'],
                `"${shorten(byRefValue)}" is the ref of no process in this file`,
              ),
            );
          return;
        }
        if (byNameValue === null) return;
        const matches = byName.get(byNameValue) ?? [];
        if (matches.length === 1) {
          targets.set(whatIfKey(p.index, s, w), matches[0]!.index);
          return;
        }
        const field = [...path, 'linkedProcess'];
        if (matches.length > 1) {
          problems.push(
            problemAt(
              raw,
              field,
              `"${shorten(byNameValue)}" is ambiguous: ${matches.length} processes in this file have that name. ` +
                'Give the one you mean a "ref" and link to it with "linkedProcessRef"',
            ),
          );
          return;
        }
        const lower = byNameValue.toLowerCase();
        const near = [...byName.keys()].find((name) => name.toLowerCase() === lower);
        problems.push(
          problemAt(
            raw,
            field,
            `"${shorten(byNameValue)}" names no process in this file` +
              (near ? `: did you mean "${shorten(near)}"?` : ''),
          ),
        );
      });
    });
  }
  return { problems, targets };
}

export function envelopeProblems(raw: unknown): ImportProblem[] {
  if (!isObject(raw))
    return [
      {
        path: '(file)',
        where: 'file',
        message: `must be a JSON object with "format": "${FORMAT_NAME}"`,
      },
    ];
  if (raw.format !== FORMAT_NAME)
    return [
      {
        path: 'format',
        where: 'file',
        message:
          raw.format === undefined
            ? `format is required: this does not look like an Opslens file ("format": "${FORMAT_NAME}")`
            : `format must be "${FORMAT_NAME}": this does not look like an Opslens file`,
      },
    ];
  if (raw.version !== FORMAT_VERSION)
    return [
      {
        path: 'version',
        where: 'file',
        message:
          typeof raw.version === 'number'
            ? `version ${raw.version} is not supported: this Opslens reads version ${FORMAT_VERSION}`
            : `version must be ${FORMAT_VERSION}`,
      },
    ];
  return [];
}
