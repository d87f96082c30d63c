-- communique store, schema version 1 (PostgreSQL dialect).
-- The SQLite file of the same number must describe the same tables.
-- Text columns use the "C" collation: byte (code point) order, as SQLite's
-- default BINARY collation, so both stores sort ids, names and dates alike
-- whatever the server's locale.

-- One row per ingested document: the metadata of its Record and the hash that
-- makes re-ingesting an identical Record a no-op.
CREATE TABLE documents (
    id             TEXT COLLATE "C" PRIMARY KEY,
    url            TEXT COLLATE "C",
    language       TEXT COLLATE "C" NOT NULL,
    title          TEXT COLLATE "C",
    published      TEXT COLLATE "C",             -- as in the record, possibly partial or with a time
    published_day  TEXT COLLATE "C",             -- YYYY-MM-DD when `published` has a full date
    agency         TEXT COLLATE "C",
    source         TEXT COLLATE "C",
    dateline       TEXT COLLATE "C",
    content_hash   TEXT COLLATE "C" NOT NULL,    -- sha256 of the record as JSON
    schema_version TEXT COLLATE "C" NOT NULL,    -- communique_record::SCHEMA_VERSION at ingest
    text           TEXT COLLATE "C",             -- the cleaned article, when the record carried it
    record_json    TEXT COLLATE "C" NOT NULL,    -- the record as ingested, minus `text`
    ingested_at    TEXT COLLATE "C" NOT NULL
);

-- Canonical entities, shared by all documents.
CREATE TABLE entities (
    id          TEXT COLLATE "C" PRIMARY KEY,
    kind        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    country     TEXT COLLATE "C",
    unconfirmed BIGINT NOT NULL DEFAULT 0
);

-- Every name an entity is known by: canonical name, the surface forms of its
-- mentions (any language, any inflection), ISO code for countries. `folded` is
-- the lower-cased form searched with LIKE.
CREATE TABLE entity_names (
    entity_id TEXT COLLATE "C" NOT NULL REFERENCES entities(id),
    name      TEXT COLLATE "C" NOT NULL,
    language  TEXT COLLATE "C" NOT NULL,
    folded    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, name, language)
);
CREATE INDEX entity_names_folded ON entity_names(folded);

-- Which document names which entity, with the role the record gave it there.
CREATE TABLE document_entities (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id),
    name        TEXT COLLATE "C" NOT NULL,
    role        TEXT COLLATE "C",
    unconfirmed BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX document_entities_entity ON document_entities(entity_id);

CREATE TABLE mentions (
    document_id TEXT COLLATE "C" NOT NULL,
    entity_id   TEXT COLLATE "C" NOT NULL,
    ord         BIGINT NOT NULL,
    start_char  BIGINT NOT NULL,
    end_char    BIGINT NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (document_id, entity_id, ord),
    FOREIGN KEY (document_id, entity_id)
        REFERENCES document_entities(document_id, entity_id) ON DELETE CASCADE
);

-- Fused events: one row per real-world event, derived from event_sources by
-- fusion and rebuilt per bucket whenever a source in the bucket changes.
CREATE TABLE events (
    id               TEXT COLLATE "C" PRIMARY KEY,
    bucket           TEXT COLLATE "C" NOT NULL,  -- type + unordered actor set: the fusion candidates
    event_type       TEXT COLLATE "C" NOT NULL,
    mode             TEXT COLLATE "C" NOT NULL,
    cameo            TEXT COLLATE "C" NOT NULL,
    status           TEXT COLLATE "C" NOT NULL,
    date             TEXT COLLATE "C",           -- most precise date, possibly partial
    date_lo          TEXT COLLATE "C",           -- first possible day (publication day when undated)
    date_hi          TEXT COLLATE "C",           -- last possible day
    location_country TEXT COLLATE "C",
    location_place   TEXT COLLATE "C",
    confidence       DOUBLE PRECISION NOT NULL,
    num_documents    BIGINT NOT NULL,
    num_evidence     BIGINT NOT NULL,
    payload          TEXT COLLATE "C" NOT NULL,  -- JSON: sides, location, topics, signed documents
    fingerprint      TEXT COLLATE "C" NOT NULL   -- hash of the row: an unchanged event is not rewritten
);
CREATE INDEX events_bucket ON events(bucket);
CREATE INDEX events_date ON events(date_lo);
CREATE INDEX events_type ON events(event_type);

-- Actors of fused events, one row per (side, actor), for filters and profiles.
-- Countries are stored as `country:XXX` so every actor is an entity id.
CREATE TABLE event_actors (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side     TEXT COLLATE "C" NOT NULL,          -- source | target
    actor_id TEXT COLLATE "C" NOT NULL,
    kind     TEXT COLLATE "C" NOT NULL,          -- country | person | organization
    PRIMARY KEY (event_id, side, actor_id)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id);

-- Per-document events as extracted: the ground truth fusion works from.
CREATE TABLE event_sources (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         BIGINT NOT NULL,    -- position in the record's events
    event_id    TEXT COLLATE "C" NOT NULL,       -- the record's own event id
    bucket      TEXT COLLATE "C" NOT NULL,
    fused_id    TEXT COLLATE "C" REFERENCES events(id),
    event_type  TEXT COLLATE "C" NOT NULL,
    mode        TEXT COLLATE "C" NOT NULL,
    cameo       TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL,
    date        TEXT COLLATE "C",
    confidence  DOUBLE PRECISION NOT NULL,
    record_json TEXT COLLATE "C" NOT NULL,       -- the EventRecord as extracted
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX event_sources_bucket ON event_sources(bucket);
CREATE INDEX event_sources_fused ON event_sources(fused_id);

-- Evidence of each source event: character offsets into the document text.
CREATE TABLE evidence (
    document_id TEXT COLLATE "C" NOT NULL,
    source_ord  BIGINT NOT NULL,
    ord         BIGINT NOT NULL,
    start_char  BIGINT NOT NULL,
    end_char    BIGINT NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (document_id, source_ord, ord),
    FOREIGN KEY (document_id, source_ord)
        REFERENCES event_sources(document_id, ord) ON DELETE CASCADE
);
