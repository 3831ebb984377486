#pragma once

// The recorded Backstage responses (fixtures/) and how the Backstage tests serve them.

#include "testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace backstagetest {

// The static token the responses were recorded with.
inline const QByteArray Token = "portal-test-token-0123456789";
inline const QByteArray ByQuery = "/api/catalog/entities/by-query";

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BACKSTAGE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

// A reply with the body's content type (HTML for a page that starts with '<', else JSON).
inline ScriptedReply reply(const QByteArray &body, int status = 200)
{
    ScriptedReply r;
    r.status = status;
    r.body = body;
    if (!body.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"),
                                   QByteArray(body.startsWith('<') ? "text/html" : "application/json; charset=utf-8")));
    return r;
}

inline QUrlQuery queryOf(const SeenRequest &request)
{
    return QUrlQuery(QUrl(QStringLiteral("http://x") + QString::fromLatin1(request.target)));
}

// What by-query answers with fields=kind,metadata.namespace,metadata.name,metadata.uid,metadata.etag:
// one last page (no nextCursor).
inline ScriptedReply indexPage(const QList<QJsonObject> &entities)
{
    QJsonArray items;
    for (const QJsonObject &e : entities) {
        const QJsonObject m = e.value(QLatin1String("metadata")).toObject();
        QJsonObject metadata;
        for (const char *key : {"namespace", "name", "uid", "etag"})
            metadata.insert(QLatin1String(key), m.value(QLatin1String(key)));
        items.append(QJsonObject{{QStringLiteral("kind"), e.value(QLatin1String("kind"))},
                                 {QStringLiteral("metadata"), metadata}});
    }
    return reply(QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("totalItems"), qint64(entities.size())},
                                          {QStringLiteral("pageInfo"), QJsonObject()}})
                     .toJson(QJsonDocument::Compact));
}

// by-refs' answer: the entities in request order, null where `entities` has an empty object.
inline ScriptedReply byRefsReply(const QList<QJsonObject> &entities)
{
    QJsonArray items;
    for (const QJsonObject &e : entities)
        items.append(e.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e));
    return reply(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact));
}

} // namespace backstagetest
