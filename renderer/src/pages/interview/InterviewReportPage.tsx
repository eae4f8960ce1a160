import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ReportSummary } from './ReportSummary';
import { ReportTable } from './ReportTable';
import { pdfFileName, saveAsPdf } from '../../components/save-pdf';
import { exportMarkdown } from './export-report';
import './interview.css';

/** The end of an interview: every question with its score and time, then the figures across them. */
export function InterviewReportPage() {
  const { interviewId = '' } = useParams();
  // Scores arrive after the interview as transcription and scoring finish; the report follows them.
  const report = useApiQuery('interviews.report', { interviewId }, ['takes', 'jobs']);
  const [error, setError] = useState<string | null>(null);
  const onExport = () => {
    setError(null);
    exportMarkdown(interviewId).catch((e: unknown) => setError(describeError(e).message));
  };
  if (report.status === 'loading') return <Loading />;
  if (report.status === 'error') return <ErrorNotice message={report.message} onRetry={report.reload} />;
  const { interview } = report.data;
  return (
    <div className="interview-report">
      <PageHeader
        title="Interview report"
        subtitle={interview.title}
        actions={
          <>
            <button type="button" onClick={onExport} data-testid="export-markdown">
              Export Markdown
            </button>
            <button
              type="button"
              onClick={() =>
                saveAsPdf(pdfFileName(`Interview report ${interview.title}`)).catch((e: unknown) =>
                  setError(describeError(e).message),
                )
              }
            >
              Save as PDF
            </button>
            <Link to="/interview">New interview</Link>
          </>
        }
      />
      {error && <ErrorNotice message={error} />}
      <ReportTable rows={report.data.rows} />
      <ReportSummary report={report.data} />
    </div>
  );
}
