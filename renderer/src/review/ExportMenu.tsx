import { download } from '../components/download';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ExportFormat } from '@contract/review';
import { describeError } from '../api/describe-error';

const formats: { format: ExportFormat; label: string }[] = [
  { format: 'txt', label: 'Transcript (.txt)' },
  { format: 'srt', label: 'Subtitles (.srt)' },
  { format: 'vtt', label: 'Subtitles with word timings (.vtt)' },
  { format: 'md', label: 'Feedback report (.md)' },
];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export function ExportMenu(props: {
  takeId: string;
  videoUrl: string | null;
  videoName: string;
  hasTranscript: boolean;
  onExport(format: ExportFormat): Promise<ExportedFile>;
}) {
  const [error, setError] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setError(null);
    try {
      download(await props.onExport(format));
    } catch (caught) {
      setError(describeError(caught).message);
    }
  };
  return (
    <section className="panel export-menu" aria-label="Export">
      <h2>Export</h2>
      <div className="export-actions">
        {props.videoUrl && (
          <a className="button" href={props.videoUrl} download={props.videoName}>
            Recording (.webm)
          </a>
        )}
        {formats.map(({ format, label }) => (
          <button type="button" key={format} disabled={!props.hasTranscript} onClick={() => void run(format)}>
            {label}
          </button>
        ))}
      </div>
      <p className="muted">
        <Link to={`/review/${props.takeId}/report`}>Feedback report for printing or PDF</Link>
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
