#pragma once

#include "catalog/entity.h"

#include <QJsonObject>
#include <QString>

namespace atrium::catalog {

// What an entity page shows beyond the in-memory summary, re-read from the descriptor file.
struct EntityDetails {
    QString sourceText;         // the entity's YAML document, as written (remote: its JSON, indented)
    QString sourceLanguage = QStringLiteral("YAML"); // syntax name of sourceText for highlighting
    int sourceFirstLine = 1;
    QJsonObject descriptor;     // the whole document as JSON (placeholders left as written)
    QString definition;         // API: spec.definition with its placeholder resolved
    QString definitionLanguage; // syntax name for highlighting: "YAML", "JSON", "GraphQL", "Protobuf"...
    QString definitionError;    // translated, when the placeholder could not be resolved
    QString docsDir;            // absolute docs directory from backstage.io/techdocs-ref: dir:...
    QString error;              // translated, when the file could not be read again
};

EntityDetails loadEntityDetails(const Entity &entity);

// The same for an entity of a remote catalog, from its JSON as the catalog sent it (Backstage:
// spec.definition is always a string). Sets `error` when the JSON is not an entity object.
EntityDetails remoteEntityDetails(const QByteArray &json, const Entity &entity);

// The fields of a descriptor's spec for display, sorted by name, without the
// definition: text as it is, lists of text joined with ", ", anything else as compact JSON.
QList<QPair<QString, QString>> specFields(const QJsonObject &descriptor);

// Backstage's page of an entity: <frontendUrl>/catalog/<namespace>/<kind lower-case>/<name>;
// empty without a frontend URL.
QString backstageEntityUrl(const QString &frontendUrl, const Entity &entity);

} // namespace atrium::catalog
