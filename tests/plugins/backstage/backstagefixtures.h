#pragma once

// The recorded Backstage responses (fixtures/) and how the Backstage tests serve them.

#include "testhttpserver.h"

#include <QFile>
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

} // namespace backstagetest
