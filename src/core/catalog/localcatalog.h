#pragma once

#include "catalog/catalogsnapshot.h"
#include "catalog/descriptorfile.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QMap>
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

// Entities that do not come from files (a connection's remote catalog), already packed, with the
// problems found while converting them. They join the index after every local file, so a local
// definition wins over a remote one with the same ref.
struct ExternalSource {
    std::vector<BlockPtr> blocks;
    ProblemList problems;
};
using ExternalSources = QMap<QString, ExternalSource>;   // by source id, in id order

// Loads sources with every core, in parallel per file, into a CatalogSnapshot. Usable without an
// event loop (loadSync) for the CLI and the benchmark.
struct LoadOutput {
    SnapshotPtr snapshot;
    QHash<QString, FileResult> files;   // by absolute path
    std::vector<BlockPtr> fileBlocks;   // the files' blocks in load order
    ProblemList fileProblems;           // the files' own problems (before the index adds its own)
    LoadStats stats;
};
LoadOutput loadCatalog(const QList<CatalogSource> &sources, const yaml::Limits &limits = {},
                       const ExternalSources &external = {});

// The snapshot of file blocks and external sources together.
SnapshotPtr composeSnapshot(std::vector<BlockPtr> fileBlocks, ProblemList fileProblems, const ExternalSources &external);

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

    // Adds or replaces the entities of a source that is not a file (e.g. "backstage:acme"), and
    // rebuilds the snapshot in the background; snapshotChanged() follows.
    void setExternalSource(const QString &id, ExternalSource source);
    void removeExternalSource(const QString &id);
    QStringList externalSourceIds() const { return m_external.keys(); }
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
    void startCompose();
    void finishJob();

    QList<CatalogSource> m_sources;
    SnapshotPtr m_snapshot;
    QHash<QString, FileResult> m_files;       // last good result per file
    QHash<QString, FileResult> m_failed;      // files whose last read failed (problems only)
    std::vector<BlockPtr> m_fileBlocks;       // the files' blocks and problems of the last load,
    ProblemList m_fileProblems;               // to compose again when an external source changes
    ExternalSources m_external;
    bool m_composePending = false;
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
    QFutureWatcher<LoadOutput> m_incremental;
    QFutureWatcher<SnapshotPtr> m_compose;
};

} // namespace atrium::catalog
