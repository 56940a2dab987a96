// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchSchema.h"

#include <string>

namespace wm::SearchSchema {

std::string createStatements()
{
    return std::string(R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE docs(
    id INTEGER PRIMARY KEY,
    key BLOB NOT NULL UNIQUE,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    ext TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    state INTEGER NOT NULL,
    racy INTEGER NOT NULL DEFAULT 0);
CREATE TABLE bodies(id INTEGER PRIMARY KEY, lz4 BLOB NOT NULL);
CREATE TABLE statblocks(lo BLOB PRIMARY KEY, files INTEGER NOT NULL, digest INTEGER)
    WITHOUT ROWID;
CREATE VIEW bodytext AS SELECT id, wm_body(lz4) AS content FROM bodies;
CREATE VIEW docview AS
    SELECT d.id AS id, d.path AS path, d.name AS name, d.ext AS ext, d.title AS title,
           d.tags AS tags, wm_body(b.lz4) AS content
    FROM docs AS d JOIN bodies AS b ON b.id = d.id;
CREATE VIRTUAL TABLE fts USING fts5(path, name, ext, title, tags, content,
    content='docview', content_rowid='id', prefix='3 4',
    tokenize=")SQL") +
           std::string(tokenizer) + R"SQL(");
CREATE VIRTUAL TABLE tri USING fts5(content, content='bodytext', content_rowid='id',
    tokenize='trigram', detail='none');
)SQL";
}

} // namespace wm::SearchSchema
