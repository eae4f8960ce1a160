import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function interviewHandlers(services: Services): HandlersFor<'interviews'> {
  const { interviews } = services;
  return {
    'interviews.preview': (options) => interviews.preview(options),
    'interviews.create': (options) => interviews.create(options),
    'interviews.get': ({ interviewId }) => interviews.get(interviewId),
    'interviews.list': ({ status, limit }) => interviews.list(status, limit),
    'interviews.answer': ({ interviewId, position, takeId }) => interviews.answer(interviewId, position, takeId),
    'interviews.skip': ({ interviewId, position }) => interviews.skipQuestion(interviewId, position),
    'interviews.pause': ({ interviewId }) => interviews.pause(interviewId),
    'interviews.resume': ({ interviewId }) => interviews.resume(interviewId),
    'interviews.finish': ({ interviewId, reason }) => interviews.finish(interviewId, reason),
    'interviews.report': ({ interviewId }) => interviews.report(interviewId),
    'interviews.exportMarkdown': ({ interviewId }) => interviews.exportMarkdown(interviewId),
    'interviews.delete': ({ interviewId }) => {
      interviews.delete(interviewId);
      return { ok: true as const };
    },
  };
}
