/** The parts of whisper-cli's `--output-json-full` file we use. */
export interface WhisperJson {
  model?: { multilingual?: boolean };
  result?: { language?: string };
  transcription: Array<{
    offsets: { from: number; to: number };
    text: string;
    tokens?: Array<{ text: string; id: number; p: number; offsets?: { from: number; to: number } }>;
  }>;
}

/**
 * whisper-cli escapes only quotes and backslashes, so a token such as "\n"
 * lands in the file as a raw control character, which JSON forbids inside
 * strings. Escape those before parsing.
 */
export function escapeControlCharsInStrings(raw: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of raw) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      else if (ch < ' ') {
        out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
        continue;
      }
    } else if (ch === '"') {
      inString = true;
    }
    out += ch;
  }
  return out;
}

export function parseWhisperJson(raw: string): WhisperJson {
  const parsed = JSON.parse(escapeControlCharsInStrings(raw)) as WhisperJson;
  if (!parsed || !Array.isArray(parsed.transcription)) throw new Error('whisper-cli wrote no transcription');
  return parsed;
}
