import { FeedbackService, type FeedbackServiceOptions } from './feedback-service';

export type { FeedbackService };

/** Builds the feedback pipeline and starts listening for finished transcripts. */
export function startFeedback(options: FeedbackServiceOptions): FeedbackService {
  const feedback = new FeedbackService(options);
  feedback.start();
  return feedback;
}
