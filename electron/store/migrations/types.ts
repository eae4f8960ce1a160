/** One schema change. Versions are consecutive; a migration never changes once released. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
