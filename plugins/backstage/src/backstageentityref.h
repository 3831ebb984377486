#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace atrium::backstage {

// A Backstage entity reference, kind:namespace/name. Backstage matches refs case-insensitively
// (the by-name route and filters ignore case, `kind` inside an entity is capitalised, refs in
// relations are lower case), so equality ignores case and toString() is the lower-case form.
struct BackstageEntityRef
{
    QString kind;
    QString nameSpace;
    QString name;

    // Parses "kind:namespace/name", "kind:name", "namespace/name" or "name". A missing kind is
    // `defaultKind` (no ref without one is valid), a missing namespace is "default" (Backstage's
    // rule). Sets `errorString` (translated) and returns nothing when the text is not a ref.
    static std::optional<BackstageEntityRef> parse(const QString &text, const QString &defaultKind = {},
                                                   QString *errorString = nullptr);
    // The ref of an entity's JSON (kind, metadata.namespace or "default", metadata.name); empty
    // parts when the JSON has none.
    static BackstageEntityRef fromEntity(const QJsonObject &entity);

    bool isValid() const { return !kind.isEmpty() && !nameSpace.isEmpty() && !name.isEmpty(); }
    QString toString() const; // lower case, e.g. "component:default/payments-service"
    bool operator==(const BackstageEntityRef &other) const;
    bool operator!=(const BackstageEntityRef &other) const { return !(*this == other); }
};

} // namespace atrium::backstage
