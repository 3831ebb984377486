#pragma once

#include "catalog/entity.h"
#include "catalog/localcatalog.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace atrium::catalog {

// Where an entity that did not come from a file lives: EntitySource::file holds
// "<scheme>:<connection id>" (e.g. "backstage:acme"), rootDir stays empty.
QString remoteSourceLabel(const QString &scheme, const QString &connectionId);
bool isRemoteSource(const EntitySource &source);

// A catalog entity as Backstage's API returns it (apiVersion, kind, metadata, spec, relations) in
// the summary form the index keeps. Owner and system come from the stitched `relations` (ownedBy,
// partOf) and fall back to spec.owner / spec.system; relation targets are lower-cased. Returns
// nothing, with a translated `error`, when kind or metadata.name is missing or not a string.
std::optional<Entity> entityFromJson(const QJsonObject &json, const QString &sourceLabel, QString *error = nullptr);

// Many such entities packed for the index (blocks of `blockSize`); an entity that cannot be read
// becomes an error problem of the source and is left out.
ExternalSource externalSourceFromJson(const QList<QJsonObject> &entities, const QString &sourceLabel,
                                      int blockSize = 2000);

} // namespace atrium::catalog
