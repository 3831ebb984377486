#pragma once

#include "catalog/entity.h"

#include <QJsonObject>
#include <QString>

namespace atrium::catalog {

// What an entity page shows beyond the in-memory summary, re-read from the descriptor file.
struct EntityDetails {
    QString sourceText;         // the entity's YAML document, as written
    int sourceFirstLine = 1;
    QJsonObject descriptor;     // the whole document as JSON (placeholders left as written)
    QString definition;         // API: spec.definition with its placeholder resolved
    QString definitionLanguage; // syntax name for highlighting: "YAML", "JSON", "GraphQL", "Protobuf"...
    QString definitionError;    // translated, when the placeholder could not be resolved
    QString docsDir;            // absolute docs directory from backstage.io/techdocs-ref: dir:...
    QString error;              // translated, when the file could not be read again
};

EntityDetails loadEntityDetails(const Entity &entity);

} // namespace atrium::catalog
