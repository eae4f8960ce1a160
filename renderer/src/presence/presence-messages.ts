import type { PresenceFrame } from '@contract/presence';

/** Messages to the presence worker. */
export type PresenceRequest =
  { kind: 'init'; base: string } | { kind: 'frame'; id: number; t: number; bitmap: ImageBitmap };

/** Messages from the presence worker. */
export type PresenceReply =
  | { kind: 'ready' }
  | { kind: 'frame'; id: number; frame: PresenceFrame }
  | { kind: 'error'; id: number | null; message: string };
