#include "palettemodel.h"

#include "appcontroller.h"

using namespace atrium::catalog;

namespace {

constexpr int kMaxEntities = 50;

struct Page {
    const char *id;
    QString title;
    QString description;
};

} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::catalogChanged, this, [this] {
            const AppController *app = AppController::instance();
            if (app && app->snapshot() != m_snapshot)
                rebuild();
        });
    }
    rebuild();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case ItemTypeRole:
        return item.type;
    case PageRole:
        return item.page;
    case RefRole:
        return item.ref;
    case SubtitleRole:
        return item.subtitle;
    case KindRole:
        return item.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    return {
        {ItemTypeRole, "itemType"},
        {PageRole, "page"},
        {RefRole, "ref"},
        {TitleRole, "title"},
        {SubtitleRole, "subtitle"},
        {KindRole, "kind"},
    };
}

void PaletteModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    rebuild();
}

void PaletteModel::rebuild()
{
    const QString text = m_text.trimmed();
    QList<Item> next;

    const Page pages[] = {
        {"home", tr("Home"), tr("Your services, quick actions and platform status")},
        {"catalog", tr("Catalog"), tr("Search and filter every component, API, system and team")},
        {"actions", tr("Actions"), tr("Self-service templates and their runs")},
        {"plugins", tr("Plugins"), tr("Installed capability plugins and their state")},
        {"settings", tr("Settings"), tr("Identity, theme and workspace")},
        {"problems", tr("Problems"), tr("Errors and warnings found in the catalog descriptors")},
    };
    for (const Page &page : pages) {
        if (text.isEmpty() || page.title.contains(text, Qt::CaseInsensitive))
            next.append({QStringLiteral("page"), QLatin1String(page.id), {}, page.title, page.description, {}});
    }

    const AppController *app = AppController::instance();
    SnapshotPtr snapshot = app ? app->snapshot() : SnapshotPtr();
    if (snapshot && !text.isEmpty()) {
        for (EntityId id : snapshot->rank(text, kMaxEntities)) {
            const QString kind = snapshot->kind(id);
            const QString owner = snapshot->text(id, &EntityBlock::Record::ownerKey);
            const QString subtitle = owner.isEmpty() ? kind : tr("%1 · %2").arg(kind, snapshot->displayTitle(owner));
            next.append({QStringLiteral("entity"), {}, snapshot->key(id), snapshot->title(id), subtitle, kind});
        }
    }
    m_snapshot = std::move(snapshot);

    // Overlap refreshed in place, the difference inserted or removed at the end.
    const int oldCount = count();
    const int newCount = int(next.size());
    const int common = std::min(oldCount, newCount);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_items.resize(newCount);
        endRemoveRows();
        m_items = std::move(next);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
    } else {
        m_items = next.mid(0, common);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
        if (newCount > common) {
            beginInsertRows({}, common, newCount - 1);
            m_items = std::move(next);
            endInsertRows();
        }
    }
    if (newCount != oldCount)
        Q_EMIT countChanged();
}
