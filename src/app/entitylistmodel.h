#pragma once

#include "catalog/catalogsnapshot.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// A small list of entities picked by a fixed rule, for dashboard widgets and pickers:
//   "owned"      components, APIs, systems and resources owned by the user or the user's groups
//   "documented" entities with backstage.io/techdocs-ref
//   "users"      every User (for "who are you?"), filtered by `filterText` (name, email or team)
//   "templates"  Template entities
//   "starred"    starred entities
// Rebuilt when the catalog, identity or stars change.
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY modeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1, // full lower-case ref
        KindRole,                   // kind as written
        NameRole,                   // metadata.name
        TitleRole,                  // title, profile displayName, or name
        DescriptionRole,            // metadata.description
        TypeRole,                   // spec.type
        LifecycleRole,              // spec.lifecycle
        OwnerRole,                  // owner display title
        SystemRole,                 // system display title
        EmailRole,                  // spec.profile.email (users)
        SubtitleRole,               // one-line context for pickers (e.g. a user's teams)
    };
    Q_ENUM(Role)

    explicit EntityListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    int count() const { return int(m_ids.size()); }

Q_SIGNALS:
    void modeChanged();
    void countChanged();

private:
    void rebuild();

    QString m_mode;
    QString m_filter;
    atrium::catalog::SnapshotPtr m_snapshot;
    std::vector<atrium::catalog::EntityId> m_ids;
};
