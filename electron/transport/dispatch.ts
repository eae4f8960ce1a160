import { z } from 'zod';
import { calls, isCallName, type Result } from '@contract';
import { toApiError } from '../errors/to-api-error';
import type { CallContext, Handlers } from './handlers';
import type { Logger } from '../logger';

/**
 * The single entry point both transports use: unknown names and malformed
 * input are refused here, before any handler runs.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  context: CallContext,
  logger: Logger,
): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_CALL', detail: {} } };
  }
  const spec = calls[name];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      // zod's own account of the mismatch, for whoever wrote the request.
      error: { code: 'VALIDATION', detail: { said: `${name}: ${z.prettifyError(parsed.error)}`.slice(0, 2000) } },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: CallContext) => unknown;
    const value = await handler(parsed.data, context);
    return { ok: true, value: spec.output.parse(value) };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'INTERNAL') logger.error(`call ${name} failed`, error);
    return { ok: false, error: apiError };
  }
}
