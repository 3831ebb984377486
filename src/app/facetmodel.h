#pragma once

#include "catalogmodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

// The values of one facet with their counts under the catalog model's other filters.
class FacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CatalogModel *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    // "kind", "type", "owner", "lifecycle", "system", "tag", "namespace"
    Q_PROPERTY(QString facet READ facet WRITE setFacet NOTIFY facetChanged)
    Q_PROPERTY(QString title READ title NOTIFY facetChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // value key (lower case), what toggleFilter takes
        LabelRole,                    // display label
        CountRole,                    // entities with this value under the other filters
        SelectedRole,                 // bool
    };
    Q_ENUM(Role)

    explicit FacetModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogModel *catalog() const { return m_catalog; }
    void setCatalog(CatalogModel *catalog);
    QString facet() const { return m_facetId; }
    void setFacet(const QString &facet);
    QString title() const;   // translated facet title ("Kind", "Owner"...)
    int count() const { return int(m_values.size()); }

Q_SIGNALS:
    void catalogChanged();
    void facetChanged();
    void countChanged();

private:
    void refresh();

    QPointer<CatalogModel> m_catalog;
    QString m_facetId;
    atrium::catalog::Facet m_facet = atrium::catalog::Facet::Kind;
    std::vector<atrium::catalog::FacetValueCount> m_values;
};
