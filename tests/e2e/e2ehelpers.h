#pragma once

// Helpers shared by the end-to-end tests: finding QML objects, reading view models, copying the
// demo workspace.

#include <QAbstractItemModel>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QVariant>

namespace e2e {

constexpr int kTimeout = 10000;

// The first object called `name` under `root`, searching the visual item tree (popups live in the
// window's overlay) and, for objects that are not items, the QObject tree. With `visibleOnly`,
// hidden items are skipped, so a page left underneath the current one is not found.
inline QObject *findNamed(QObject *root, const QString &name, bool visibleOnly, QSet<QObject *> &seen)
{
    if (!root || seen.contains(root))
        return nullptr;
    seen.insert(root);
    auto *item = qobject_cast<QQuickItem *>(root);
    if (visibleOnly && item && !item->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    if (auto *window = qobject_cast<QQuickWindow *>(root)) {
        if (QObject *found = findNamed(window->contentItem(), name, visibleOnly, seen))
            return found;
    }
    if (item) {
        const QList<QQuickItem *> childItems = item->childItems();   // a copy: the tree may change
        for (QQuickItem *child : childItems) {
            if (QObject *found = findNamed(child, name, visibleOnly, seen))
                return found;
        }
    }
    const QObjectList children = root->children();
    for (QObject *child : children) {
        if (QObject *found = findNamed(child, name, visibleOnly, seen))
            return found;
    }
    return nullptr;
}

inline QObject *findNamed(QObject *root, const QString &name, bool visibleOnly)
{
    QSet<QObject *> seen;
    return findNamed(root, name, visibleOnly, seen);
}

// The value of `roleName` in `row` of a QML view's model.
inline QVariant modelData(QObject *view, int row, const QByteArray &roleName)
{
    auto *model = qvariant_cast<QAbstractItemModel *>(view->property("model"));
    if (!model || row >= model->rowCount())
        return {};
    const int role = model->roleNames().key(roleName, -1);
    return model->data(model->index(row, 0), role);
}

// Copies a directory tree (the demo workspace) so the test can write into the copy.
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}


} // namespace e2e
