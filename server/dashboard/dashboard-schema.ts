import type { Generated, JSONColumnType, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The tables of server/migrations/002_dashboard.sql, beside the class server's own. */
export interface CommentsTable {
  id: string;
  record_id: string;
  step: number;
  instructor_id: string;
  body: string;
  created_at: number;
}

export interface OverridesTable {
  id: string;
  record_id: string;
  instructor_id: string;
  passed: boolean;
  overall: number | null;
  reason: string;
  created_at: number;
}

/** A time span in which a class's evaluation attempts count (epoch ms; caseId absent = every case). */
export interface EvaluationWindow {
  readonly caseId?: string;
  readonly from: number;
  readonly to: number;
}

export interface ClassSettingsTable {
  class_id: string;
  pass_threshold: number;
  assigned_cases: JSONColumnType<string[], string, string>;
  windows: JSONColumnType<EvaluationWindow[], string, string>;
  updated_at: number;
}

/** An instructor's re-coding of a typed question (server/migrations/003_typed_question_codings.sql). */
export interface TypedCodingsTable {
  id: string;
  seq: Generated<number>;
  record_id: string;
  step: number;
  instructor_id: string;
  type: string;
  comment: string;
  created_at: number;
}

export type DashboardTables = {
  dashboard_comments: CommentsTable;
  dashboard_overrides: OverridesTable;
  dashboard_class_settings: ClassSettingsTable;
  typed_question_codings: TypedCodingsTable;
};

/** The class server's database seen with the dashboard's tables too (same connection). */
export const withDashboard = (db: Kysely<Database>): Kysely<Database & DashboardTables> =>
  db.withTables<DashboardTables>();
