#pragma once

#include "catalog/catalogsnapshot.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The command palette (Ctrl+K): pages and entities ranked for the typed text. Entity ranking runs
// in the snapshot (exact name, then name prefix, then word prefix), capped at 50 rows.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ItemTypeRole = Qt::UserRole + 1, // "page" or "entity"
        PageRole,                        // page id for pages: "home", "catalog", "actions", "plugins", "settings", "problems"
        RefRole,                         // entity ref for entities
        TitleRole,                       // what to show
        SubtitleRole,                    // kind · owner, or the page's description
        KindRole,                        // entity kind, empty for pages
    };
    Q_ENUM(Role)

    explicit PaletteModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    int count() const { return int(m_items.size()); }

Q_SIGNALS:
    void textChanged();
    void countChanged();

private:
    struct Item { QString type, page, ref, title, subtitle, kind; };
    void rebuild();
    QString m_text;
    QList<Item> m_items;
    atrium::catalog::SnapshotPtr m_snapshot;
};
