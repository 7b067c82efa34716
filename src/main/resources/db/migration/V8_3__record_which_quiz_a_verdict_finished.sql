-- A quiz finished again with other answers gets a new verdict, and the earlier one keeps its page,
-- but the statistics count each quiz once, by the verdict decision_quiz.verdict_id points at.
-- quiz_id says which quiz made a verdict; verdicts from the API have none and count as themselves.
ALTER TABLE decision_verdict ADD COLUMN quiz_id VARCHAR(32);

ALTER TABLE decision_verdict ADD CONSTRAINT decision_verdict_quiz_fk FOREIGN KEY (quiz_id) REFERENCES decision_quiz (id);

-- Each quiz's latest verdict is the one its row points at. Earlier verdicts of a quiz were never
-- linked to it, so they stay without a quiz and go on counting as they did.
UPDATE decision_verdict
SET quiz_id = (SELECT q.id FROM decision_quiz q WHERE q.verdict_id = decision_verdict.id)
WHERE id IN (SELECT verdict_id FROM decision_quiz WHERE verdict_id IS NOT NULL);

CREATE INDEX decision_verdict_quiz_idx ON decision_verdict (quiz_id, answers_key);
