import { coachResultSchema, type CoachResult } from '@contract/coach';
import type { Db } from '../../store/database';
import { LlmJobRepo } from '../llm/llm-job-repo';

/** Coach jobs in the shared jobs table (kind "coach"), beside the take's score jobs. */
export class CoachJobRepo extends LlmJobRepo<CoachResult> {
  constructor(db: Db) {
    super(db, 'coach', coachResultSchema, 'The app closed before the coach answered.');
  }
}
