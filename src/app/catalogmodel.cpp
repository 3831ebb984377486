#include "catalogmodel.h"

#include "appcontroller.h"
#include "catalogsearch.h"

#include <algorithm>

using namespace atrium::catalog;

namespace {

// Beyond this many changed ranges, per-range signals cost the views more than one bulk update.
constexpr int kMaxExactRanges = 64;
constexpr std::size_t kMaxExactWalk = 65536;

struct RowRange {
    int first = 0;
    int count = 0;
};

// Computes the removals (in old positions) and insertions (in new positions) that turn `from`
// into `to`, given that the ids both lists have in common appear in the same relative order.
// Returns false when they do not (another sort order) or when there are too many ranges.
bool diffRows(const std::vector<EntityId> &from, const std::vector<EntityId> &to, int snapshotSize,
              std::vector<RowRange> *removed, std::vector<RowRange> *inserted)
{
    // Most keystrokes change only the middle or an end: skip the common prefix and suffix.
    const std::size_t maxCommon = std::min(from.size(), to.size());
    std::size_t prefix = 0;
    while (prefix < maxCommon && from[prefix] == to[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < maxCommon - prefix && from[from.size() - 1 - suffix] == to[to.size() - 1 - suffix])
        ++suffix;
    const std::size_t fromEnd = from.size() - suffix;
    const std::size_t toEnd = to.size() - suffix;

    if (prefix == fromEnd) {
        if (prefix < toEnd)
            inserted->push_back({int(prefix), int(toEnd - prefix)});
        return true;
    }
    if (prefix == toEnd) {
        removed->push_back({int(prefix), int(fromEnd - prefix)});
        return true;
    }

    // A huge middle would cost more to walk on the GUI thread than the bulk path does.
    if ((fromEnd - prefix) + (toEnd - prefix) > kMaxExactWalk)
        return false;

    std::vector<bool> inFrom(std::size_t(snapshotSize), false);
    std::vector<bool> inTo(std::size_t(snapshotSize), false);
    for (std::size_t i = prefix; i < fromEnd; ++i)
        inFrom[from[i]] = true;
    for (std::size_t j = prefix; j < toEnd; ++j)
        inTo[to[j]] = true;

    std::size_t i = prefix;
    std::size_t j = prefix;
    const auto addRange = [](std::vector<RowRange> *ranges, std::size_t pos) {
        if (!ranges->empty() && ranges->back().first + ranges->back().count == int(pos))
            ++ranges->back().count;
        else
            ranges->push_back({int(pos), 1});
    };
    while (i < fromEnd || j < toEnd) {
        if (i < fromEnd && j < toEnd && from[i] == to[j]) {
            ++i;
            ++j;
        } else if (i < fromEnd && !inTo[from[i]]) {
            addRange(removed, i++);
        } else if (j < toEnd && !inFrom[to[j]]) {
            addRange(inserted, j++);
        } else {
            return false;   // both still present but in another order: not the same sort
        }
        if (int(removed->size() + inserted->size()) > kMaxExactRanges)
            return false;
    }
    return true;
}

} // namespace

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::catalogChanged, this, [this] {
            AppController *app = AppController::instance();
            // catalogChanged also fires for loading-state changes: the same snapshot needs no query.
            if (app && app->snapshot() == m_postedSnapshot && m_postedSnapshot)
                return;
            requery();
        });
        connect(app, &AppController::starredChanged, this, [this] {
            if (m_starredOnly)
                requery();
            else if (!m_rows.empty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {StarredRole});
        });
        connect(app->search(), &CatalogSearch::resultReady, this, &CatalogModel::onResult);
    }
    requery();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    // Field accessors: a whole Entity value per cell would be built and thrown away.
    using Record = EntityBlock::Record;
    const EntityId id = m_rows[std::size_t(index.row())];
    const CatalogSnapshot &snap = *m_snapshot;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return snap.title(id);
    case RefRole:
        return snap.key(id);
    case KindRole:
        return snap.kind(id);
    case NameRole:
        return snap.name(id);
    case NamespaceRole:
        return snap.text(id, &Record::ns);
    case DescriptionRole:
        return snap.text(id, &Record::description);
    case OwnerRole:
        return snap.ownerTitle(id);
    case OwnerRefRole:
        return snap.text(id, &Record::ownerKey);
    case TypeRole:
        return snap.text(id, &Record::specType);
    case LifecycleRole:
        return snap.text(id, &Record::lifecycle);
    case SystemRole:
        return snap.systemTitle(id);
    case SystemRefRole:
        return snap.text(id, &Record::systemKey);
    case TagsRole:
        return snap.tags(id);
    case StarredRole: {
        const AppController *app = AppController::instance();
        return app && app->isStarred(snap.key(id));
    }
    case ProblemCountRole: {
        int n = 0;
        for (const Problem &p : snap.problemsFor(snap.key(id))) {
            if (p.severity != Problem::Severity::Notice)
                ++n;
        }
        return n;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return {
        {RefRole, "ref"},
        {KindRole, "kind"},
        {NameRole, "name"},
        {TitleRole, "title"},
        {NamespaceRole, "namespace"},
        {DescriptionRole, "description"},
        {OwnerRole, "owner"},
        {OwnerRefRole, "ownerRef"},
        {TypeRole, "type"},
        {LifecycleRole, "lifecycle"},
        {SystemRole, "system"},
        {SystemRefRole, "systemRef"},
        {TagsRole, "tags"},
        {StarredRole, "starred"},
        {ProblemCountRole, "problemCount"},
    };
}

void CatalogModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    Q_EMIT queryChanged();
    requery();
}

QString CatalogModel::sortColumn() const
{
    return sortKeyId(m_query.sort);
}

void CatalogModel::setSortColumn(const QString &column)
{
    SortKey key;
    if (!sortKeyFromId(column, &key) || key == m_query.sort)
        return;
    m_query.sort = key;
    Q_EMIT queryChanged();
    requery();
}

void CatalogModel::setSortDescending(bool descending)
{
    if (descending == m_query.descending)
        return;
    m_query.descending = descending;
    Q_EMIT queryChanged();
    requery();
}

void CatalogModel::setStarredOnly(bool on)
{
    if (on == m_starredOnly)
        return;
    m_starredOnly = on;
    Q_EMIT queryChanged();
    requery();
}

QVariantMap CatalogModel::filters() const
{
    QVariantMap map;
    for (int f = 0; f < FacetCount; ++f) {
        if (!m_query.selected[std::size_t(f)].isEmpty())
            map.insert(facetId(Facet(f)), m_query.selected[std::size_t(f)]);
    }
    return map;
}

bool CatalogModel::hasFilters() const
{
    return std::any_of(m_query.selected.cbegin(), m_query.selected.cend(),
                       [](const QStringList &values) { return !values.isEmpty(); });
}

int CatalogModel::totalCount() const
{
    return m_snapshot ? m_snapshot->size() : 0;
}

void CatalogModel::toggleFilter(const QString &facet, const QString &value)
{
    Facet f;
    if (!facetFromId(facet, &f) || value.isEmpty())
        return;
    QStringList &selected = m_query.selected[std::size_t(f)];
    const QString key = value.toLower();
    if (!selected.removeOne(key))
        selected.append(key);
    Q_EMIT queryChanged();
    requery();
}

bool CatalogModel::isFilterSelected(const QString &facet, const QString &value) const
{
    Facet f;
    return facetFromId(facet, &f) && m_query.selected[std::size_t(f)].contains(value.toLower());
}

void CatalogModel::clearFilters()
{
    if (!hasFilters())
        return;
    for (QStringList &values : m_query.selected)
        values.clear();
    Q_EMIT queryChanged();
    requery();
}

QString CatalogModel::refAt(int row) const
{
    if (row < 0 || row >= count() || !m_snapshot)
        return {};
    return m_snapshot->key(m_rows[std::size_t(row)]);
}

void CatalogModel::sortBy(const QString &column)
{
    SortKey key;
    if (!sortKeyFromId(column, &key))
        return;
    if (key == m_query.sort) {
        m_query.descending = !m_query.descending;
    } else {
        m_query.sort = key;
        m_query.descending = false;
    }
    Q_EMIT queryChanged();
    requery();
}

const std::vector<FacetValueCount> &CatalogModel::facetCounts(Facet f) const
{
    static const std::vector<FacetValueCount> none;
    if (!m_result || int(f) < 0 || int(f) >= FacetCount)
        return none;
    return m_result->facets[std::size_t(f)];
}

