import { vi } from 'vitest';
import type { Take } from '@contract/takes';
import type { Question } from '@contract/decks';
import type { Settings } from '@contract/settings';
import type { TakeRecorderEvents } from '../../../recording/take-recorder';
import type { CaptureApi } from './capture-api';

export const question: Question = {
  id: 'q1',
  deckId: 'd1',
  position: 0,
  prompt: 'Tell me about a time you disagreed with your manager.',
  modelAnswer: '',
  section: 'Behavioral',
  difficulty: null,
  kind: 'behavioral',
  targetSeconds: 10,
  targetSource: 'stated',
};

export const settings: Settings = {
  theme: 'system',
  thinkSeconds: 3,
  readQuestionAloud: false,
  cameraEnabled: true,
  cameraDeviceId: null,
  microphoneDeviceId: null,
} as Settings;

export const savedTake: Take = {
  id: 'a1',
  questionId: 'q1',
  name: '',
  status: 'recorded',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 12_000,
  videoFile: 'a1.webm',
  audioFile: 'a1.wav',
};

/** Devices and recorder that succeed instantly and record what was asked of them. */
export function fakeCapture(options: { openError?: unknown } = {}) {
  const stream = {
    getTracks: () => [],
    getVideoTracks: () => [{}],
    getAudioTracks: () => [{}],
  } as unknown as MediaStream;
  const recorder = {
    start: vi.fn(() => Promise.resolve()),
    stop: vi.fn(() => Promise.resolve(savedTake)),
    cancel: vi.fn(() => Promise.resolve()),
  };
  let events: TakeRecorderEvents | null = null;
  const capture: CaptureApi = {
    open: vi.fn(() => (options.openError ? Promise.reject(options.openError) : Promise.resolve(stream))),
    close: vi.fn(),
    recorder: vi.fn((_stream: MediaStream, e: TakeRecorderEvents) => {
      events = e;
      return recorder;
    }),
  };
  return { capture, recorder, stream, events: () => events! };
}
