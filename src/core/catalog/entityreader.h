#pragma once

#include "catalog/entity.h"
#include "catalog/problem.h"
#include "yaml/yamldocument.h"

#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace atrium::catalog {

// What reading one YAML document of a descriptor file produced.
struct ReadResult {
    std::optional<Entity> entity;   // empty when the document has errors that stop it loading
    ProblemList problems;           // errors, warnings and notices with file:line:column
    // For a Location entity: its target/targets as written (relative paths or globs; URLs are
    // reported as notices and not followed).
    QStringList locationTargets;
};

struct ReadContext {
    QString file;          // absolute path of the descriptor file
    QString rootDir;       // absolute path placeholders and location targets may not leave
    int documentIndex = 0;
};

// Turns one document into an Entity, applying Backstage's validation rules: the envelope
// (apiVersion, kind, metadata.name/namespace/labels/annotations/tags/links formats), the spec rules
// of each built-in kind, entity-ref syntax, and the placeholder rules ($text/$json/$yaml must stay
// inside rootDir: no absolute paths, no `..` escape, no symlink escape; URLs are left unfetched).
// Unknown kinds get envelope validation and a notice. Relations are emitted as Backstage does.
ReadResult readEntity(const yaml::Document &doc, const ReadContext &context);

// Placeholder resolution used by the entity page: `$text` gives the file's text, `$json`/`$yaml`
// its parsed content. Paths are relative to baseDir and may not leave rootDir.
struct PlaceholderResult {
    QJsonValue value;
    QString error;         // translated; empty on success
    bool remote = false;   // an URL that the validator does not fetch
};
PlaceholderResult resolvePlaceholder(const QString &kind, const QString &target,
                                     const QString &baseDir, const QString &rootDir);

// Checks a relative path against the root without reading it. Returns the absolute path, or an
// empty string and a translated error.
QString resolveInsideRoot(const QString &target, const QString &baseDir, const QString &rootDir,
                          QString *error);

} // namespace atrium::catalog
