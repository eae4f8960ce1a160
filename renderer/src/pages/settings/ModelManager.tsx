import { useCallback, useState } from 'react';
import type { ModelInfo } from '@contract/transcription';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { errorWords } from '../../api/error-words/error-words';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatBytes, formatEta } from './format-bytes';
import { useModelDownloads } from './use-model-downloads';

/** Speech models for local transcription: download (pause, resume, cancel), import a file, delete. */
export function ModelManager() {
  const models = useApiQuery('transcription.models.list', {}, ['settings']);
  const reload = models.reload;
  const live = useModelDownloads(useCallback(() => reload(), [reload]));
  const [error, setError] = useState<string | null>(null);
  const [importPath, setImportPath] = useState('');

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().then(reload, (e: unknown) => setError(describeError(e).message));
  };

  if (models.status !== 'ready') return models.status === 'error' ? <ErrorNotice message={models.message} /> : null;
  return (
    <div className="model-manager" data-testid="model-manager">
      <h3>Speech models</h3>
      <p className="field-hint">
        Installed models use {formatBytes(models.data.diskBytes)} of disk. Larger models are more accurate and slower.
      </p>
      {error && <ErrorNotice message={error} />}
      <ul className="model-list">
        {models.data.models.map((model) => {
          const event = live.get(model.name);
          const download =
            event && (event.state === 'downloading' || event.state === 'paused') ? event : model.download;
          return (
            <li key={model.name} className="model-row" data-testid={`model-${model.name}`}>
              <div>
                <strong>{model.name}</strong> {model.recommended && <span className="badge">Recommended</span>}
                <div className="muted">
                  {model.description} · {formatBytes(model.sizeBytes)}
                  {model.installed && ' · installed'}
                </div>
                {download && (
                  <div className="model-progress">
                    <progress max={download.totalBytes || 1} value={download.receivedBytes} />
                    <span className="muted">
                      {formatBytes(download.receivedBytes)} of {formatBytes(download.totalBytes)} ·{' '}
                      {download.state === 'paused' ? 'paused' : formatEta(download.etaSeconds)}
                    </span>
                  </div>
                )}
                {event?.state === 'failed' && event.error && (
                  <p className="field-warning">{errorWords(event.error.code, event.error.detail)}</p>
                )}
              </div>
              <ModelActions
                model={model}
                state={download?.state === 'downloading' || download?.state === 'paused' ? download.state : null}
                run={run}
              />
            </li>
          );
        })}
      </ul>
      {api.transport === 'electron' ? (
        <div className="model-import">
          <span>Already have a whisper.cpp model file (.bin)?</span>
          <button type="button" onClick={() => run(() => api.call('transcription.models.importChosen', {}))}>
            Import a model file…
          </button>
        </div>
      ) : (
        <form
          className="model-import"
          onSubmit={(e) => {
            e.preventDefault();
            if (importPath.trim()) run(() => api.call('transcription.models.import', { path: importPath.trim() }));
          }}
        >
          <label>
            Already have a whisper.cpp model file (.bin)? Its full path on this computer:
            <input
              value={importPath}
              onChange={(e) => setImportPath(e.target.value)}
              placeholder="/path/to/ggml-base.en.bin"
            />
          </label>
          <button type="submit" disabled={!importPath.trim()}>
            Import
          </button>
        </form>
      )}
    </div>
  );
}

function ModelActions(props: {
  model: ModelInfo;
  state: 'downloading' | 'paused' | null;
  run: (action: () => Promise<unknown>) => void;
}) {
  const { model, state, run } = props;
  const name = { name: model.name };
  if (model.installed) {
    return (
      <button type="button" className="danger" onClick={() => run(() => api.call('transcription.models.delete', name))}>
        Delete
      </button>
    );
  }
  return (
    <span className="page-actions">
      {state === 'downloading' ? (
        <button type="button" onClick={() => run(() => api.call('transcription.models.pause', name))}>
          Pause
        </button>
      ) : (
        <button type="button" onClick={() => run(() => api.call('transcription.models.download', name))}>
          {state === 'paused' ? 'Resume' : 'Download'}
        </button>
      )}
      {state && (
        <button type="button" onClick={() => run(() => api.call('transcription.models.cancel', name))}>
          Cancel
        </button>
      )}
    </span>
  );
}
