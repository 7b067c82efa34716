-- History of the comparison tables' values, kept by Hibernate Envers as V16 describes: each value of
-- a row, with the sources it cites in their order. The row and the framework a value belongs to never
-- change, so only their ids are kept.
CREATE TABLE criterion_value_aud (
    id           BIGINT NOT NULL,
    rev          BIGINT NOT NULL REFERENCES history_revision (id),
    revtype      SMALLINT,
    criterion_id BIGINT,
    framework_id BIGINT,
    value_text   VARCHAR(1000),
    note         VARCHAR(1000),
    PRIMARY KEY (id, rev)
);

CREATE TABLE criterion_value_source_aud (
    rev                BIGINT  NOT NULL REFERENCES history_revision (id),
    revtype            SMALLINT,
    criterion_value_id BIGINT  NOT NULL,
    source_id          BIGINT  NOT NULL,
    position           INTEGER NOT NULL,
    PRIMARY KEY (rev, criterion_value_id, source_id, position)
);

-- The values that exist already become the first version of their history, in a revision of their
-- own made as V16 made its, so the first change after the upgrade shows what it changed.
INSERT INTO history_revision (changed_at, actor, by_person)
VALUES (CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT), 'recorded when history began', FALSE);

INSERT INTO criterion_value_aud (id, rev, revtype, criterion_id, framework_id, value_text, note)
SELECT id, (SELECT MAX(id) FROM history_revision), 0, criterion_id, framework_id, value_text, note
FROM criterion_value;

INSERT INTO criterion_value_source_aud (rev, revtype, criterion_value_id, source_id, position)
SELECT (SELECT MAX(id) FROM history_revision), 0, criterion_value_id, source_id, position FROM criterion_value_source;
