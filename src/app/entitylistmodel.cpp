#include "entitylistmodel.h"

#include "appcontroller.h"

#include <algorithm>

using namespace atrium::catalog;

using Record = EntityBlock::Record;

namespace {

bool isKind(const CatalogSnapshot &snap, EntityId id, QLatin1String kind)
{
    return snap.kind(id).compare(kind, Qt::CaseInsensitive) == 0;
}

} // namespace

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::catalogChanged, this, [this] {
            // catalogChanged also reports loading-state changes; only a new snapshot matters.
            const AppController *app = AppController::instance();
            if (app && app->snapshot() != m_snapshot)
                rebuild();
        });
        connect(app, &AppController::identityChanged, this, [this] {
            if (m_mode == QLatin1String("owned"))
                rebuild();
        });
        connect(app, &AppController::starredChanged, this, [this] {
            if (m_mode == QLatin1String("starred"))
                rebuild();
        });
    }
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const CatalogSnapshot &snap = *m_snapshot;
    const EntityId id = m_ids[std::size_t(index.row())];
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
    case DescriptionRole:
        return snap.text(id, &Record::description);
    case TypeRole:
        return snap.text(id, &Record::specType);
    case LifecycleRole:
        return snap.text(id, &Record::lifecycle);
    case OwnerRole:
        return snap.ownerTitle(id);
    case SystemRole:
        return snap.systemTitle(id);
    case EmailRole:
        return snap.text(id, &Record::email);
    case SubtitleRole: {
        if (isKind(snap, id, QLatin1String("User"))) {
            QStringList teams;
            for (const QString &group : snap.groupsOf(snap.key(id)))
                teams.append(snap.displayTitle(group));
            teams.sort(Qt::CaseInsensitive);
            return teams.join(QStringLiteral(", "));
        }
        const QString owner = snap.text(id, &Record::ownerKey);
        if (!owner.isEmpty())
            return tr("%1 · %2").arg(snap.kind(id), snap.displayTitle(owner));
        return snap.kind(id);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> EntityListModel::roleNames() const
{
    return {
        {RefRole, "ref"},
        {KindRole, "kind"},
        {NameRole, "name"},
        {TitleRole, "title"},
        {DescriptionRole, "description"},
        {TypeRole, "type"},
        {LifecycleRole, "lifecycle"},
        {OwnerRole, "owner"},
        {SystemRole, "system"},
        {EmailRole, "email"},
        {SubtitleRole, "subtitle"},
    };
}

void EntityListModel::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
    rebuild();
}

void EntityListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    Q_EMIT modeChanged();
    if (m_mode == QLatin1String("users"))
        rebuild();
}

void EntityListModel::rebuild()
{
    const AppController *app = AppController::instance();
    SnapshotPtr snapshot = app ? app->snapshot() : SnapshotPtr();

    std::vector<EntityId> next;
    if (snapshot) {
        const CatalogSnapshot &snap = *snapshot;
        if (m_mode == QLatin1String("owned")) {
            const QString identity = app->identityRef().toLower();
            if (!identity.isEmpty()) {
                QStringList owners{identity};
                owners += snap.groupsOf(identity);
                for (EntityId id : snap.ownedBy(owners)) {
                    if (isKind(snap, id, QLatin1String("Component")) || isKind(snap, id, QLatin1String("API"))
                        || isKind(snap, id, QLatin1String("System")) || isKind(snap, id, QLatin1String("Resource")))
                        next.push_back(id);
                }
            }
        } else if (m_mode == QLatin1String("documented")) {
            next = snap.documented();
        } else if (m_mode == QLatin1String("users")) {
            const QString filter = m_filter.trimmed();
            const std::vector<EntityId> users = snap.ofKind(QStringLiteral("user"));
            std::copy_if(users.begin(), users.end(), std::back_inserter(next), [&snap, &filter](EntityId id) {
                if (filter.isEmpty() || snap.title(id).contains(filter, Qt::CaseInsensitive)
                    || snap.name(id).contains(filter, Qt::CaseInsensitive)
                    || snap.text(id, &Record::email).contains(filter, Qt::CaseInsensitive))
                    return true;
                // "Who are you?" also finds people by their team.
                const QStringList groups = snap.groupsOf(snap.key(id));
                return std::any_of(groups.cbegin(), groups.cend(), [&snap, &filter](const QString &group) {
                    return snap.displayTitle(group).contains(filter, Qt::CaseInsensitive);
                });
            });
        } else if (m_mode == QLatin1String("templates")) {
            next = snap.ofKind(QStringLiteral("template"));
        } else if (m_mode == QLatin1String("starred")) {
            for (const QString &ref : app->starredSet()) {
                const EntityId id = snap.find(ref);
                if (id != InvalidEntity)
                    next.push_back(id);
            }
        }
        // Short lists are sorted by title (computed once, not once per comparison). Long lists
        // keep the index's name order: a locale-aware sort of thousands of titles would block
        // the GUI thread.
        if (next.size() <= 500) {
            std::vector<std::pair<QString, EntityId>> keyed;
            keyed.reserve(next.size());
            for (EntityId id : next)
                keyed.emplace_back(snap.title(id).toLower(), id);
            std::sort(keyed.begin(), keyed.end(), [&snap](const auto &a, const auto &b) {
                const int c = QString::localeAwareCompare(a.first, b.first);
                return c != 0 ? c < 0 : snap.key(a.second) < snap.key(b.second);
            });
            for (std::size_t i = 0; i < keyed.size(); ++i)
                next[i] = keyed[i].second;
        }
    }

    // Small lists: overlap refreshed in place, the difference inserted or removed at the end.
    const int oldCount = count();
    const int newCount = int(next.size());
    const int common = std::min(oldCount, newCount);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_ids.resize(std::size_t(newCount));
        endRemoveRows();
        m_ids = std::move(next);
        m_snapshot = std::move(snapshot);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
    } else {
        m_ids.assign(next.begin(), next.begin() + common);
        m_snapshot = snapshot;
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
        if (newCount > common) {
            beginInsertRows({}, common, newCount - 1);
            m_ids = std::move(next);
            endInsertRows();
        }
    }
    if (newCount != oldCount)
        Q_EMIT countChanged();
}
