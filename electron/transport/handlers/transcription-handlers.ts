import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

const ok = { ok: true as const };

export function transcriptionHandlers(services: Services): HandlersFor<'transcription'> {
  const { transcription } = services;
  return {
    'transcription.status': () => transcription.status(),
    'transcription.engines': async () => {
      const { blocker } = await transcription.engines.readiness();
      const settings = transcription.settings.get();
      return {
        chosen: settings.engine,
        engines: [
          { engine: 'local' as const, model: settings.localModel, server: null, blocker: blocker.local },
          {
            engine: 'openai' as const,
            model: settings.openaiModel,
            server: settings.openaiBaseUrl,
            blocker: blocker.openai,
          },
        ],
      };
    },
    'transcription.models.list': () => transcription.models.list(),
    'transcription.models.download': ({ name }) => {
      // Runs in the background; progress, completion and failure arrive as transcription.model events.
      transcription.models.download(name).catch(() => {});
      return ok;
    },
    'transcription.models.pause': ({ name }) => (transcription.models.pause(name), ok),
    'transcription.models.cancel': ({ name }) => (transcription.models.cancel(name), ok),
    'transcription.models.import': async ({ path }) => {
      const model = await transcription.models.import(path);
      transcription.kick();
      return model;
    },
    'transcription.models.importChosen': async (_input, context) => {
      if (!context.chooseModelFile) {
        throw new AppError('UNSUPPORTED', { reason: 'desktop-only', feature: 'file-dialog' });
      }
      const path = await context.chooseModelFile();
      if (path === null) return null;
      const model = await transcription.models.import(path);
      transcription.kick();
      return model;
    },
    'transcription.models.delete': async ({ name }) => {
      await transcription.models.delete(name);
      return ok;
    },
    'transcription.settings.get': () => transcription.settings.get(),
    'transcription.settings.update': (patch) => transcription.updateSettings(patch),
    'transcription.apiKey.set': async ({ key }) => {
      await transcription.setKey(key);
      return ok;
    },
    'transcription.jobs.list': ({ takeId }) => transcription.jobs.list(takeId),
    'transcription.jobs.enqueue': ({ takeId, engine }) => transcription.enqueue(takeId, engine),
    'transcription.jobs.retry': ({ jobId }) => transcription.retry(jobId),
    'transcription.jobs.cancel': ({ jobId }) => (transcription.cancel(jobId), ok),
    'transcription.transcript.get': ({ takeId }) => {
      if (!services.takes.get(takeId)) throw new AppError('NOT_FOUND', { what: 'take' });
      return transcription.transcript(takeId);
    },
  };
}
