import fs from 'node:fs';
import path from 'node:path';
import { modelNameSchema, type ModelInfo } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import {
  catalogue,
  catalogueEntry,
  DEFAULT_MODEL_BASE_URL,
  modelFileName,
  modelUrl,
  RECOMMENDED_MODEL,
} from './catalogue';
import { downloadFile, type DownloadRequest } from './download-file';
import { importModelFile } from './import-model';
import type { DownloadProgress } from './progress-meter';

export interface ModelEvent {
  name: string;
  state: 'downloading' | 'paused' | 'installed' | 'failed' | 'canceled';
  progress: DownloadProgress;
  error: AppError | null;
}

export interface ModelManagerOptions {
  readonly modelsDir: string;
  readonly baseUrl?: string;
  readonly onEvent?: (event: ModelEvent) => void;
  /** Passed to every download (tests shorten retries and inject write failures). */
  readonly downloadOverrides?: Partial<DownloadRequest>;
}

interface Active {
  controller: AbortController;
  stopAs: 'paused' | 'canceled' | null;
  progress: DownloadProgress;
  done: Promise<void>;
}

/** Installed models are ggml-<name>.bin files in the models folder; downloads in progress are .part files beside them. */
export class ModelManager {
  private readonly active = new Map<string, Active>();

  constructor(private readonly options: ModelManagerOptions) {}

  fileFor(name: string): string {
    if (!modelNameSchema.safeParse(name).success) throw new AppError('VALIDATION', { reason: 'model-name' });
    return path.join(this.options.modelsDir, modelFileName(name));
  }

  /** The installed model's file, or null. */
  installedFile(name: string): string | null {
    const file = this.fileFor(name);
    return fs.existsSync(file) ? file : null;
  }

  installedNames(): string[] {
    return fs
      .readdirSync(this.options.modelsDir)
      .filter((f) => f.startsWith('ggml-') && f.endsWith('.bin'))
      .map((f) => f.slice(5, -4));
  }

  list(): { models: ModelInfo[]; diskBytes: number } {
    const installed = new Set(this.installedNames());
    const names = [...catalogue.map((m) => m.name), ...[...installed].filter((n) => !catalogueEntry(n))];
    const models = names.map((name): ModelInfo => {
      const entry = catalogueEntry(name);
      const file = this.fileFor(name);
      const partBytes = fs.statSync(`${file}.part`, { throwIfNoEntry: false })?.size;
      const active = this.active.get(name);
      const total = active?.progress.totalBytes ?? entry?.sizeBytes ?? 0;
      return {
        name,
        description: entry?.description ?? 'A model file you imported.',
        multilingual: entry?.multilingual ?? !name.includes('.en'),
        quantized: entry?.quantized ?? /-q\d/.test(name),
        sizeBytes: installed.has(name) ? fs.statSync(file).size : (entry?.sizeBytes ?? 0),
        recommended: name === RECOMMENDED_MODEL,
        source: entry ? 'catalogue' : 'imported',
        installed: installed.has(name),
        download:
          active || partBytes !== undefined
            ? {
                state: active ? 'downloading' : 'paused',
                receivedBytes: active?.progress.receivedBytes ?? partBytes ?? 0,
                totalBytes: total,
                etaSeconds: active?.progress.etaSeconds ?? null,
              }
            : null,
      };
    });
    return { models, diskBytes: this.diskBytes() };
  }

  diskBytes(): number {
    return fs
      .readdirSync(this.options.modelsDir)
      .reduce(
        (sum, f) => sum + (fs.statSync(path.join(this.options.modelsDir, f), { throwIfNoEntry: false })?.size ?? 0),
        0,
      );
  }

  /** Starts (or resumes) a download in the background; the returned promise settles when it ends. */
  download(name: string): Promise<void> {
    const entry = catalogueEntry(name);
    if (!entry) throw new AppError('NOT_FOUND', { reason: 'model-not-in-catalogue', model: name });
    const running = this.active.get(name);
    if (running) return running.done;
    if (this.installedFile(name)) return Promise.resolve();
    const file = this.fileFor(name);
    const controller = new AbortController();
    const active: Active = {
      controller,
      stopAs: null,
      progress: { receivedBytes: 0, totalBytes: entry.sizeBytes, etaSeconds: null },
      done: Promise.resolve(),
    };
    const emit = (state: ModelEvent['state'], error: AppError | null = null) =>
      this.options.onEvent?.({ name, state, progress: active.progress, error });
    active.done = downloadFile({
      url: modelUrl(this.options.baseUrl ?? DEFAULT_MODEL_BASE_URL, name),
      partFile: `${file}.part`,
      finalFile: file,
      sha1: entry.sha1,
      sha256: entry.sha256,
      signal: controller.signal,
      onProgress: (progress) => {
        active.progress = progress;
        emit('downloading');
      },
      ...this.options.downloadOverrides,
    }).then(
      () => {
        this.active.delete(name);
        emit('installed');
      },
      (error: unknown) => {
        this.active.delete(name);
        if (active.stopAs === 'canceled') fs.rmSync(`${file}.part`, { force: true });
        if (active.stopAs) return emit(active.stopAs);
        emit('failed', error instanceof AppError ? error : new AppError('INTERNAL', { said: String(error) }));
        throw error;
      },
    );
    this.active.set(name, active);
    emit('downloading');
    return active.done;
  }

  pause(name: string): void {
    this.stop(name, 'paused');
  }

  cancel(name: string): void {
    if (!this.stop(name, 'canceled')) fs.rmSync(`${this.fileFor(name)}.part`, { force: true });
  }

  private stop(name: string, as: 'paused' | 'canceled'): boolean {
    const active = this.active.get(name);
    if (!active) return false;
    active.stopAs = as;
    active.controller.abort();
    return true;
  }

  async import(source: string): Promise<ModelInfo> {
    const name = await importModelFile(source, (n) => this.fileFor(n));
    return this.list().models.find((m) => m.name === name)!;
  }

  async delete(name: string): Promise<void> {
    const active = this.active.get(name);
    if (active) {
      this.cancel(name);
      await active.done.catch(() => {});
    }
    const file = this.installedFile(name);
    if (!file && !fs.existsSync(`${this.fileFor(name)}.part`))
      throw new AppError('NOT_FOUND', { reason: 'model-not-installed' });
    fs.rmSync(this.fileFor(name), { force: true });
    fs.rmSync(`${this.fileFor(name)}.part`, { force: true });
  }
}
