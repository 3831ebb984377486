#pragma once

// Helpers shared by the end-to-end tests: finding QML objects, reading view models, copying the
// demo workspace.

#include "application.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QVariant>

namespace e2e {

// The environment of an end-to-end test: settings, caches, data and plugins in a throw-away home
// (kept alive by the caller); only the plugins built in this tree load.
inline void isolate(const QString &home)
{
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (home + QStringLiteral("/state")).toLocal8Bit());
    qputenv("ATRIUM_PLUGIN_PATH", QByteArrayLiteral(ATRIUM_BINARY_DIR "/plugins"));
    qputenv("ATRIUM_POLICY_FILE", (home + QStringLiteral("/no-policy.json")).toLocal8Bit());
}

constexpr int kTimeout = 10000;

// Starts the real application on `workspace` (English, light) in a window of the tests' size and
// waits until it is shown and active: keyboard shortcuts need the active window. "" when it
// started, else why not.
inline QString startSession(atrium::app::GuiSession &session, const QString &workspace)
{
    QString error;
    if (!session.start({.workspace = workspace, .language = QStringLiteral("en"), .theme = QStringLiteral("light")}, &error))
        return error;
    QQuickWindow *window = session.window();
    if (!window || !session.app())
        return QStringLiteral("no window");
    window->resize(1360, 860);
    if (!QTest::qWaitForWindowExposed(window))
        return QStringLiteral("the window was not shown");
    window->requestActivate();
    if (!QTest::qWaitForWindowActive(window))
        return QStringLiteral("the window did not become active");
    return {};
}

// Grabs `window` into $ATRIUM_TEST_ARTIFACTS/<file>.png once transitions and text layout have
// settled; "" when saved, else why not.
inline QString saveWindowShot(QQuickWindow *window, const QString &file)
{
    QTest::qWait(350);
    QString dir = qEnvironmentVariable("ATRIUM_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/atrium-test-artifacts");
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    const QImage image = window->grabWindow();
    const QString path = dir + QLatin1Char('/') + file + QStringLiteral(".png");
    if (image.isNull() || !image.save(path))
        return QStringLiteral("cannot save %1").arg(path);
    return {};
}

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
