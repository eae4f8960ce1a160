import { Navigate, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { browserCapture } from '../practice/session/capture-api';
import { InterviewRunner } from './InterviewRunner';
import './interview.css';

/** Runs an interview; an ended one opens its report instead. */
export function InterviewRunPage() {
  const { interviewId = '' } = useParams();
  const interview = useApiQuery('interviews.get', { interviewId });
  const settings = useApiQuery('settings.get', {}, ['settings']);
  if (interview.status === 'loading' || settings.status === 'loading') return <Loading />;
  if (interview.status === 'error') return <ErrorNotice message={interview.message} onRetry={interview.reload} />;
  if (settings.status === 'error') return <ErrorNotice message={settings.message} onRetry={settings.reload} />;
  if (interview.data.status === 'completed' || interview.data.status === 'quit') {
    return <Navigate to={`/interview/${interviewId}/report`} replace />;
  }
  return <InterviewRunner initial={interview.data} settings={settings.data} capture={browserCapture} />;
}
