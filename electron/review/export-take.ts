import { AppError } from '@contract/app-error';
import type { ExportFormat, Review } from '@contract/review';
import { writeFeedbackReport } from './feedback-report';
import { writePlainText } from './plain-text';
import { writeSrt } from './srt';
import { writeVtt } from './vtt';

const mimeTypes: Record<ExportFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  srt: 'application/x-subrip;charset=utf-8',
  vtt: 'text/vtt;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

/** "2025-03-04-how-would-you-cut-p99-latency": the date and the start of the question, safe on every file system. */
export function exportBaseName(review: Review): string {
  const date = review.take.startedAt.slice(0, 10).replace(/[^0-9-]/g, '');
  const slug = review.question.prompt
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return [date, slug || 'take'].filter(Boolean).join('-');
}

/** A take's transcript or feedback report as a file's name, type and text. */
export function exportTake(
  review: Review,
  format: ExportFormat,
): { fileName: string; mimeType: string; content: string } {
  const { transcript } = review;
  if (format !== 'md' && !transcript) throw new AppError('CONFLICT', { reason: 'no-transcript' });
  const words = transcript?.words ?? [];
  let content: string;
  switch (format) {
    case 'txt':
      // Without word times (rare engines), the text as recognised is still worth having.
      content = words.length ? writePlainText(words, { timestamps: true }) : `${transcript!.text}\n`;
      break;
    case 'srt':
      content = writeSrt(words);
      break;
    case 'vtt':
      content = writeVtt(words);
      break;
    case 'md':
      content = writeFeedbackReport(review);
      break;
  }
  const suffix = format === 'md' ? '-feedback' : '';
  return { fileName: `${exportBaseName(review)}${suffix}.${format}`, mimeType: mimeTypes[format], content };
}
