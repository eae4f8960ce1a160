/** Says a text with the system voice the user chose (or the default one); stops anything still speaking. */
export function speak(text: string, voiceName: string | null): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = voiceName ? window.speechSynthesis.getVoices().find((v) => v.name === voiceName) : undefined;
  if (voice) utterance.voice = voice;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
}
