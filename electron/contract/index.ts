// The one API contract: every call and event between renderer and main is
// declared here once. Electron IPC and browser-mode HTTP are adapters over it.
import type { z } from 'zod';
import { appCalls } from './app';
import { coachCalls, coachEvents } from './coach';
import { takeCalls } from './takes';
import { deckCalls } from './decks';
import { followUpCalls } from './follow-ups';
import { judgeCalls } from './judge';
import type { CallSpec, EventSpec } from './define';
import { appEvents } from './events';
import { progressCalls } from './progress';
import { interviewCalls } from './interviews';
import { recordingCalls, recordingEvents } from './recording';
import { reviewCalls } from './review';
import { settingsCalls } from './settings';
import { transcriptionCalls, transcriptionEvents } from './transcription';

export const calls = {
  ...appCalls,
  ...settingsCalls,
  ...deckCalls,
  ...takeCalls,
  ...recordingCalls,
  ...progressCalls,
  ...interviewCalls,
  ...transcriptionCalls,
  ...coachCalls,
  ...judgeCalls,
  ...reviewCalls,
  ...followUpCalls,
} satisfies Record<string, CallSpec>;

export const events = {
  ...appEvents,
  ...recordingEvents,
  ...transcriptionEvents,
  ...coachEvents,
} satisfies Record<string, EventSpec>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]['payload']>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** IPC channel names are derived, never written by hand. */
export const callChannel = (name: CallName) => `rehearse:call:${name}`;
export const eventChannel = (name: EventName) => `rehearse:event:${name}`;

export * from './result';
export * from './error-detail';
export * from './database-status';
