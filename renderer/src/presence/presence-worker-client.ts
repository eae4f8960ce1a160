import type { PresenceFrame } from '@contract/presence';
import type { PresenceReply, PresenceRequest } from './presence-messages';

/** Where the face models and .wasm files are served: `presence/` beside the app's index.html. */
export const presenceAssetsBase = () => new URL('presence/', document.baseURI).href;

/** The web worker that runs the face models; one per analysis or camera check, ended with it. */
export class PresenceWorker {
  private readonly worker = new Worker(new URL('./presence-worker.ts', import.meta.url), { type: 'module' });
  private readonly waiting = new Map<
    number | 'ready',
    { resolve: (r: PresenceReply) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<PresenceReply>) => {
      const reply = event.data;
      const key = reply.kind === 'ready' ? 'ready' : (reply.id ?? 'ready');
      const waiter = this.waiting.get(key);
      this.waiting.delete(key);
      if (reply.kind === 'error') waiter?.reject(new Error(reply.message));
      else waiter?.resolve(reply);
    };
    this.worker.onerror = (event) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(event.message || 'presence worker failed'));
      this.waiting.clear();
    };
  }

  private ask(key: number | 'ready', request: PresenceRequest, transfer: Transferable[] = []): Promise<PresenceReply> {
    return new Promise((resolve, reject) => {
      this.waiting.set(key, { resolve, reject });
      this.worker.postMessage(request, transfer);
    });
  }

  async init(base: string = presenceAssetsBase()): Promise<void> {
    await this.ask('ready', { kind: 'init', base });
  }

  async frame(t: number, bitmap: ImageBitmap): Promise<PresenceFrame> {
    const id = this.nextId++;
    const reply = await this.ask(id, { kind: 'frame', id, t, bitmap }, [bitmap]);
    if (reply.kind !== 'frame') throw new Error('unexpected reply from the presence worker');
    return reply.frame;
  }

  stop(): void {
    this.worker.terminate();
  }
}
