import { Navigate, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { browserCapture } from '../practice/session/capture-api';
import { MockRunner } from './MockRunner';
import './mock.css';

/** Runs an interview; an ended one opens its report instead. */
export function MockRunPage() {
  const { sessionId = '' } = useParams();
  const session = useApiQuery('sessions.get', { sessionId });
  const settings = useApiQuery('settings.get', {}, ['settings']);
  if (session.status === 'loading' || settings.status === 'loading') return <Loading />;
  if (session.status === 'error') return <ErrorNotice message={session.message} onRetry={session.reload} />;
  if (settings.status === 'error') return <ErrorNotice message={settings.message} onRetry={settings.reload} />;
  if (session.data.status === 'completed' || session.data.status === 'quit') {
    return <Navigate to={`/mock/${sessionId}/report`} replace />;
  }
  return <MockRunner initial={session.data} settings={settings.data} capture={browserCapture} />;
}
