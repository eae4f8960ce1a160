// Every call that takes a patch, every field of it: changing one field through
// the API (validation, handler, service, database) leaves every other field
// exactly as it was. The calls are found from the contract, so a new patch
// call without a row below fails here.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calls, callNames, type CallName } from '@contract';
import { patchedSchemaOf, withoutFallbacks } from '@contract/patch';
import { apiCaller } from '../testing/api-caller';
import { tempServices } from '../testing/temp-services';

type Whole = Record<string, unknown>;

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});
const api = apiCaller(() => services);
const call = (name: CallName, input: unknown) => api.value(name, input as never) as Promise<unknown>;

/** How to reach each patch call's object: what to send around the patch, and how to read the stored whole back. */
interface PatchTarget {
  setUp?(): Promise<Whole>;
  input(patch: Whole, context: Whole): unknown;
  read(context: Whole): Promise<Whole>;
}

const targets: Record<string, PatchTarget> = {
  'settings.update': {
    input: (patch) => patch,
    read: async () => (await call('settings.get', {})) as Whole,
  },
  'transcription.settings.update': {
    input: (patch) => patch,
    read: async () => (await call('transcription.settings.get', {})) as Whole,
  },
  'settings.norms.update': {
    input: (patch) => ({ patch }),
    read: async () => ((await call('settings.norms.get', {})) as { norms: Whole }).norms,
  },
  'decks.updateQuestion': {
    async setUp() {
      const deck = (await call('decks.create', { title: 'Patches' })) as { id: string };
      const question = (await call('decks.addQuestion', {
        deckId: deck.id,
        question: {
          prompt: 'Why a queue?',
          modelAnswer: 'It absorbs bursts.',
          section: 'Design',
          difficulty: null,
          kind: 'technical',
          targetSeconds: 60,
          targetSource: 'stated',
        },
      })) as { id: string };
      return { deckId: deck.id, questionId: question.id };
    },
    input: (patch, { questionId }) => ({ questionId, patch }),
    read: async ({ deckId, questionId }) => {
      const deck = (await call('decks.get', { deckId })) as { questions: Whole[] };
      return deck.questions.find((q) => q.id === questionId)!;
    },
  },
};

/** The calls whose input is a patch, or carries one as `patch`, with the schema of the whole they change. */
function patchCalls(): [CallName, z.ZodObject][] {
  return callNames.flatMap((name): [CallName, z.ZodObject][] => {
    const input = calls[name].input as z.ZodType;
    const direct = patchedSchemaOf(input);
    if (direct) return [[name, direct]];
    const wrapped = input instanceof z.ZodObject ? patchedSchemaOf(input.shape.patch as z.ZodType) : undefined;
    return wrapped ? [[name, wrapped]] : [];
  });
}

/** A valid value for `schema` that differs from `current`, so a lost or reset field shows. */
function another(schema: z.ZodType, current: unknown): unknown {
  const bare = withoutFallbacks(schema);
  const inner = bare instanceof z.ZodNullable ? withoutFallbacks(bare.unwrap() as z.ZodType) : bare;
  if (inner instanceof z.ZodObject) {
    const fields = Object.entries(inner.shape as Record<string, z.ZodType>);
    return Object.fromEntries(fields.map(([k, s]) => [k, another(s, (current as Whole | null)?.[k])]));
  }
  const candidates: unknown[] =
    inner instanceof z.ZodArray
      ? // A one-item list unlike the current first item: an empty list may be stored as no list at all.
        [[another(inner.element as z.ZodType, (current as unknown[] | undefined)?.[0])]]
      : inner instanceof z.ZodEnum
        ? inner.options
        : typeof current === 'boolean' || inner instanceof z.ZodBoolean
          ? [!current]
          : typeof current === 'number'
            ? [current + 1, current - 1, current + 0.05, current - 0.05]
            : inner instanceof z.ZodNumber
              ? [30, 1, 0.5]
              : ['http://127.0.0.1:8123/v1', `${String(current ?? '')}b`.trim(), 'b2', 'chosen-device'];
  const same = (c: unknown) => JSON.stringify(c) === JSON.stringify(current);
  const found = candidates.find((c) => !same(c) && schema.safeParse(c).success);
  if (found === undefined) throw new Error(`no other valid value than ${JSON.stringify(current)}`);
  return found;
}

/** Every field of the whole as a list of one-field patches; nested objects give one patch per inner field. */
function oneFieldPatches(schema: z.ZodObject, seeded: Whole): { label: string; patch: Whole }[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([field, fieldSchema]) => {
    const bare = withoutFallbacks(fieldSchema);
    if (bare instanceof z.ZodObject) {
      return oneFieldPatches(bare, seeded[field] as Whole).map(({ label, patch }) => ({
        label: `${field}.${label}`,
        patch: { [field]: patch },
      }));
    }
    return [{ label: field, patch: { [field]: another(fieldSchema, seeded[field]) } }];
  });
}

const pick = (whole: Whole, keys: string[]) => Object.fromEntries(keys.map((k) => [k, whole[k]]));

describe('patch calls', () => {
  it('are all covered here', () => {
    expect(
      patchCalls()
        .map(([name]) => name)
        .sort(),
    ).toEqual(Object.keys(targets).sort());
  });

  describe.each(patchCalls())('%s', (name, schema) => {
    const target = targets[name]!;
    const fields = Object.keys(schema.shape);

    it('changes only the field sent, for every field', async () => {
      const context = (await target.setUp?.()) ?? {};
      // Start from values that are all different from the defaults, so a default written over a field shows.
      const seed = another(schema, pick(await target.read(context), fields)) as Whole;
      await call(name, target.input(seed, context));
      let expected = pick(await target.read(context), fields);
      expect(expected).toEqual(seed);

      for (const { label, patch } of oneFieldPatches(schema, expected)) {
        const returned = (await call(name, target.input(patch, context))) as Whole;
        const stored = pick(await target.read(context), fields);
        const wanted = mergeOne(expected, patch);
        expect(stored, `after changing only ${label}`).toEqual(wanted);
        expect(pick(returned, fields), `${name} returns the whole after changing ${label}`).toEqual(wanted);
        expected = stored;
      }
    });

    it('refuses a field it does not know, and an empty patch changes nothing', async () => {
      const context = (await target.setUp?.()) ?? {};
      const before = await target.read(context);
      const unknown = await api.result(name, target.input({ notAField: 1 }, context));
      expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      await call(name, target.input({}, context));
      expect(pick(await target.read(context), fields)).toEqual(pick(before, fields));
    });
  });
});

/** What the whole should be after a one-field patch, written out independently of the code under test. */
function mergeOne(whole: Whole, patch: Whole): Whole {
  const [field, value] = Object.entries(patch)[0]!;
  const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
  return { ...whole, [field]: nested ? { ...(whole[field] as Whole), ...(value as Whole) } : value };
}
