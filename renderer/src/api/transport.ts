import type { CallName, EventName, Result } from '@contract';

/** How the client reaches main: Electron IPC or browser-mode HTTP. Components never see which. */
export interface Transport {
  readonly kind: 'electron' | 'web';
  invoke(name: CallName, input: unknown): Promise<Result<unknown>>;
  on(name: EventName, listener: (payload: unknown) => void): () => void;
  mediaUrl(file: string): string;
}
