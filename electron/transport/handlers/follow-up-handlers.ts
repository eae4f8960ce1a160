import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function followUpHandlers(services: Services): HandlersFor<'followUps'> {
  const { followUps } = services;
  return {
    'followUps.thread': ({ attemptId }) => followUps.thread(attemptId),
    'followUps.generate': ({ attemptId, count, seed }) => followUps.generate(attemptId, count, seed),
    'followUps.link': ({ attemptId, parentAttemptId, followUp }) => {
      followUps.link(attemptId, parentAttemptId, followUp);
      return { ok: true as const };
    },
    'followUps.interviewer.status': () => followUps.interviewerStatus(),
    'followUps.interviewer.apiKey.set': async ({ key }) => {
      await followUps.setInterviewerKey(key);
      return { ok: true as const };
    },
  };
}