void CatalogModel::requery()
{
    AppController *app = AppController::instance();
    if (!app)
        return;
    SnapshotPtr snapshot = app->snapshot();
    m_postedSnapshot = snapshot;
    if (!snapshot) {
        // Nothing to search (yet): the first snapshot triggers the query. Rows of a workspace
        // that is gone go away.
        if (!m_rows.empty()) {
            beginRemoveRows({}, 0, count() - 1);
            m_rows.clear();
            endRemoveRows();
        }
        if (m_snapshot || m_result) {
            m_snapshot.reset();
            m_result.reset();
            Q_EMIT countChanged();
            Q_EMIT facetsChanged();
        }
        if (m_pending) {
            m_pending = false;
            Q_EMIT loadingChanged();
        }
        return;
    }

    CatalogQuery query = m_query;
    query.onlyIds = nullptr;
    if (m_starredOnly) {
        m_starredMask.assign(std::size_t(snapshot->size()), false);
        const QSet<QString> starred = app->starredSet();
        for (const QString &ref : starred) {
            const EntityId id = snapshot->find(ref);
            if (id != InvalidEntity)
                m_starredMask[id] = true;
        }
        query.onlyIds = &m_starredMask;   // CatalogSearch copies it for the worker
    }
    m_lastSeq = app->search()->post(this, snapshot, query);
    if (!m_pending) {
        m_pending = true;
        Q_EMIT loadingChanged();
    }
}

void CatalogModel::onResult(QObject *requester, quint64 seq, SnapshotPtr snapshot,
                            std::shared_ptr<const QueryResult> result)
{
    if (requester != this || seq != m_lastSeq)
        return;   // someone else's, or overtaken by a newer query
    m_pending = false;
    applyResult(std::move(snapshot), std::move(result));
    Q_EMIT loadingChanged();
}

void CatalogModel::applyResult(SnapshotPtr snapshot, std::shared_ptr<const QueryResult> result)
{
    if (!snapshot || !result)
        return;
    const std::vector<EntityId> &next = result->rows;
    const int oldCount = count();

    std::vector<RowRange> removed;
    std::vector<RowRange> inserted;
    // Ids are only comparable within one snapshot; a new snapshot takes the bulk path.
    const bool exact = snapshot == m_snapshot
        && diffRows(m_rows, next, snapshot->size(), &removed, &inserted);

    if (exact) {
        // Back to front keeps the earlier old positions valid.
        for (auto it = removed.crbegin(); it != removed.crend(); ++it) {
            beginRemoveRows({}, it->first, it->first + it->count - 1);
            m_rows.erase(m_rows.begin() + it->first, m_rows.begin() + it->first + it->count);
            endRemoveRows();
        }
        // Front to back: every row before an insertion is then already in its final place.
        for (const RowRange &r : inserted) {
            beginInsertRows({}, r.first, r.first + r.count - 1);
            m_rows.insert(m_rows.begin() + r.first, next.begin() + r.first, next.begin() + r.first + r.count);
            endInsertRows();
        }
        Q_ASSERT(m_rows == next);
        m_result = std::move(result);
    } else {
        const int newCount = int(next.size());
        const int common = std::min(oldCount, newCount);
        if (newCount < oldCount) {
            // Remove the tail while the rows still describe the old snapshot, then refresh the rest.
            beginRemoveRows({}, newCount, oldCount - 1);
            m_rows.resize(std::size_t(newCount));
            endRemoveRows();
            m_rows = next;
            m_snapshot = snapshot;
            m_result = std::move(result);
            if (common > 0)
                Q_EMIT dataChanged(index(0), index(common - 1));
        } else {
            m_rows.assign(next.begin(), next.begin() + common);
            m_snapshot = snapshot;
            m_result = std::move(result);
            if (common > 0)
                Q_EMIT dataChanged(index(0), index(common - 1));
            if (newCount > common) {
                beginInsertRows({}, common, newCount - 1);
                m_rows = next;
                endInsertRows();
            }
        }
    }
    m_snapshot = std::move(snapshot);
    m_lastQueryMs = m_result->elapsedMs;

    // Always: countChanged also carries lastQueryMs, which changes with every result.
    Q_EMIT countChanged();
    Q_EMIT facetsChanged();
}
