/**
 * jsdom's media elements neither play nor keep a position, so tests drive one
 * by hand: set the clock, emit the events a browser would, and read back what
 * the component asked for (seeks, rate, play/pause).
 */
export interface FakeMedia {
  readonly element: HTMLMediaElement;
  readonly seeks: number[];
  /** Move the playhead as playback would (no seek recorded). */
  setTime(seconds: number): void;
  /** Emit a browser event on the element. */
  emit(name: string): void;
}

export function fakeMedia(element: HTMLMediaElement, duration = 60): FakeMedia {
  let time = 0;
  let paused = true;
  const seeks: number[] = [];
  const emit = (name: string) => element.dispatchEvent(new Event(name));
  Object.defineProperties(element, {
    currentTime: {
      configurable: true,
      get: () => time,
      set: (value: number) => {
        time = value;
        seeks.push(value);
        emit('seeking');
        emit('seeked');
      },
    },
    duration: { configurable: true, get: () => duration },
    paused: { configurable: true, get: () => paused },
    play: {
      configurable: true,
      value: () => {
        paused = false;
        emit('play');
        return Promise.resolve();
      },
    },
    pause: {
      configurable: true,
      value: () => {
        paused = true;
        emit('pause');
      },
    },
  });
  return {
    element,
    seeks,
    setTime: (seconds: number) => {
      time = seconds;
    },
    emit,
  };
}
