import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { removeMediaFiles } from '../../recording/media-files';

export function attemptHandlers(services: Services): HandlersFor<'attempts'> {
  const { attempts, events } = services;
  return {
    'attempts.list': ({ questionId }) => attempts.listForQuestion(questionId),
    'attempts.rename': ({ attemptId, name }) => {
      if (!attempts.rename(attemptId, name)) throw new AppError('NOT_FOUND', 'That take no longer exists.');
      events.emit('data.changed', { kind: 'attempts' });
      return attempts.get(attemptId)!;
    },
    'attempts.delete': async ({ attemptId }) => {
      if (services.recording.isRecording(attemptId)) {
        throw new AppError('CONFLICT', 'This take is still being recorded; stop or cancel it first.');
      }
      const { deleted, files } = attempts.delete(attemptId);
      if (!deleted) throw new AppError('NOT_FOUND', 'That take no longer exists.');
      await removeMediaFiles(services.paths.recordingsDir, files, services.logger);
      events.emit('data.changed', { kind: 'attempts' });
      return { ok: true as const };
    },
  };
}
