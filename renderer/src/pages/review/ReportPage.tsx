import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';

/**
 * The one-page feedback report, laid out for paper: the print dialog's
 * "Save as PDF" (in the desktop app and in browsers) turns it into a PDF.
 */
export function ReportPage() {
  const { attemptId = '' } = useParams();
  const report = useApiQuery('review.export', { attemptId, format: 'md' }, ['jobs']);
  if (report.status === 'loading') return <Loading />;
  if (report.status === 'error') return <ErrorNotice message={report.message} onRetry={report.reload} />;
  return (
    <article className="report-page">
      <div className="report-actions no-print">
        <Link to={`/review/${attemptId}`}>Back to the take</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <div className="markdown report-body" data-testid="report">
        <Markdown remarkPlugins={[remarkGfm]} skipHtml>
          {report.data.content}
        </Markdown>
      </div>
    </article>
  );
}
