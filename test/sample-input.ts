import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  items?: JsonSchema;
  minimum?: number;
  format?: string;
  default?: unknown;
};

/**
 * Builds a valid-looking input for a procedure from its zod schemas, taking the value of every
 * named key from `samples` (ids of the victim team's data). A required key with no sample fails
 * loudly, so a new procedure cannot slip past the tenancy sweep without being called.
 */
export function sampleInput(
  path: string,
  schemas: readonly unknown[],
  samples: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (schemas.length === 0) return undefined;
  const input: Record<string, unknown> = {};
  for (const schema of schemas) {
    const json = z.toJSONSchema(schema as z.ZodType, {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema;
    Object.assign(input, sampleObject(path, json, samples));
  }
  return input;
}

function sampleObject(path: string, json: JsonSchema, samples: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  const required = new Set(json.required ?? []);
  for (const [key, prop] of Object.entries(json.properties ?? {})) {
    if (key in samples) out[key] = samples[key];
    else if (required.has(key)) out[key] = sampleValue(`${path}.${key}`, prop, samples);
  }
  return out;
}

function sampleValue(where: string, json: JsonSchema, samples: Record<string, unknown>): unknown {
  if (json.const !== undefined) return json.const;
  if (json.enum) return json.enum[0];
  const options = json.anyOf ?? json.oneOf;
  if (options) return sampleValue(where, options[0]!, samples);
  const type = Array.isArray(json.type) ? json.type[0] : json.type;
  switch (type) {
    case 'object':
      return sampleObject(where, json, samples);
    case 'number':
    case 'integer':
      return Math.max(json.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return [];
    default:
      throw new Error(
        `The tenancy sweep has no sample value for the required input "${where}". ` +
          'Add one to SAMPLES in server/routers/tenancy.test.ts, naming the victim team’s data.',
      );
  }
}
