#pragma once

#include <QString>
#include <optional>

namespace atrium::catalog {

// A reference `[kind:][namespace/]name` as Backstage defines it. Comparisons are case-insensitive,
// so key() is the fully lower-cased form used for lookups; kind/ns/name keep the author's spelling.
struct EntityRef {
    QString kind;
    QString ns;
    QString name;

    QString toString() const;   // "kind:namespace/name" with kind and namespace lower-cased (Backstage's stringifyEntityRef)
    QString key() const;        // toString() fully lower-cased
    bool isValid() const { return !kind.isEmpty() && !ns.isEmpty() && !name.isEmpty(); }
};

struct RefParseResult {
    std::optional<EntityRef> ref;
    QString error;             // translated reason when ref is empty
};

// Parses `text` filling absent parts from the defaults. An empty defaultKind means the kind is
// required in the text (as for spec.dependsOn).
RefParseResult parseEntityRef(const QString &text, const QString &defaultKind, const QString &defaultNamespace);

// Key ("kind:namespace/name", lower case) for already-known parts.
QString entityKey(const QString &kind, const QString &ns, const QString &name);

} // namespace atrium::catalog
