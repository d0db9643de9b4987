-- Issue 15: instructors' re-codings of the questions trainees typed at open decisions,
-- kept as labelled data for the question classifier. History is kept: every re-coding is
-- a row; a question's (record, step) current re-coding is its newest (highest seq).
CREATE TABLE typed_question_codings (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  record_id text NOT NULL REFERENCES records (record_id) ON DELETE CASCADE,
  step integer NOT NULL,
  instructor_id text NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,
  type text NOT NULL,
  comment text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX typed_question_codings_question ON typed_question_codings (record_id, step, seq);
