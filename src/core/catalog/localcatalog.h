#pragma once

#include "catalog/catalogsnapshot.h"
#include "catalog/descriptorfile.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace atrium::catalog {

// A folder of descriptor files: the roots found by include globs, plus every file reached through
// Location entities. Placeholders and location targets may not leave `path`.
struct CatalogSource {
    QString path;                          // absolute folder (or a single file)
    QStringList include;                   // globs relative to path; default catalog-info.yaml anywhere.
                                           // Wildcards skip template skeletons and node_modules.
    static QStringList defaultInclude();
};

struct LoadStats {
    int files = 0;
    qint64 bytes = 0;
    qint64 parseMs = 0;      // reading + parsing + validation, in parallel
    qint64 indexMs = 0;      // building the snapshot
    qint64 totalMs = 0;
};

// Loads sources with every core, in parallel per file, into a CatalogSnapshot. Usable without an
// event loop (loadSync) for the CLI and the benchmark.
struct LoadOutput {
    SnapshotPtr snapshot;
    QHash<QString, FileResult> files;   // by absolute path
    LoadStats stats;
};
LoadOutput loadCatalog(const QList<CatalogSource> &sources, const yaml::Limits &limits = {});

// The workspace's local catalog as a live object: loads in the background, watches every file and
// folder it read, re-reads a changed file within a second and rebuilds the snapshot. A file that
// no longer parses keeps its last good entities, and its error joins the problems.
class LocalCatalog : public QObject
{
    Q_OBJECT
public:
    explicit LocalCatalog(QObject *parent = nullptr);
    ~LocalCatalog() override;

    void setSources(const QList<CatalogSource> &sources);
    QList<CatalogSource> sources() const { return m_sources; }
    void reload();

    SnapshotPtr snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loading; }
    LoadStats lastStats() const { return m_stats; }

Q_SIGNALS:
    void snapshotChanged();
    void loadingChanged();

private:
    void startFullLoad();
    void onFullLoadFinished();
    void onPathChanged(const QString &path);
    void rebuildFromChanges();
    void watchFiles();

    QList<CatalogSource> m_sources;
    SnapshotPtr m_snapshot;
    QHash<QString, FileResult> m_files;       // last good result per file
    QHash<QString, FileResult> m_failed;      // files whose last read failed (problems only)
    LoadStats m_stats;
    bool m_loading = false;
    bool m_reloadPending = false;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QSet<QString> m_changed;
    QHash<QString, QStringList> m_dirListings;   // to tell new/removed files from edits
    // The load itself waits on a thread of its own, so the files are parsed on every thread of
    // the global pool rather than on the ones left over.
    QThreadPool m_loaderPool;
    QFutureWatcher<LoadOutput> m_fullLoad;
    QFutureWatcher<std::pair<QHash<QString, FileResult>, SnapshotPtr>> m_incremental;
};

} // namespace atrium::catalog
