-- Class server schema. Times are epoch milliseconds (bigint); ids are random UUIDs as text.

CREATE TABLE instructors (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  passphrase_hash text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE instructor_sessions (
  token_hash text PRIMARY KEY,
  instructor_id text NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);

CREATE TABLE classes (
  id text PRIMARY KEY,
  instructor_id text NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
  name text NOT NULL,
  code text NOT NULL UNIQUE,
  created_at bigint NOT NULL
);
CREATE INDEX classes_instructor ON classes (instructor_id);

CREATE TABLE trainees (
  id text PRIMARY KEY,
  class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  name text NOT NULL,
  code text NOT NULL,
  created_at bigint NOT NULL,
  UNIQUE (class_id, name, code)
);

CREATE TABLE trainee_tokens (
  token_hash text PRIMARY KEY,
  trainee_id text NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  created_at bigint NOT NULL
);

CREATE TABLE progress (
  session_id text PRIMARY KEY,
  trainee_id text NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  case_id text NOT NULL,
  language text NOT NULL,
  mode text NOT NULL,
  story_hash text NOT NULL,
  seed bigint NOT NULL,
  started_at bigint NOT NULL,
  length integer NOT NULL,
  updated_at bigint NOT NULL
);

-- One row per choice, written by the upload that first carried it.
CREATE TABLE progress_choices (
  session_id text NOT NULL REFERENCES progress (session_id) ON DELETE CASCADE,
  idx integer NOT NULL,
  choice integer NOT NULL,
  made_at bigint NOT NULL,
  received_at bigint NOT NULL,
  upload_length integer NOT NULL,
  PRIMARY KEY (session_id, idx)
);

CREATE TABLE records (
  record_id text PRIMARY KEY,
  trainee_id text NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  case_id text NOT NULL,
  language text NOT NULL,
  mode text NOT NULL,
  ended_at bigint NOT NULL,
  received_at bigint NOT NULL,
  body jsonb NOT NULL,
  body_digest text NOT NULL,
  status text NOT NULL,
  witnessed boolean,
  server_overall integer,
  server_passed boolean,
  server_result jsonb
);
CREATE INDEX records_trainee ON records (trainee_id);

-- Every story version the server has compiled, so older records stay verifiable.
CREATE TABLE stories (
  story_hash text PRIMARY KEY,
  case_id text NOT NULL,
  language text NOT NULL,
  json text NOT NULL,
  source_digest text NOT NULL,
  added_at bigint NOT NULL
);
CREATE INDEX stories_source ON stories (source_digest, case_id, language);
