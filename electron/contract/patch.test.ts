import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyPatch, patchSchema } from './patch';

const whole = z.object({
  name: z.string().min(1).default('untitled'),
  size: z.number().int().nullable().default(null),
  limits: z.object({ low: z.number().default(1), high: z.number().default(9) }).default({ low: 1, high: 9 }),
  tags: z.array(z.string()).default([]),
});

describe('patch schemas', () => {
  it('fill in nothing that was not sent (zod 4 `.partial()` would fill in every default)', () => {
    expect(whole.partial().parse({ size: 3 })).toMatchObject({ name: 'untitled' }); // why the helper exists
    const patch = patchSchema(whole);
    expect(patch.parse({ size: 3 })).toEqual({ size: 3 });
    expect(patch.parse({ limits: { high: 5 } })).toEqual({ limits: { high: 5 } });
    expect(patch.parse({})).toEqual({});
  });

  it('still check each field sent, and refuse fields the whole does not have', () => {
    const patch = patchSchema(whole);
    expect(patch.safeParse({ name: '' }).success).toBe(false);
    expect(patch.safeParse({ size: null }).success).toBe(true);
    expect(patch.safeParse({ colour: 'red' }).success).toBe(false);
    expect(patch.safeParse({ limits: { middle: 5 } }).success).toBe(false);
  });
});

describe('applyPatch', () => {
  const current = { name: 'deck', size: 4, limits: { low: 2, high: 8 }, tags: ['a', 'b'] };

  it('changes only the fields sent, nested ones field by field, lists whole', () => {
    expect(applyPatch(current, { limits: { high: 5 } })).toEqual({ ...current, limits: { low: 2, high: 5 } });
    expect(applyPatch(current, { tags: ['c'] })).toEqual({ ...current, tags: ['c'] });
    expect(applyPatch(current, { size: null as unknown as number })).toEqual({ ...current, size: null });
    expect(current.limits.high).toBe(8);
  });

  it('treats a field present but undefined as not sent', () => {
    expect(applyPatch(current, { name: undefined, limits: { low: undefined } })).toEqual(current);
  });
});
