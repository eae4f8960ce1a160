import { Link, useNavigate, useParams } from 'react-router';
import type { SettingsPatch } from '@contract/settings';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { RecoveryNotice } from './RecoveryNotice';
import { browserCapture } from './session/capture-api';
import { InterviewerFields } from '../interview/InterviewerFields';
import { FeedbackStatus } from './FeedbackStatus';
import { PracticeFollowUps } from './PracticeFollowUps';
import { PracticeScreen } from './session/PracticeScreen';
import { QuestionTakesList } from './takes/QuestionTakesList';

/** Practice one question of a deck, with its takes below; N moves on through the deck. */
export function QuestionPracticePage() {
  const { deckId = '', questionId = '' } = useParams();
  const navigate = useNavigate();
  const deck = useApiQuery('decks.get', { deckId }, ['decks']);
  const settings = useApiQuery('settings.get', {}, ['settings']);
  if (deck.status === 'loading' || settings.status === 'loading') return <Loading />;
  if (deck.status === 'error') return <ErrorNotice message={deck.message} onRetry={deck.reload} />;
  if (settings.status === 'error') return <ErrorNotice message={settings.message} onRetry={settings.reload} />;

  const questions = deck.data.questions;
  const index = questions.findIndex((q) => q.id === questionId);
  const question = questions[index];
  if (!question) return <ErrorNotice message="That question is no longer in this deck." />;
  const next = questions[index + 1];
  const save = (patch: SettingsPatch) => void api.call('settings.update', patch).catch(() => undefined);

  return (
    <>
      <PageHeader
        title={deck.data.title}
        subtitle={`Question ${index + 1} of ${questions.length}${question.section ? ` · ${question.section}` : ''}`}
        actions={<Link to={`/practice/${deckId}`}>All questions</Link>}
      />
      <RecoveryNotice />
      <PracticeScreen
        key={question.id}
        question={question}
        settings={settings.data}
        capture={browserCapture}
        onSettingsChange={save}
        onNext={next ? () => void navigate(`/practice/${deckId}/${next.id}`) : undefined}
        afterSave={(take, { stream, hold }) =>
          settings.data.practiceInterviewer.followUps > 0 ? (
            <PracticeFollowUps
              take={take}
              question={question}
              settings={settings.data}
              stream={stream}
              capture={browserCapture}
              hold={hold}
            />
          ) : (
            <FeedbackStatus takeId={take.id} />
          )
        }
      />
      <InterviewerFields
        value={settings.data.practiceInterviewer}
        testIds="practice"
        onChange={(practiceInterviewer) => {
          settings.replace({ ...settings.data, practiceInterviewer });
          save({ practiceInterviewer });
        }}
      />
      <QuestionTakesList questionId={question.id} />
    </>
  );
}
