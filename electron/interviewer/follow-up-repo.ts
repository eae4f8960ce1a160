import { askedFollowUpSchema, type AskedFollowUp, type FollowUp } from '@contract/follow-ups';
import { AppError } from '@contract/app-error';
import type { Db } from '../store/database';

export interface FollowUpTake {
  takeId: string;
  followUp: AskedFollowUp;
}

function parse(text: string | null): AskedFollowUp | null {
  if (!text) return null;
  try {
    const parsed = askedFollowUpSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Links follow-up takes to the take they follow up on. */
export class FollowUpRepo {
  constructor(private readonly db: Db) {}

  /** Only a first answer of the same question can be followed up, and a take answers one follow-up only once. */
  link(takeId: string, parentTakeId: string, followUp: FollowUp, targetSeconds: number): void {
    if (takeId === parentTakeId) throw new AppError('VALIDATION', { reason: 'follow-up-of-itself' });
    const rows = this.db
      .prepare('SELECT id, question_id, parent_take_id FROM takes WHERE id IN (?, ?)')
      .all(takeId, parentTakeId) as { id: string; question_id: string; parent_take_id: string | null }[];
    const take = rows.find((r) => r.id === takeId);
    const parent = rows.find((r) => r.id === parentTakeId);
    if (!take || !parent) throw new AppError('NOT_FOUND', { what: 'take' });
    if (take.question_id !== parent.question_id || parent.parent_take_id !== null) {
      throw new AppError('CONFLICT', { reason: 'follow-up-other-question' });
    }
    const asked: AskedFollowUp = { ...followUp, targetSeconds };
    this.db
      .prepare('UPDATE takes SET parent_take_id = ?, follow_up = ? WHERE id = ?')
      .run(parentTakeId, JSON.stringify(asked), takeId);
  }

  /** The follow-up a take answered, if it is a follow-up take. */
  followUpOf(takeId: string): AskedFollowUp | null {
    const row = this.db.prepare('SELECT follow_up FROM takes WHERE id = ?').get(takeId) as
      { follow_up: string | null } | undefined;
    return parse(row?.follow_up ?? null);
  }

  /** The first answer a take belongs to (null when it is one) and the question it answers. */
  threadStart(takeId: string): { parent_take_id: string | null; prompt: string } | undefined {
    return this.db
      .prepare('SELECT a.parent_take_id, q.prompt FROM takes a JOIN questions q ON q.id = a.question_id WHERE a.id = ?')
      .get(takeId) as { parent_take_id: string | null; prompt: string } | undefined;
  }

  /** First answers that have follow-up takes. */
  parentIds(): string[] {
    return this.db
      .prepare('SELECT DISTINCT parent_take_id FROM takes WHERE parent_take_id IS NOT NULL')
      .pluck()
      .all() as string[];
  }

  /** Follow-up takes of a first answer, in the order they were recorded. */
  childrenOf(parentTakeId: string): FollowUpTake[] {
    const rows = this.db
      .prepare('SELECT id, follow_up FROM takes WHERE parent_take_id = ? ORDER BY started_at, rowid')
      .all(parentTakeId) as { id: string; follow_up: string | null }[];
    return rows.flatMap((r) => {
      const followUp = parse(r.follow_up);
      return followUp ? [{ takeId: r.id, followUp }] : [];
    });
  }
}
