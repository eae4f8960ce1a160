// The media element is an outside system to React: these write to it on the component's behalf.

export function seekMedia(media: HTMLMediaElement, seconds: number): void {
  const end = Number.isFinite(media.duration) ? media.duration : seconds;
  media.currentTime = Math.max(0, Math.min(seconds, end));
}

export function setMediaRate(media: HTMLMediaElement, rate: number): void {
  media.playbackRate = rate;
  media.defaultPlaybackRate = rate;
}

export function playMedia(media: HTMLMediaElement): void {
  // play() rejects when the user agent blocks it or the source is gone; the button simply stays "Play".
  void media.play()?.catch(() => undefined);
}
