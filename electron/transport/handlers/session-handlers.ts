import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function sessionHandlers(services: Services): HandlersFor<'sessions'> {
  const { sessions, events } = services;
  // Sessions change what the progress and mock pages list, like takes do.
  const changed = <T>(value: T): T => {
    events.emit('data.changed', { kind: 'attempts' });
    return value;
  };
  return {
    'sessions.preview': (options) => sessions.preview(options),
    'sessions.create': (options) => changed(sessions.create(options)),
    'sessions.get': ({ sessionId }) => sessions.get(sessionId),
    'sessions.list': ({ status, limit }) => sessions.list(status, limit),
    'sessions.answer': ({ sessionId, position, attemptId }) => changed(sessions.answer(sessionId, position, attemptId)),
    'sessions.skip': ({ sessionId, position }) => changed(sessions.skipQuestion(sessionId, position)),
    'sessions.pause': ({ sessionId }) => changed(sessions.pause(sessionId)),
    'sessions.resume': ({ sessionId }) => changed(sessions.resume(sessionId)),
    'sessions.finish': ({ sessionId, reason }) => changed(sessions.finish(sessionId, reason)),
    'sessions.report': ({ sessionId }) => sessions.report(sessionId),
    'sessions.exportMarkdown': ({ sessionId }) => sessions.exportMarkdown(sessionId),
    'sessions.delete': ({ sessionId }) => {
      sessions.delete(sessionId);
      return changed({ ok: true as const });
    },
  };
}
