#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace atrium::catalog {

struct EntityLink {
    QString url;
    QString title;
    QString icon;
    QString type;
};

// A relation as Backstage names it (ownedBy, ownerOf, partOf, hasPart, providesApi, apiProvidedBy,
// consumesApi, apiConsumedBy, dependsOn, dependencyOf, memberOf, hasMember, childOf, parentOf).
struct EntityRelation {
    QString type;
    QString targetKey;   // full lower-case ref of the other entity
};

// Where an entity was read from: enough to re-read its document on demand for the entity page.
struct EntitySource {
    QString file;        // absolute path
    QString rootDir;     // absolute path of the catalog source root that placeholders may not leave
    int documentIndex = 0;
    int line = 0;        // line of the document's root node (1-based)
    int column = 0;
    int firstLine = 0;   // document's text spans [firstLine, endLine)
    int endLine = 0;
};

// The summary of an entity that the index keeps in memory for every entity. The full descriptor
// (spec, definition, placeholders) is re-read from its file when an entity page asks for it.
struct Entity {
    QString apiVersion;
    QString kind;            // as written, e.g. "Component"
    QString ns;              // metadata.namespace or "default"
    QString name;
    QString title;
    QString description;
    QString specType;        // spec.type
    QString lifecycle;       // spec.lifecycle
    QString ownerKey;        // resolved full lower-case ref of spec.owner (empty if none)
    QString systemKey;       // resolved full lower-case ref of spec.system (empty if none)
    QString displayName;     // spec.profile.displayName (User/Group)
    QString email;           // spec.profile.email (User/Group)
    QStringList tags;
    QList<EntityLink> links;
    QList<QPair<QString, QString>> labels;
    QList<QPair<QString, QString>> annotations;
    // Relations this entity's own descriptor states, in both directions, as Backstage's built-in
    // processor emits them: {type, target}. The index adds the reverse edge to the target.
    QList<EntityRelation> relations;
    bool customKind = false; // a kind the organisation added: only the envelope was validated
    EntitySource source;

    QString key() const;       // "component:default/payments-service" (lower case)
    QString refString() const; // Backstage's stringifyEntityRef form (kind/namespace lower-cased)
};

} // namespace atrium::catalog
