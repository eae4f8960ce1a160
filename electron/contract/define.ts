// Building blocks for the API contract. This folder is shared by the main
// process and the renderer, so it may import neither Node nor DOM APIs.
import { z } from 'zod';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly summary: string;
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  readonly summary: string;
}

export function call<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): CallSpec<I, O> {
  return { summary, input, output };
}

export function event<P extends z.ZodType>(summary: string, payload: P): EventSpec<P> {
  return { summary, payload };
}

/** Binary payloads (recording chunks) cross IPC as Uint8Array and HTTP as base64. */
export const bytes = z.instanceof(Uint8Array);

export const id = z.string().min(1).max(64);
export const isoDate = z.string().min(1).max(40);
export const noInput = z.object({}).strict().default({});
export const okOutput = z.object({ ok: z.literal(true) });
