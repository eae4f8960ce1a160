import { AppError } from '@contract/app-error';
import { callNames, type CallName } from '@contract';
import type { Handler, Handlers } from '../transport/handlers';

/**
 * One set of handlers for the transports to register once: each call goes to
 * the working app's handlers when there are some, to the database-free `app.*`
 * handlers while a damaged database waits for the user's choice, and is refused
 * with DATABASE_DAMAGED otherwise.
 */
export function gatedHandlers(
  ready: () => Handlers | undefined,
  withoutDatabase: Pick<Handlers, Extract<CallName, `app.${string}`>>,
): Handlers {
  const entries = callNames.map((name) => {
    const gated: Handler<typeof name> = (input, context) => {
      const handlers: Partial<Handlers> = ready() ?? withoutDatabase;
      const handler = handlers[name] as Handler<typeof name> | undefined;
      if (!handler) throw waitingForChoice();
      return handler(input, context);
    };
    return [name, gated];
  });
  return Object.fromEntries(entries) as Handlers;
}

function waitingForChoice(): AppError {
  return new AppError('DATABASE_DAMAGED', { reason: 'database-set-aside' });
}
