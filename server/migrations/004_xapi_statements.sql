-- xAPI statements the simulator (or any xAPI client with a trainee token) sends: the class
-- server as the academy's LRS. Stored once per statement id; times are epoch milliseconds.
CREATE TABLE xapi_statements (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  statement_id text PRIMARY KEY,
  trainee_id text NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  verb text NOT NULL,
  object_id text,
  registration text,
  body jsonb NOT NULL,
  body_digest text NOT NULL,
  stored_at bigint NOT NULL
);
CREATE INDEX xapi_statements_trainee ON xapi_statements (trainee_id, seq);
