/** VP9 where the browser can, VP8 otherwise; Opus audio; audio-only WebM without a camera. */
export function pickMimeType(withVideo: boolean, isSupported = (type: string) => MediaRecorder.isTypeSupported(type)) {
  const candidates = withVideo
    ? ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm']
    : ['audio/webm;codecs=opus', 'audio/webm'];
  return candidates.find(isSupported) ?? candidates.at(-1)!;
}
