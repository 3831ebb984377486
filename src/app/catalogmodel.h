#pragma once

#include "catalog/catalogsnapshot.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

#include <memory>

// The catalog table: the rows of the current query in sort order. Queries run on CatalogSearch's
// thread; results arrive as row insertions/removals (or, for a wholesale change, dataChanged on the
// overlapping rows plus one insert/remove at the end) — never a model reset.
class CatalogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY queryChanged)
    // Sort column id: "name", "kind", "owner", "type", "lifecycle", "system".
    Q_PROPERTY(QString sortColumn READ sortColumn WRITE setSortColumn NOTIFY queryChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY queryChanged)
    Q_PROPERTY(bool starredOnly READ starredOnly WRITE setStarredOnly NOTIFY queryChanged)
    // Selected facet values: {"kind": ["component"], "tag": ["go","java"]} (value keys).
    Q_PROPERTY(QVariantMap filters READ filters NOTIFY queryChanged)
    Q_PROPERTY(bool hasFilters READ hasFilters NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(double lastQueryMs READ lastQueryMs NOTIFY countChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1, // full lower-case entity ref
        KindRole,                   // kind as written ("Component")
        NameRole,                   // metadata.name
        TitleRole,                  // metadata.title, else name
        NamespaceRole,              // metadata.namespace
        DescriptionRole,            // metadata.description
        OwnerRole,                  // owner display title
        OwnerRefRole,               // owner ref
        TypeRole,                   // spec.type
        LifecycleRole,              // spec.lifecycle
        SystemRole,                 // system display title
        SystemRefRole,              // system ref
        TagsRole,                   // QStringList
        StarredRole,                // bool
        ProblemCountRole,           // errors + warnings for this entity
    };
    Q_ENUM(Role)

    explicit CatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString searchText() const { return m_query.text; }
    void setSearchText(const QString &text);
    QString sortColumn() const;
    void setSortColumn(const QString &column);
    bool sortDescending() const { return m_query.descending; }
    void setSortDescending(bool descending);
    bool starredOnly() const { return m_starredOnly; }
    void setStarredOnly(bool on);
    QVariantMap filters() const;
    bool hasFilters() const;
    int count() const { return int(m_rows.size()); }
    int totalCount() const;
    bool loading() const { return m_pending; }
    double lastQueryMs() const { return m_lastQueryMs; }

    Q_INVOKABLE void toggleFilter(const QString &facet, const QString &value);
    Q_INVOKABLE bool isFilterSelected(const QString &facet, const QString &value) const;
    Q_INVOKABLE void clearFilters();
    Q_INVOKABLE QString refAt(int row) const;
    // Sets sortColumn, or flips the order when it is already the sort column.
    Q_INVOKABLE void sortBy(const QString &column);

    // Facet counts of the latest result (for FacetModel).
    const std::vector<atrium::catalog::FacetValueCount> &facetCounts(atrium::catalog::Facet f) const;
    atrium::catalog::SnapshotPtr snapshot() const { return m_snapshot; }

    // Applies a new result to the rows (public for tests and the benchmark).
    void applyResult(atrium::catalog::SnapshotPtr snapshot, std::shared_ptr<const atrium::catalog::QueryResult> result);

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void loadingChanged();
    void facetsChanged();

private:
    void requery();
    void onResult(QObject *requester, quint64 seq, atrium::catalog::SnapshotPtr snapshot,
                  std::shared_ptr<const atrium::catalog::QueryResult> result);

    atrium::catalog::CatalogQuery m_query;
    bool m_starredOnly = false;
    std::vector<bool> m_starredMask;
    atrium::catalog::SnapshotPtr m_snapshot;         // the snapshot m_rows refer to
    atrium::catalog::SnapshotPtr m_postedSnapshot;   // the snapshot of the latest query
    std::shared_ptr<const atrium::catalog::QueryResult> m_result;
    std::vector<atrium::catalog::EntityId> m_rows;
    quint64 m_lastSeq = 0;
    bool m_pending = false;
    double m_lastQueryMs = 0;
};
