// Patches: "change only these fields" inputs, built from the schema of the whole object.
import { z } from 'zod';

type PlainObject = Record<string, unknown>;

/** Every field optional, nested objects patched field by field too; arrays and other values are replaced whole. */
export type Patch<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K];
};

/**
 * The schema of a patch of `schema`'s objects: strict, every field optional, and no defaults.
 * Zod 4's `.partial()` keeps each field's `.default()`, so a one-field patch would arrive filled
 * with defaults and overwrite every other stored field; here a field that was not sent stays absent.
 */
export function patchSchema<S extends z.ZodObject>(schema: S): z.ZodType<Patch<z.output<S>>, Patch<z.output<S>>> {
  const patch = patchObject(schema);
  patched.set(patch, schema);
  return patch as unknown as z.ZodType<Patch<z.output<S>>, Patch<z.output<S>>>;
}

const patched = new WeakMap<z.ZodType, z.ZodObject>();

/** The whole-object schema a patch schema was built from, or undefined for any other schema. */
export const patchedSchemaOf = (schema: z.ZodType): z.ZodObject | undefined => patched.get(schema);

function patchObject(schema: z.ZodObject): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const bare = withoutFallbacks(field as z.ZodType);
      return [key, (bare instanceof z.ZodObject ? patchObject(bare) : bare).optional()];
    }),
  );
  return z.object(shape).strict();
}

/** The field's own type without the wrappers that would put a value in where none was sent. */
export function withoutFallbacks(field: z.ZodType): z.ZodType {
  if (
    field instanceof z.ZodDefault ||
    field instanceof z.ZodPrefault ||
    field instanceof z.ZodCatch ||
    field instanceof z.ZodOptional
  ) {
    return withoutFallbacks(field.unwrap() as z.ZodType);
  }
  if (field instanceof z.ZodNullable) return withoutFallbacks(field.unwrap() as z.ZodType).nullable();
  return field;
}

const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `current` with only the fields the patch carries changed; nested objects are merged the same way.
 * A field present but undefined (IPC's structured clone keeps such keys) counts as not sent.
 */
export function applyPatch<T extends object>(current: T, patch: Patch<T>): T {
  const next: PlainObject = { ...(current as PlainObject) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const before = next[key];
    next[key] = isPlainObject(value) ? applyPatch(isPlainObject(before) ? before : {}, value) : value;
  }
  return next as T;
}
