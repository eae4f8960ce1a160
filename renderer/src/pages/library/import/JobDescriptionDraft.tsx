import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportPreview } from '@contract/decks';
import { api } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { useApiQuery } from '../../../api/use-api-query';
import type { GuideSource } from './SourcePicker';

/**
 * A deck drafted by the LLM interviewer from a job description (and résumé):
 * it opens in the import preview like any guide, and nothing is saved until
 * the user saves it there.
 */
export function JobDescriptionDraft(props: {
  busy: boolean;
  onBusy(busy: boolean): void;
  onError(message: string | null): void;
  onDraft(source: GuideSource, preview: ImportPreview): void;
}) {
  const status = useApiQuery('followUps.interviewer.status', {}, ['settings']);
  const [jobDescription, setJobDescription] = useState('');
  const [resume, setResume] = useState('');
  const ready = status.status === 'ready' && status.data.blocker === null;

  const draft = async () => {
    props.onBusy(true);
    props.onError(null);
    try {
      const { source, preview } = await api.call('decks.draftFromJob', {
        jobDescription,
        resume: resume.trim() || null,
      });
      props.onDraft(source, preview);
    } catch (e) {
      props.onError(describeError(e).message);
    } finally {
      props.onBusy(false);
    }
  };

  return (
    <section className="paste-box" aria-labelledby="job-draft-title" data-testid="job-draft">
      <h2 id="job-draft-title">Or draft a deck from a job description</h2>
      {status.status === 'ready' && !ready && (
        <p className="muted" role="status" data-testid="job-draft-unavailable">
          {status.data.blocker === 'API_KEY_MISSING'
            ? 'The LLM interviewer needs an API key for its server, or the address of your own OpenAI-compatible server.'
            : 'Drafting questions needs the LLM interviewer, an OpenAI-compatible server you choose.'}{' '}
          Set it up in <Link to="/settings">Settings → Engines</Link>, or import a guide above instead.
        </p>
      )}
      {ready && (
        <>
          <label htmlFor="job-draft-description">
            Job description: the interviewer drafts 10–20 likely questions with model-answer outlines (sent to{' '}
            {status.data.baseUrl})
          </label>
          <textarea
            id="job-draft-description"
            data-testid="job-draft-description"
            rows={8}
            value={jobDescription}
            onChange={(event) => setJobDescription(event.target.value)}
          />
          <label htmlFor="job-draft-resume">Your résumé (optional: answers are built from your own experience)</label>
          <textarea
            id="job-draft-resume"
            data-testid="job-draft-resume"
            rows={4}
            value={resume}
            onChange={(event) => setResume(event.target.value)}
          />
          <button
            type="button"
            className="primary"
            data-testid="job-draft-submit"
            disabled={props.busy || !jobDescription.trim()}
            onClick={() => void draft()}
          >
            {props.busy ? 'Drafting…' : 'Draft questions'}
          </button>
        </>
      )}
    </section>
  );
}
