#include "facetmodel.h"

#include <algorithm>

using namespace atrium::catalog;

FacetModel::FacetModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_facetId(facetId(Facet::Kind))
{
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FacetValueCount &v = m_values[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return v.label.isEmpty() ? v.value : v.label;
    case ValueRole:
        return v.value;
    case CountRole:
        return v.count;
    case SelectedRole:
        return m_catalog && m_catalog->isFilterSelected(m_facetId, v.value);
    default:
        return {};
    }
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    return {
        {ValueRole, "value"},
        {LabelRole, "label"},
        {CountRole, "count"},
        {SelectedRole, "selected"},
    };
}

void FacetModel::setCatalog(CatalogModel *catalog)
{
    if (catalog == m_catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        connect(m_catalog, &CatalogModel::facetsChanged, this, &FacetModel::refresh);
        // Selection shows at once; the counts follow with the query's result.
        connect(m_catalog, &CatalogModel::queryChanged, this, [this] {
            if (!m_values.empty())
                Q_EMIT dataChanged(index(0), index(count() - 1), {SelectedRole});
        });
        connect(m_catalog, &QObject::destroyed, this, [this] { refresh(); });
    }
    Q_EMIT catalogChanged();
    refresh();
}

void FacetModel::setFacet(const QString &facet)
{
    Facet f;
    if (!facetFromId(facet, &f) || (f == m_facet && facet == m_facetId))
        return;
    m_facet = f;
    m_facetId = facetId(f);
    Q_EMIT facetChanged();
    refresh();
}

QString FacetModel::title() const
{
    switch (m_facet) {
    case Facet::Kind:
        return tr("Kind");
    case Facet::Type:
        return tr("Type");
    case Facet::Owner:
        return tr("Owner");
    case Facet::Lifecycle:
        return tr("Lifecycle");
    case Facet::System:
        return tr("System");
    case Facet::Tag:
        return tr("Tags");
    case Facet::Namespace:
        return tr("Namespace");
    case Facet::Count_:
        break;
    }
    return {};
}

void FacetModel::refresh()
{
    std::vector<FacetValueCount> next;
    if (m_catalog)
        next = m_catalog->facetCounts(m_facet);
    std::sort(next.begin(), next.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int c = QString::compare(a.label, b.label, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.value < b.value;
    });

    // Replace in place: the side panel keeps its scroll position and focus across keystrokes.
    const int oldCount = count();
    const int newCount = int(next.size());
    const int common = std::min(oldCount, newCount);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_values.resize(std::size_t(newCount));
        endRemoveRows();
        m_values = std::move(next);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
    } else {
        m_values.assign(next.begin(), next.begin() + common);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
        if (newCount > common) {
            beginInsertRows({}, common, newCount - 1);
            m_values = std::move(next);
            endInsertRows();
        }
    }
    if (newCount != oldCount)
        Q_EMIT countChanged();
}
