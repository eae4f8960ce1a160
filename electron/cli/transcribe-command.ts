import fs from 'node:fs';
import path from 'node:path';
import { dataDirFrom } from '../app-paths';
import { parseArgs } from 'node:util';
import { isOpenAiServer, serverOrigin } from '@contract/server-address';
import { engineSettingsSchema, type EngineId, type Transcript } from '@contract/transcription';
import type { TranscriptionEngine } from '../transcription/engine';
import { initialPrompt } from '../transcription/initial-prompt';
import { FileApiKeyStore } from '../transcription/keys/api-key-store';
import { LocalWhisperEngine } from '../transcription/local/local-engine';
import { findWhisperCli } from '../transcription/local/whisper-cli-path';
import { modelFileName, RECOMMENDED_MODEL } from '../transcription/models/catalogue';
import { OpenAiEngine } from '../transcription/openai/openai-engine';
import { CliError, type CliCommand } from './command';

/** --model is a path to a .bin file, or the name of a model installed in the data folder. */
function localEngine(model: string | undefined, dataDir: string): TranscriptionEngine {
  const wanted = model ?? RECOMMENDED_MODEL;
  if (fs.existsSync(wanted) && fs.statSync(wanted).isFile()) {
    return new LocalWhisperEngine({
      binary: findWhisperCli(),
      modelFile: path.resolve(wanted),
      modelName: path.basename(wanted, '.bin'),
    });
  }
  const file = path.join(dataDir, 'models', modelFileName(wanted));
  if (!fs.existsSync(file)) {
    throw new CliError(
      `Model "${wanted}" is not installed in ${path.dirname(file)}. Download it in the app, or pass --model <file.bin>.`,
    );
  }
  return new LocalWhisperEngine({ binary: findWhisperCli(), modelFile: file, modelName: wanted });
}

async function openAiEngine(
  model: string | undefined,
  baseUrl: string | undefined,
  dataDir: string,
): Promise<TranscriptionEngine> {
  const url = baseUrl ?? process.env.OPENAI_BASE_URL ?? engineSettingsSchema.parse({}).openaiBaseUrl;
  // OPENAI_API_KEY belongs to OpenAI; any other server gets only the key saved for it in the app.
  const origin = serverOrigin(url);
  const saved = origin ? await new FileApiKeyStore(dataDir).get(origin) : null;
  const apiKey = (isOpenAiServer(url) ? process.env.OPENAI_API_KEY : undefined) ?? saved;
  if (!apiKey && isOpenAiServer(url)) throw new CliError('Set OPENAI_API_KEY to use the openai engine.');
  return new OpenAiEngine({
    apiKey,
    baseUrl: url,
    model: model ?? 'whisper-1',
    timeoutMs: 300_000,
  });
}

/** The documented output, keys in a fixed order. */
const output = (t: Transcript) => ({
  text: t.text,
  language: t.language,
  segments: t.segments.map(({ start, end, text }) => ({ start, end, text })),
  words: t.words.map(({ text, start, end, probability }) => ({ text, start, end, probability })),
  engine: t.engine,
  model: t.model,
  seconds: t.seconds,
});

export const transcribeCommand: CliCommand = {
  name: 'transcribe',
  usage: 'transcribe <wav> [--engine local|openai] [--model <path|name>] [--prompt …]',
  summary: 'Transcribe a 16 kHz mono WAV with word timings (local whisper.cpp by default).',
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        engine: { type: 'string', default: 'local' },
        model: { type: 'string' },
        prompt: { type: 'string' },
        language: { type: 'string', default: 'en' },
        'base-url': { type: 'string' },
        'data-dir': { type: 'string' },
        threads: { type: 'string' },
      },
    });
    const [wav] = positionals;
    if (!wav) throw new CliError('Give the path of a 16 kHz mono WAV file.');
    if (!fs.existsSync(wav)) throw new CliError(`Cannot read ${wav}.`);
    const engineId = values.engine as EngineId;
    if (engineId !== 'local' && engineId !== 'openai') throw new CliError('--engine must be "local" or "openai".');
    const dataDir = dataDirFrom(values['data-dir']);
    const engine =
      engineId === 'local'
        ? localEngine(values.model, dataDir)
        : await openAiEngine(values.model, values['base-url'], dataDir);
    const transcript = await engine.transcribe({
      audioFile: path.resolve(wav),
      language: values.language,
      prompt: values.prompt ?? initialPrompt(),
      threads: values.threads ? Number(values.threads) : undefined,
    });
    return output(transcript);
  },
};
