#pragma once

#include "catalog/catalogsnapshot.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// Every problem in the workspace (errors first, then warnings, then notices; by file and line).
class ProblemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // "all", "error", "warning", "notice"
    Q_PROPERTY(QString severityFilter READ severityFilter WRITE setSeverityFilter NOTIFY severityFilterChanged)
    // Only the problems of one entity when set (entity page).
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY entityRefChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // "error", "warning", "notice"
        MessageRole,                     // translated message
        FileRole,                        // absolute path
        RelativeFileRole,                // path relative to the workspace
        LineRole,                        // 1-based, 0 if unknown
        ColumnRole,                      // 1-based, 0 if unknown
        LocationRole,                    // "relative/file.yaml:12:5"
        EntityRefRole,                   // ref of the entity concerned, may be empty
        RuleRole,                        // stable rule id
    };
    Q_ENUM(Role)

    explicit ProblemModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString severityFilter() const { return m_severity; }
    void setSeverityFilter(const QString &s);
    QString entityRef() const { return m_entityRef; }
    void setEntityRef(const QString &ref);
    int count() const { return int(m_problems.size()); }

Q_SIGNALS:
    void severityFilterChanged();
    void entityRefChanged();
    void countChanged();

private:
    void rebuild();

    QString m_severity = QStringLiteral("all");
    QString m_entityRef;
    atrium::catalog::ProblemList m_problems;
    atrium::catalog::SnapshotPtr m_shownSnapshot;
};
