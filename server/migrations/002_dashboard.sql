-- The instructor's dashboard: comments and overrides beside the computed result, class settings.
-- Times are epoch milliseconds (bigint); ids are random UUIDs as text.

-- A comment of an instructor on one step of one attempt.
CREATE TABLE dashboard_comments (
  id text PRIMARY KEY,
  record_id text NOT NULL REFERENCES records (record_id) ON DELETE CASCADE,
  step integer NOT NULL,
  instructor_id text NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
  body text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX dashboard_comments_record ON dashboard_comments (record_id);

-- An instructor's override of an attempt's result, with its reason. Never replaces the
-- server's computed result (records.server_*): the newest override is shown beside it.
CREATE TABLE dashboard_overrides (
  id text PRIMARY KEY,
  record_id text NOT NULL REFERENCES records (record_id) ON DELETE CASCADE,
  instructor_id text NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
  passed boolean NOT NULL,
  overall integer,
  reason text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX dashboard_overrides_record ON dashboard_overrides (record_id);

-- Per class: the pass threshold, the cases assigned (in order) and the evaluation windows.
CREATE TABLE dashboard_class_settings (
  class_id text PRIMARY KEY REFERENCES classes (id) ON DELETE CASCADE,
  pass_threshold integer NOT NULL,
  assigned_cases jsonb NOT NULL,
  windows jsonb NOT NULL,
  updated_at bigint NOT NULL
);
