import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function sessionHandlers(services: Services): HandlersFor<'sessions'> {
  const { sessions } = services;
  return {
    'sessions.preview': (options) => sessions.preview(options),
    'sessions.create': (options) => sessions.create(options),
    'sessions.get': ({ sessionId }) => sessions.get(sessionId),
    'sessions.list': ({ status, limit }) => sessions.list(status, limit),
    'sessions.answer': ({ sessionId, position, attemptId }) => sessions.answer(sessionId, position, attemptId),
    'sessions.skip': ({ sessionId, position }) => sessions.skipQuestion(sessionId, position),
    'sessions.pause': ({ sessionId }) => sessions.pause(sessionId),
    'sessions.resume': ({ sessionId }) => sessions.resume(sessionId),
    'sessions.finish': ({ sessionId, reason }) => sessions.finish(sessionId, reason),
    'sessions.report': ({ sessionId }) => sessions.report(sessionId),
    'sessions.exportMarkdown': ({ sessionId }) => sessions.exportMarkdown(sessionId),
    'sessions.delete': ({ sessionId }) => {
      sessions.delete(sessionId);
      return { ok: true as const };
    },
  };
}
