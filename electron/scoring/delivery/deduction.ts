/** Points taken off the delivery score, with the reason the user reads. */
export interface Deduction {
  reason: string;
  points: number;
  /** What to do about it, when the reason alone does not say. */
  tip?: string;
}
