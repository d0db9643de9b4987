import type { Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

/**
 * The tables of server/migrations, as Kysely sees them. Times are epoch milliseconds
 * (bigint in SQL, read back as numbers by both drivers).
 */
export interface InstructorsTable {
  id: string;
  username: string;
  passphrase_hash: string;
  created_at: number;
}

export interface InstructorSessionsTable {
  token_hash: string;
  instructor_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

export interface ClassesTable {
  id: string;
  instructor_id: string;
  name: string;
  code: string;
  created_at: number;
}

export interface TraineesTable {
  id: string;
  class_id: string;
  name: string;
  code: string;
  created_at: number;
}

export interface TraineeTokensTable {
  token_hash: string;
  trainee_id: string;
  created_at: number;
}

export interface ProgressTable {
  session_id: string;
  trainee_id: string;
  case_id: string;
  language: string;
  mode: string;
  story_hash: string;
  seed: number;
  started_at: number;
  length: number;
  updated_at: number;
}

export interface ProgressChoicesTable {
  session_id: string;
  idx: number;
  choice: number;
  made_at: number;
  received_at: number;
  upload_length: number;
}

export type RecordStatus = 'verified' | 'altered' | 'unverifiable';

/** What the server's own replay gave; null fields when it could not replay. */
export interface ServerResult {
  readonly ending: string | null;
  readonly overall: number | null;
  readonly passed: boolean | null;
  readonly competencies: Readonly<Record<string, number>>;
  readonly differences: readonly string[];
  readonly reason?: string;
}

export interface RecordsTable {
  record_id: string;
  trainee_id: string;
  case_id: string;
  language: string;
  mode: string;
  ended_at: number;
  received_at: number;
  body: JSONColumnType<Record<string, unknown>, string, string>;
  body_digest: string;
  status: RecordStatus;
  witnessed: boolean | null;
  server_overall: number | null;
  server_passed: boolean | null;
  server_result: JSONColumnType<ServerResult, string, string>;
}

export interface StoriesTable {
  story_hash: string;
  case_id: string;
  language: string;
  json: string;
  source_digest: string;
  added_at: number;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: Generated<number>;
}

export interface Database {
  instructors: InstructorsTable;
  instructor_sessions: InstructorSessionsTable;
  classes: ClassesTable;
  trainees: TraineesTable;
  trainee_tokens: TraineeTokensTable;
  progress: ProgressTable;
  progress_choices: ProgressChoicesTable;
  records: RecordsTable;
  stories: StoriesTable;
  schema_migrations: SchemaMigrationsTable;
}

export type RecordRow = Selectable<RecordsTable>;
export type NewRecordRow = Insertable<RecordsTable>;
