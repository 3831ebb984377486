#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace atrium::backstage {

// One item of a by-query page: its bytes as the server sent them and the fields the client needs,
// read in one pass over the page without building a JSON tree (RapidJSON's SAX reader).
struct ScannedEntity
{
    QByteArray json;        // the item's JSON text, a copy of its slice of the page
    QString kind;           // empty unless "kind" is a string
    QString nameSpace;      // metadata.namespace, "default" unless it is a string
    QString name;           // metadata.name, empty unless it is a string
    QString uid;            // metadata.uid
    QString etag;           // metadata.etag
    bool isObject = true;   // false: the item is no JSON object (and the rest is empty)

    QString ref() const;    // kind:namespace/name in lower case, as BackstageEntityRef::toString()
};

// A by-query page, {"items":[...],"totalItems":n,"pageInfo":{"nextCursor":"..."}}, checked the way
// the client checks a parsed one.
struct ScannedPage
{
    enum class Problem {
        None,
        InvalidJson,        // errorText and errorOffset say what and where
        NotAnObject,        // the root is no object
        NoItems,            // no "items" array
        BadTotal,           // "totalItems" is not a non-negative number
        BadPageInfo,        // "pageInfo" is neither an object nor null
        BadNextCursor,      // "pageInfo.nextCursor" is neither a string nor null
    };
    Problem problem = Problem::None;
    QString errorText;      // for InvalidJson: the parser's message (English, as Qt's own)
    qsizetype errorOffset = 0;
    qint64 totalItems = -1; // -1: absent
    QString nextCursor;     // empty: none (absent, null or "")
    QList<ScannedEntity> items;

    bool ok() const { return problem == Problem::None; }
};

// Reads `body` in one pass. Deeply nested or otherwise hostile input ends in InvalidJson, never in
// a crash: the reader is iterative and nesting is capped.
ScannedPage scanPage(const QByteArray &body);

} // namespace atrium::backstage
