import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { removeMediaFiles } from '../../recording/media-files';

export function attemptHandlers(services: Services): HandlersFor<'attempts'> {
  const { attempts, events } = services;
  return {
    'attempts.list': ({ questionId }) => attempts.listForQuestion(questionId),
    'attempts.rename': ({ attemptId, name }) => {
      if (!attempts.rename(attemptId, name)) throw new AppError('NOT_FOUND', { what: 'take' });
      events.emit('data.changed', { kind: 'attempts' });
      return attempts.get(attemptId)!;
    },
    'attempts.delete': async ({ attemptId }) => {
      if (services.recording.isRecording(attemptId)) {
        throw new AppError('CONFLICT', { reason: 'take-recording' });
      }
      const { deleted, files } = attempts.delete(attemptId);
      if (!deleted) throw new AppError('NOT_FOUND', { what: 'take' });
      await removeMediaFiles(services.paths.recordingsDir, files, services.logger);
      events.emit('data.changed', { kind: 'attempts' });
      return { ok: true as const };
    },
  };
}
