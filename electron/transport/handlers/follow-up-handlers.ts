import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function followUpHandlers(services: Services): HandlersFor<'followUps'> {
  const { followUps } = services;
  return {
    'followUps.thread': ({ takeId }) => followUps.thread(takeId),
    'followUps.generate': ({ takeId, count, seed }) => followUps.generate(takeId, count, seed),
    'followUps.link': ({ takeId, parentTakeId, followUp }) => {
      followUps.link(takeId, parentTakeId, followUp);
      return { ok: true as const };
    },
    'followUps.interviewer.status': () => followUps.interviewerStatus(),
    'followUps.interviewer.apiKey.set': async ({ key }) => {
      await followUps.setInterviewerKey(key);
      return { ok: true as const };
    },
  };
}
