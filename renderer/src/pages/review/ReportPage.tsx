import Markdown from 'react-markdown';
import { guideLinkComponents } from '../../components/GuideLink';
import remarkGfm from 'remark-gfm';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { pdfFileName, saveAsPdf } from '../../components/save-pdf';

/**
 * The one-page feedback report, laid out for paper: the desktop app saves it
 * as a PDF file, a browser through its print dialog.
 */
export function ReportPage() {
  const { takeId = '' } = useParams();
  const report = useApiQuery('review.export', { takeId, format: 'md' }, ['jobs']);
  const [error, setError] = useState<string | null>(null);
  if (report.status === 'loading') return <Loading />;
  if (report.status === 'error') return <ErrorNotice message={report.message} onRetry={report.reload} />;
  return (
    <article className="report-page">
      <div className="report-actions no-print">
        <Link to={`/review/${takeId}`}>Back to the take</Link>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setError(null);
            saveAsPdf(pdfFileName(report.data.fileName.replace(/\.md$/, ''))).catch((e: unknown) =>
              setError(describeError(e).message),
            );
          }}
        >
          Save as PDF
        </button>
      </div>
      {error && <ErrorNotice message={error} />}
      <div className="markdown report-body" data-testid="report">
        <Markdown remarkPlugins={[remarkGfm]} components={guideLinkComponents} skipHtml>
          {report.data.content}
        </Markdown>
      </div>
    </article>
  );
}
