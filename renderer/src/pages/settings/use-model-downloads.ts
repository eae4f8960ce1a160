import { useEffect, useState } from 'react';
import type { EventPayload } from '@contract';
import { api } from '../../api/client';

type ModelEvent = EventPayload<'transcription.model'>;

/**
 * Live download state per model from `transcription.model` events, so
 * progress bars move without refetching the catalogue; `onSettled` runs when
 * a download ends (installed, failed or cancelled) so the list can reload.
 */
export function useModelDownloads(onSettled: () => void): Map<string, ModelEvent> {
  const [live, setLive] = useState(() => new Map<string, ModelEvent>());
  useEffect(
    () =>
      api.on('transcription.model', (event) => {
        setLive((current) => new Map(current).set(event.name, event));
        if (event.state !== 'downloading') onSettled();
      }),
    [onSettled],
  );
  return live;
}
