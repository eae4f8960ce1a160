import { events, type EventName, type EventPayload } from './index';

type Listener = (name: EventName, payload: unknown) => void;

/** Services emit typed events; each transport subscribes and forwards them. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    const checked = events[name].payload.parse(payload);
    for (const listener of this.listeners) listener(name, checked);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
