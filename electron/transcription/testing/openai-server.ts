import { startScriptedOpenAiServer } from '../../testing/scripted-openai-server';
import { parseWav } from '../wav-pcm';

export type Reply = 'ok' | 429 | 401 | 403 | 500 | 'hang';

export interface ReceivedUpload {
  model: string;
  responseFormat: string;
  granularities: string[];
  prompt: string | null;
  authorization: string | null;
  seconds: number;
}

/**
 * An OpenAI-compatible /audio/transcriptions endpoint for tests. Each request
 * takes the next scripted reply ('ok' when none is left). An 'ok' reply
 * describes the audio it received: one segment from 0.5 s to 0.5 s before the
 * end and two words, in chunk-relative seconds like the real API.
 */
export async function startOpenAiServer(replies: Reply[] = []) {
  const received: ReceivedUpload[] = [];
  const server = await startScriptedOpenAiServer(replies, async (_reply, { req, body }, res) => {
    // A copy typed as plain bytes: with the DOM library loaded, a Buffer is not a BodyInit.
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData();
    const file = form.get('file') as Blob;
    const pcm = parseWav(Buffer.from(await file.arrayBuffer()));
    const seconds = pcm.samples.length / pcm.sampleRate;
    received.push({
      model: String(form.get('model')),
      responseFormat: String(form.get('response_format')),
      granularities: form.getAll('timestamp_granularities[]').map(String),
      prompt: form.has('prompt') ? String(form.get('prompt')) : null,
      authorization: req.headers.authorization ?? null,
      seconds,
    });
    const n = received.length;
    res.writeHead(200, { 'content-type': 'application/json' });
    // gpt-4o transcription models answer plain json: the text and nothing else.
    if (String(form.get('response_format')) === 'json')
      return void res.end(JSON.stringify({ text: ` Part ${n} spoken.` }));
    res.end(
      JSON.stringify({
        text: ` Part ${n} spoken.`,
        language: 'english',
        duration: seconds,
        segments: [{ id: 0, start: 0.5, end: seconds - 0.5, text: ` Part ${n} spoken.`, avg_logprob: -0.1 }],
        words: [
          { word: 'Part', start: 0.5, end: 0.9 },
          { word: `${n}`, start: 1.0, end: 1.2 },
        ],
      }),
    );
  });
  return { ...server, received };
}
