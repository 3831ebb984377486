#include "catalog/remoteentity.h"

#include "catalog/entityblock.h"
#include "catalog/entityref.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace atrium::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::catalog", text);
}

QString stringAt(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString() : QString();
}

QList<QPair<QString, QString>> stringPairs(const QJsonObject &object)
{
    QList<QPair<QString, QString>> out;
    out.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            out.append({it.key(), it.value().toString()});
    }
    return out;
}

// "group:default/team-a" from a relation's targetRef, or from its older {kind, namespace, name}.
QString relationTarget(const QJsonObject &relation)
{
    const QString ref = stringAt(relation, QLatin1String("targetRef"));
    if (!ref.isEmpty())
        return ref.toLower();
    const QJsonObject target = relation.value(QLatin1String("target")).toObject();
    const QString kind = stringAt(target, QLatin1String("kind"));
    const QString name = stringAt(target, QLatin1String("name"));
    if (kind.isEmpty() || name.isEmpty())
        return {};
    QString ns = stringAt(target, QLatin1String("namespace"));
    if (ns.isEmpty())
        ns = QStringLiteral("default");
    return entityKey(kind, ns, name);
}

QString refKey(const QString &text, const QString &defaultKind, const QString &ns)
{
    if (text.isEmpty())
        return {};
    const RefParseResult parsed = parseEntityRef(text, defaultKind, ns);
    return parsed.ref ? parsed.ref->key() : QString();
}

} // namespace

QString remoteSourceLabel(const QString &scheme, const QString &connectionId)
{
    return scheme + QLatin1Char(':') + connectionId;
}

bool isRemoteSource(const EntitySource &source)
{
    return source.rootDir.isEmpty() && !source.file.isEmpty() && !source.file.startsWith(QLatin1Char('/'));
}

std::optional<Entity> entityFromJson(const QJsonObject &json, const QString &sourceLabel, QString *error)
{
    const QJsonObject metadata = json.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = json.value(QLatin1String("spec")).toObject();
    Entity e;
    e.apiVersion = stringAt(json, QLatin1String("apiVersion"));
    e.kind = stringAt(json, QLatin1String("kind"));
    e.name = stringAt(metadata, QLatin1String("name"));
    if (e.kind.isEmpty() || e.name.isEmpty()) {
        if (error)
            *error = e.kind.isEmpty() ? tr("an entity from %1 has no kind").arg(sourceLabel)
                                      : tr("a %1 entity from %2 has no metadata.name").arg(e.kind, sourceLabel);
        return std::nullopt;
    }
    e.ns = stringAt(metadata, QLatin1String("namespace"));
    if (e.ns.isEmpty())
        e.ns = QStringLiteral("default");
    e.title = stringAt(metadata, QLatin1String("title"));
    e.description = stringAt(metadata, QLatin1String("description"));
    e.specType = stringAt(spec, QLatin1String("type"));
    e.lifecycle = stringAt(spec, QLatin1String("lifecycle"));
    const QJsonObject profile = spec.value(QLatin1String("profile")).toObject();
    e.displayName = stringAt(profile, QLatin1String("displayName"));
    e.email = stringAt(profile, QLatin1String("email"));

    for (const QJsonValue &tag : metadata.value(QLatin1String("tags")).toArray()) {
        if (tag.isString())
            e.tags.append(tag.toString());
    }
    for (const QJsonValue &value : metadata.value(QLatin1String("links")).toArray()) {
        const QJsonObject link = value.toObject();
        const QString url = stringAt(link, QLatin1String("url"));
        if (!url.isEmpty())
            e.links.append({url, stringAt(link, QLatin1String("title")), stringAt(link, QLatin1String("icon")),
                            stringAt(link, QLatin1String("type"))});
    }
    e.labels = stringPairs(metadata.value(QLatin1String("labels")).toObject());
    e.annotations = stringPairs(metadata.value(QLatin1String("annotations")).toObject());

    // Backstage stitches both sides of every relation into `relations`; the index de-duplicates.
    for (const QJsonValue &value : json.value(QLatin1String("relations")).toArray()) {
        const QJsonObject relation = value.toObject();
        const QString type = stringAt(relation, QLatin1String("type"));
        const QString target = relationTarget(relation);
        if (type.isEmpty() || target.isEmpty())
            continue;
        e.relations.append({type, target});
        if (type == QLatin1String("ownedBy") && e.ownerKey.isEmpty())
            e.ownerKey = target;
        else if (type == QLatin1String("partOf") && e.systemKey.isEmpty() && target.startsWith(QLatin1String("system:")))
            e.systemKey = target;
    }
    // Relations are the reliable source (spec keeps refs as written); spec covers entities that
    // were not stitched yet.
    if (e.ownerKey.isEmpty())
        e.ownerKey = refKey(stringAt(spec, QLatin1String("owner")), QStringLiteral("group"), e.ns);
    if (e.systemKey.isEmpty())
        e.systemKey = refKey(stringAt(spec, QLatin1String("system")), QStringLiteral("system"), e.ns);

    e.source.file = sourceLabel;
    return e;
}

ExternalSource externalSourceFromJson(const QList<QJsonObject> &entities, const QString &sourceLabel, int blockSize)
{
    ExternalSource out;
    std::vector<Entity> run;
    run.reserve(size_t(std::min<qsizetype>(entities.size(), blockSize)));
    const auto flush = [&] {
        if (run.empty())
            return;
        out.blocks.push_back(EntityBlock::build(run, sourceLabel, QString()));
        run.clear();
    };
    for (const QJsonObject &json : entities) {
        QString error;
        std::optional<Entity> entity = entityFromJson(json, sourceLabel, &error);
        if (!entity) {
            Problem p;
            p.file = sourceLabel;
            p.rule = QStringLiteral("remote.entity");
            p.message = error;
            out.problems.append(p);
            continue;
        }
        run.push_back(std::move(*entity));
        if (int(run.size()) >= blockSize)
            flush();
    }
    flush();
    return out;
}

} // namespace atrium::catalog
