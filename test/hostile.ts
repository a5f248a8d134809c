import fc from 'fast-check';

/**
 * Hostile values for fuzzing procedure inputs (server/routers/fuzz.test.ts): every type a
 * client can send — through superjson, so Date, Map, Set, BigInt, undefined, NaN and ±Infinity
 * too — and the strings and numbers that break naive text handling and arithmetic.
 *
 * Big values are drawn as placeholders (`Big`, `Many`, `Deep`) and only made real by `realize`
 * at call time, so a counterexample prints as `"x"×100000` instead of the string itself.
 */

/** `unit` repeated `times`: a huge string, made at call time. */
export class Big {
  constructor(
    readonly unit: string,
    readonly times: number,
  ) {}
  [fc.toStringMethod]() {
    return `${JSON.stringify(this.unit)}×${this.times}`;
  }
}

/** An array of `times` copies of `item`, made at call time. */
export class Many {
  constructor(
    readonly item: unknown,
    readonly times: number,
  ) {}
  [fc.toStringMethod]() {
    return `[${fc.stringify(this.item)}]×${this.times}`;
  }
}

/** `{ a: { a: … } }` nested `depth` times, made at call time. */
export class Deep {
  constructor(readonly depth: number) {}
  [fc.toStringMethod]() {
    return `{a:…}×${this.depth}`;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * A fresh copy of a drawn value with its placeholders made real, and `custom` applied to any
 * other class instance it knows (it returns undefined for those it does not). Keys are copied
 * as own properties, so a drawn `__proto__` key stays a key instead of becoming the prototype.
 */
export function realize(value: unknown, custom: (v: object) => unknown = () => undefined): unknown {
  const again = (v: unknown): unknown => realize(v, custom);
  if (value instanceof Big) return value.unit.repeat(value.times);
  if (value instanceof Many) return Array.from({ length: value.times }, () => again(value.item));
  if (value instanceof Deep) {
    let out: Record<string, unknown> = {};
    for (let i = 0; i < value.depth; i++) out = { a: out };
    return out;
  }
  if (Array.isArray(value)) return value.map(again);
  if (isPlainObject(value)) {
    const out = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: again(value[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    const made = custom(value);
    if (made !== undefined) return made;
  }
  return value;
}

/** A short rendering for failure messages: long strings and arrays are abbreviated. */
export function brief(value: unknown): string {
  const shorten = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 40)}…(${v.length} chars)`;
    if (depth > 6) return '…';
    if (Array.isArray(v)) {
      const head = v.slice(0, 8).map((x) => shorten(x, depth + 1));
      return v.length > 8 ? [...head, `…(${v.length} items)`] : head;
    }
    if (isPlainObject(v)) {
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(v)) out[key] = shorten(v[key], depth + 1);
      return out;
    }
    return v;
  };
  return fc.stringify(shorten(value, 0));
}

/** Strings: control characters, invisible ones, lone surrogates, bidi marks, huge ones, syntax. */
export const hostileString: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      ' \t \n ',
      'x'.repeat(65),
      '\u0000',
      'nul\u0000inside',
      '\u0001\u0002\u001f',
      'bell\u0007',
      'esc\u001b[2J',
      'del\u007f',
      'c1\u0085\u009b',
      'line\nbreak',
      'cr\r\nlf',
      'tab\there',
      // Invisible only: zero-width space, joiners, BOM, word joiner, soft hyphen, fillers.
      '\u200b',
      '\u200b\u200c\u200d\ufeff',
      '\u2060\u00ad\u180e',
      '\u3164\u115f\u1160\uffa0\u2800',
      '\u034f',
      // Bidi: right-to-left override and marks, isolates.
      '\u202e',
      '\u202etxt.exe',
      '\u200f\u200e\u061c',
      '\u2066\u2069',
      // Lone surrogates and other edges of UTF-16.
      '\ud800',
      '\udfff',
      'a\ud800b',
      '\udc00\ud800',
      '😀',
      '👩‍👩‍👧‍👦',
      'e\u0301',
      'Z̸̢͉a̷l̶g̸o̵',
      'ﬁ',
      'Ａ',
      'İß',
      '\ufffd\uffff',
      '\u{10ffff}',
      // Syntax of other languages: SQL, LIKE, FTS, JSON, HTML, templates, paths.
      "'; DROP TABLE users; --",
      "' OR '1'='1",
      '%',
      '_',
      '%_\\',
      '\\',
      '"',
      "'",
      '*',
      '"unterminated',
      'NEAR(a b)',
      'a AND OR NOT',
      '-x',
      '^',
      '()',
      'col:val',
      '{"a":',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      '${7*7}{{7*7}}',
      '__proto__',
      'constructor',
      'toString',
      'null',
      'undefined',
      'NaN',
      '-0',
      '1e309',
      '  42  ',
      'unassigned',
      'owner',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      new Big('x', 100_000),
      new Big('\u200b', 100_000),
      new Big('\u0000', 10_000),
      new Big('é', 70),
      new Big('😀', 50_000),
      new Big('\ud800', 1_000),
      new Big('a ', 50_001),
      new Big('\u202e', 300),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  // Any UTF-16 code unit, lone surrogates included.
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
);

/** Numbers: signs, zero, fractions, the edges of int32 and of safe integers, NaN, ±Infinity. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      -1,
      0.5,
      -0.5,
      1e-300,
      10_000,
      10_000.000001,
      1_000_001,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 32,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.EPSILON,
      NaN,
      Infinity,
      -Infinity,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
);

/** What superjson can deliver besides strings and numbers. */
const hostileAtom: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  undefined,
  true,
  false,
  new Date(NaN),
  new Date(0),
  new Date(8.64e15),
  new Date(-8.64e15),
  BigInt(1),
  BigInt('123456789012345678901234567890'),
  /regex/,
  new Error('boom'),
  new URL('http://evil.example/'),
);

/** Containers: empty, wrong inside, prototype-polluting, null-prototype, huge, deep. */
const hostileContainer: fc.Arbitrary<unknown> = fc.constantFrom(
  [],
  [null],
  [[]],
  ['x', 'x'],
  {},
  { a: 1 },
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  Object.create(null) as unknown,
  { length: 1e9 },
  { toString: 'not a function', valueOf: 1 },
  new Map([['a', 1]]),
  new Set([1, 2]),
  new Many('x', 10_000),
  new Many(null, 1_001),
  new Deep(2_000),
);

const leaf = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileAtom },
  { weight: 1, arbitrary: hostileContainer },
);

/** Anything hostile, the types evenly: string ↔ number ↔ boolean/null/… ↔ array ↔ object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileAtom },
  { weight: 2, arbitrary: hostileContainer },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), leaf, { maxKeys: 3 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
    }),
  },
);

/** What a JSON document can hold, for fuzzing inside a file that is then serialized. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  // Otherwise-valid names with what a text must not hold: they get past a length check.
  {
    weight: 2,
    arbitrary: fc.constantFrom('a\u0000b', 'bell\u0007', '\u200b\u200b', 'a\ud800b', '\u202eevil'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, -1, 0.5, 1e-300, 2 ** 53 + 2, 1e308, -1e308, 10_000.5),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { a: 1 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }).map((t) => JSON.parse(t) as unknown) },
);
