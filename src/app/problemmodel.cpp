#include "problemmodel.h"

#include "appcontroller.h"

#include <algorithm>

using namespace atrium::catalog;

namespace {

QString relativeToWorkspace(const QString &path)
{
    const AppController *app = AppController::instance();
    return app ? app->relativePath(path) : path;
}

} // namespace

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::catalogChanged, this, [this] {
            const AppController *app = AppController::instance();
            if (app && app->snapshot() != m_shownSnapshot)
                rebuild();
        });
    }
    rebuild();
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return p.message;
    case SeverityRole:
        return Problem::severityName(p.severity);
    case FileRole:
        return p.file;
    case RelativeFileRole:
        return relativeToWorkspace(p.file);
    case LineRole:
        return p.line;
    case ColumnRole:
        return p.column;
    case LocationRole: {
        QString location = relativeToWorkspace(p.file);
        if (p.line > 0) {
            location += QLatin1Char(':') + QString::number(p.line);
            if (p.column > 0)
                location += QLatin1Char(':') + QString::number(p.column);
        }
        return location;
    }
    case EntityRefRole:
        return p.entityRef;
    case RuleRole:
        return p.rule;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemModel::roleNames() const
{
    return {
        {SeverityRole, "severity"},
        {MessageRole, "message"},
        {FileRole, "file"},
        {RelativeFileRole, "relativeFile"},
        {LineRole, "line"},
        {ColumnRole, "column"},
        {LocationRole, "location"},
        {EntityRefRole, "entityRef"},
        {RuleRole, "rule"},
    };
}

void ProblemModel::setSeverityFilter(const QString &s)
{
    const QString value = s.isEmpty() ? QStringLiteral("all") : s.toLower();
    if (value == m_severity)
        return;
    m_severity = value;
    Q_EMIT severityFilterChanged();
    rebuild();
}

void ProblemModel::setEntityRef(const QString &ref)
{
    if (ref == m_entityRef)
        return;
    m_entityRef = ref;
    Q_EMIT entityRefChanged();
    rebuild();
}

void ProblemModel::rebuild()
{
    const AppController *app = AppController::instance();
    const SnapshotPtr snapshot = app ? app->snapshot() : SnapshotPtr();
    m_shownSnapshot = snapshot;

    ProblemList next;
    if (snapshot) {
        if (m_entityRef.isEmpty()) {
            next = snapshot->problems();
        } else {
            const EntityId id = snapshot->find(m_entityRef);
            next = snapshot->problemsFor(id != InvalidEntity ? snapshot->entity(id).key() : m_entityRef.toLower());
        }
    }
    if (m_severity != QLatin1String("all")) {
        next.removeIf([this](const Problem &p) { return Problem::severityName(p.severity) != m_severity; });
    }
    std::stable_sort(next.begin(), next.end(), [](const Problem &a, const Problem &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);   // Error < Warning < Notice
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });

    // Overlap refreshed in place, the difference inserted or removed at the end.
    const int oldCount = count();
    const int newCount = int(next.size());
    const int common = std::min(oldCount, newCount);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_problems.resize(newCount);
        endRemoveRows();
        m_problems = std::move(next);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
    } else {
        m_problems = next.mid(0, common);
        if (common > 0)
            Q_EMIT dataChanged(index(0), index(common - 1));
        if (newCount > common) {
            beginInsertRows({}, common, newCount - 1);
            m_problems = std::move(next);
            endInsertRows();
        }
    }
    if (newCount != oldCount)
        Q_EMIT countChanged();
}
