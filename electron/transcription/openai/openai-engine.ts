import OpenAI, { toFile } from 'openai';
import type { Segment, Transcript, Word } from '@contract/transcription';
import { monotonicProgress, type TranscribeRequest, type TranscriptionEngine } from '../engine';
import { refuseInsecureKey } from '../keys/server-keys';
import { encodeWav, readWav } from '../wav-pcm';
import { mapChunk, type VerboseResponse } from './map-response';
import { openAiError } from './openai-errors';
import { splitOnSilence } from './split-on-silence';

export interface OpenAiEngineOptions {
  /** null for a server that wants none. */
  readonly apiKey: string | null;
  readonly baseUrl: string;
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries?: number;
  /** OpenAI refuses uploads over 25 MB; stay under it with room for the multipart envelope. */
  readonly maxUploadBytes?: number;
}

const WAV_HEADER = 44;
export const DEFAULT_MAX_UPLOAD_BYTES = 24 * 1024 * 1024;

/** gpt-4o transcription models answer only json/text: no segment or word timings. */
const supportsVerbose = (model: string) => !/^gpt-4o/.test(model);

/**
 * OpenAI's transcription API or any server that speaks it (a local
 * faster-whisper or whisper.cpp server). The SDK retries 429, 5xx, dropped
 * connections and timeouts with exponential backoff, honouring Retry-After.
 */
export class OpenAiEngine implements TranscriptionEngine {
  readonly id = 'openai' as const;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiEngineOptions) {
    refuseInsecureKey(options.baseUrl, options.apiKey);
    this.client = new OpenAI({
      // The SDK insists on a key; servers without auth ignore whatever is sent.
      apiKey: options.apiKey ?? 'not-needed',
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries ?? 3,
    });
  }

  get model(): string {
    return this.options.model;
  }

  async transcribe(request: TranscribeRequest): Promise<Transcript> {
    const started = performance.now();
    const progress = monotonicProgress(request.onProgress);
    progress(0);
    const pcm = await readWav(request.audioFile);
    const maxSamples = Math.floor(((this.options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES) - WAV_HEADER) / 2);
    const chunks = splitOnSilence(pcm, maxSamples);
    const segments: Segment[] = [];
    const words: Word[] = [];
    let language = request.language ?? 'en';
    const verbose = supportsVerbose(this.options.model);
    for (const [index, chunk] of chunks.entries()) {
      const response = await this.client.audio.transcriptions
        .create(
          {
            file: await toFile(encodeWav(chunk.pcm), 'answer.wav', { type: 'audio/wav' }),
            model: this.options.model,
            ...(request.language ? { language: request.language } : {}),
            ...(request.prompt ? { prompt: request.prompt } : {}),
            ...(verbose
              ? {
                  response_format: 'verbose_json' as const,
                  timestamp_granularities: ['word' as const, 'segment' as const],
                }
              : { response_format: 'json' as const }),
          },
          { signal: request.signal },
        )
        .catch((error: unknown) => {
          throw openAiError(error, this.options.model);
        });
      const body = response as VerboseResponse;
      const mapped = mapChunk(body, chunk.offset, chunk.pcm.samples.length / chunk.pcm.sampleRate);
      segments.push(...mapped.segments);
      words.push(...mapped.words);
      language = request.language ?? body.language ?? language;
      progress((index + 1) / chunks.length);
    }
    return {
      text: segments.map((s) => s.text).join(' '),
      language,
      segments,
      words,
      engine: 'openai',
      model: this.options.model,
      seconds: Math.round(performance.now() - started) / 1000,
    };
  }
}
