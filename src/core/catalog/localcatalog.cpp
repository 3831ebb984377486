#include "catalog/localcatalog.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace atrium::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::catalog", text);
}

struct Root {
    QString file;
    QString rootDir;
};

// The files each source starts from: its include globs (or the source itself when it is a file).
QList<Root> findRoots(const QList<CatalogSource> &sources, ProblemList *problems)
{
    QList<Root> roots;
    for (const CatalogSource &source : sources) {
        const QString path = QDir::cleanPath(QFileInfo(source.path).absoluteFilePath());
        const QFileInfo info(path);
        if (!info.exists()) {
            Problem p;
            p.file = path;
            p.rule = QStringLiteral("source.missing");
            p.message = tr("the catalog source %1 does not exist").arg(path);
            problems->append(p);
            continue;
        }
        if (info.isFile()) {
            roots.append({path, info.absolutePath()});
            continue;
        }
        const QStringList include = source.include.isEmpty() ? CatalogSource::defaultInclude() : source.include;
        int found = 0;
        for (const QString &glob : include) {
            QString error;
            const bool wildcard = glob.contains(u'*') || glob.contains(u'?');
            const QStringList files = expandLocationTarget(glob, path, path, &error);
            for (const QString &f : files) {
                // Template skeletons hold catalog-info.yaml files full of ${{ values.x }} that only
                // become YAML when the template runs; dependencies are not the catalog either. A
                // file named explicitly is still read.
                const QString rel = f.mid(path.size());
                if (wildcard && (rel.contains(QLatin1String("/skeleton/")) || rel.contains(QLatin1String("/node_modules/"))))
                    continue;
                roots.append({f, path});
                ++found;
            }
        }
        if (found == 0) {
            Problem p;
            p.severity = Problem::Severity::Warning;
            p.file = path;
            p.rule = QStringLiteral("source.empty");
            p.message = tr("the catalog source %1 has no descriptor files matching %2")
                            .arg(path, include.join(QLatin1String(", ")));
            problems->append(p);
        }
    }
    return roots;
}

// Reads every file reachable from the roots through Location entities, one wave at a time, each
// wave in parallel. Files already in `known` are reused instead of read again.
void readReachable(const QList<Root> &roots, const yaml::Limits &limits, QHash<QString, FileResult> &known,
                   const QSet<QString> &reread, QHash<QString, FileResult> *out, QStringList *order)
{
    QSet<QString> seen;
    QList<Root> wave;
    for (const Root &r : roots) {
        if (!seen.contains(r.file)) {
            seen.insert(r.file);
            wave.append(r);
        }
    }
    while (!wave.isEmpty()) {
        QList<Root> toRead;
        QList<QString> reused;
        for (const Root &r : std::as_const(wave)) {
            if (known.contains(r.file) && !reread.contains(r.file))
                reused.append(r.file);
            else
                toRead.append(r);
        }
        // Each file is read, validated and packed into its compact block on a pool thread.
        const QList<FileResult> read = QtConcurrent::blockingMapped(toRead, [&limits](const Root &r) {
            FileResult f = readDescriptorFile(r.file, r.rootDir, limits);
            f.block = EntityBlock::build(f.entities, f.path, f.rootDir);
            f.entities.clear();
            f.entities.shrink_to_fit();
            return f;
        });
        QList<Root> next;
        const auto follow = [&](const FileResult &f) {
            for (const QString &target : f.locationFiles) {
                if (!seen.contains(target)) {
                    seen.insert(target);
                    next.append({target, f.rootDir});
                }
            }
        };
        for (const QString &file : std::as_const(reused)) {
            FileResult f = known.take(file);
            follow(f);
            order->append(file);
            out->insert(file, std::move(f));
        }
        for (const FileResult &f : read) {
            follow(f);
            order->append(f.path);
            out->insert(f.path, f);
        }
        wave = next;
    }
}

} // namespace

QStringList CatalogSource::defaultInclude()
{
    return {QStringLiteral("**/catalog-info.yaml"), QStringLiteral("**/catalog-info.yml")};
}

SnapshotPtr composeSnapshot(std::vector<BlockPtr> fileBlocks, ProblemList fileProblems, const ExternalSources &external)
{
    for (auto it = external.cbegin(); it != external.cend(); ++it) {
        fileProblems.append(it->problems);
        for (const BlockPtr &block : it->blocks) {
            if (block && block->size() > 0)
                fileBlocks.push_back(block);
        }
    }
    return CatalogSnapshot::build(std::move(fileBlocks), std::move(fileProblems));
}

LoadOutput loadCatalog(const QList<CatalogSource> &sources, const yaml::Limits &limits, const ExternalSources &external)
{
    QElapsedTimer total;
    total.start();
    LoadOutput out;
    ProblemList problems;
    const QList<Root> roots = findRoots(sources, &problems);
    QHash<QString, FileResult> none;
    QStringList order;
    readReachable(roots, limits, none, {}, &out.files, &order);
    out.stats.parseMs = total.elapsed();

    QElapsedTimer index;
    index.start();
    std::vector<BlockPtr> blocks;
    blocks.reserve(size_t(order.size()));
    for (const QString &path : std::as_const(order)) {
        const FileResult &f = out.files[path];
        out.stats.files += 1;
        out.stats.bytes += f.bytes;
        problems.append(f.problems);
        if (f.block && f.block->size() > 0)
            blocks.push_back(f.block);
    }
    out.fileBlocks = blocks;
    out.fileProblems = problems;
    out.snapshot = composeSnapshot(std::move(blocks), std::move(problems), external);
    out.stats.indexMs = index.elapsed();
    out.stats.totalMs = total.elapsed();
    qCDebug(lcCatalog) << "loaded" << out.stats.files << "files," << out.snapshot->size() << "entities in"
                       << out.stats.totalMs << "ms";
    return out;
}

namespace {

// Re-reads the changed files and rebuilds the snapshot. A changed file that no longer parses keeps
// the entities of its last good version (taken from the old snapshot) next to its new error.
LoadOutput rebuildIncrementally(const QList<CatalogSource> &sources, QHash<QString, FileResult> files,
                                SnapshotPtr old, QSet<QString> changed, const ExternalSources &external)
{
    // Files whose entities were dropped as duplicates must be read again: the first definition may
    // be the one that changed.
    for (const Problem &p : old->problems()) {
        if (p.rule == QLatin1String("entity.duplicate"))
            changed.insert(p.file);
    }
    QHash<QString, BlockPtr> previous;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        previous.insert(it.key(), it->block);

    ProblemList problems;
    const QList<Root> roots = findRoots(sources, &problems);
    QHash<QString, FileResult> next;
    QStringList order;
    readReachable(roots, {}, files, changed, &next, &order);

    std::vector<BlockPtr> blocks;
    blocks.reserve(size_t(order.size()));
    for (const QString &path : std::as_const(order)) {
        FileResult &f = next[path];
        if (f.failed && changed.contains(path) && previous.value(path)) {
            // A broken edit: keep the entities of the last good version next to the new error.
            f.block = previous.value(path);
            Problem p;
            p.severity = Problem::Severity::Notice;
            p.file = f.path;
            p.rule = QStringLiteral("file.kept");
            p.message = tr("the entities of the last good version of this file are kept until it is fixed");
            f.problems.append(p);
        }
        problems.append(f.problems);
        if (f.block && f.block->size() > 0)
            blocks.push_back(f.block);
    }
    LoadOutput out;
    out.fileBlocks = blocks;
    out.fileProblems = problems;
    out.snapshot = composeSnapshot(std::move(blocks), std::move(problems), external);
    out.files = std::move(next);
    return out;
}

// A load frees far more than it keeps (files, YAML trees, per-file entities). glibc keeps freed
// heap for reuse; hand it back so a loaded catalog costs what it holds, not what it took to read.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

LocalCatalog::LocalCatalog(QObject *parent)
    : QObject(parent)
{
    m_snapshot = CatalogSnapshot::build(std::vector<BlockPtr>{}, {});
    m_loaderPool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LocalCatalog::rebuildFromChanges);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LocalCatalog::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LocalCatalog::onPathChanged);
    connect(&m_fullLoad, &QFutureWatcher<LoadOutput>::finished, this, &LocalCatalog::onFullLoadFinished);
    connect(&m_incremental, &QFutureWatcher<LoadOutput>::finished, this, [this] {
        LoadOutput out = m_incremental.result();
        m_files = std::move(out.files);
        m_fileBlocks = std::move(out.fileBlocks);
        m_fileProblems = std::move(out.fileProblems);
        m_snapshot = std::move(out.snapshot);
        out = {};
        releaseFreedMemory();
        watchFiles();
        finishJob();
    });
    connect(&m_compose, &QFutureWatcher<SnapshotPtr>::finished, this, [this] {
        m_snapshot = m_compose.result();
        finishJob();
    });
}

// After any job: show the new snapshot, then start what waited for it (a composition asked for by
// an external source, a reload, edited files).
void LocalCatalog::finishJob()
{
    m_loading = false;
    Q_EMIT snapshotChanged();
    Q_EMIT loadingChanged();
    if (m_composePending && !m_reloadPending && m_changed.isEmpty()) {
        startCompose();
        return;
    }
    if (!m_changed.isEmpty() || m_reloadPending)
        m_debounce.start();
}

void LocalCatalog::setExternalSource(const QString &id, ExternalSource source)
{
    m_external.insert(id, std::move(source));
    m_composePending = true;
    if (!m_loading)
        startCompose();
}

void LocalCatalog::removeExternalSource(const QString &id)
{
    if (m_external.remove(id) == 0)
        return;
    m_composePending = true;
    if (!m_loading)
        startCompose();
}

void LocalCatalog::startCompose()
{
    m_composePending = false;
    m_loading = true;
    Q_EMIT loadingChanged();
    m_compose.setFuture(QtConcurrent::run(&m_loaderPool, [blocks = m_fileBlocks, problems = m_fileProblems,
                                                          external = m_external] {
        return composeSnapshot(blocks, problems, external);
    }));
}

LocalCatalog::~LocalCatalog()
{
    m_fullLoad.waitForFinished();
    m_incremental.waitForFinished();
    m_compose.waitForFinished();
}

void LocalCatalog::setSources(const QList<CatalogSource> &sources)
{
    m_sources = sources;
}

void LocalCatalog::reload()
{
    m_reloadPending = true;
    if (m_loading)
        return;
    startFullLoad();
}

void LocalCatalog::startFullLoad()
{
    m_reloadPending = false;
    m_changed.clear();
    m_loading = true;
    Q_EMIT loadingChanged();
    m_composePending = false; // the load composes with the external sources as they are now
    const QList<CatalogSource> sources = m_sources;
    m_fullLoad.setFuture(QtConcurrent::run(&m_loaderPool, [sources, external = m_external] {
        return loadCatalog(sources, {}, external);
    }));
}

void LocalCatalog::onFullLoadFinished()
{
    LoadOutput out = m_fullLoad.result();
    m_files = std::move(out.files);
    m_fileBlocks = std::move(out.fileBlocks);
    m_fileProblems = std::move(out.fileProblems);
    m_snapshot = std::move(out.snapshot);
    m_stats = out.stats;
    out = {};
    releaseFreedMemory();
    watchFiles();
    finishJob();
}

void LocalCatalog::onPathChanged(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || m_dirListings.contains(path)) {
        // Only a file appearing or disappearing matters here; edits arrive as file events.
        const QStringList entries = QDir(path).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (entries == m_dirListings.value(path))
            return;
        m_dirListings.insert(path, entries);
        m_reloadPending = true;
    } else {
        m_changed.insert(path);
        // Editors that save by renaming replace the inode: watch the new file.
        if (info.exists() && !m_watcher.files().contains(path))
            m_watcher.addPath(path);
    }
    m_debounce.start();
}

void LocalCatalog::rebuildFromChanges()
{
    if (m_loading)
        return; // picked up when the running load finishes
    if (m_reloadPending) {
        // A file appeared or went away: new files may match include globs or Location globs that
        // were expanded when their file was read, so read everything again (the old data stays
        // on screen meanwhile).
        startFullLoad();
        return;
    }
    if (m_changed.isEmpty())
        return;
    const QSet<QString> changed = m_changed;
    m_changed.clear();
    m_loading = true;
    Q_EMIT loadingChanged();
    m_composePending = false;
    const QList<CatalogSource> sources = m_sources;
    const QHash<QString, FileResult> files = m_files;
    const SnapshotPtr old = m_snapshot;
    m_incremental.setFuture(QtConcurrent::run(&m_loaderPool, [sources, files, old, changed, external = m_external] {
        return rebuildIncrementally(sources, files, old, changed, external);
    }));
}

void LocalCatalog::watchFiles()
{
    QStringList files;
    QSet<QString> dirs;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        files.append(it.key());
        dirs.insert(QFileInfo(it.key()).absolutePath());
    }
    for (const CatalogSource &s : std::as_const(m_sources)) {
        const QFileInfo info(s.path);
        dirs.insert(info.isDir() ? QDir::cleanPath(info.absoluteFilePath()) : info.absolutePath());
    }
    const QStringList watchedFiles = m_watcher.files();
    const QStringList watchedDirs = m_watcher.directories();
    if (!watchedFiles.isEmpty())
        m_watcher.removePaths(watchedFiles);
    if (!watchedDirs.isEmpty())
        m_watcher.removePaths(watchedDirs);
    m_dirListings.clear();
    for (const QString &d : std::as_const(dirs))
        m_dirListings.insert(d, QDir(d).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name));
    if (!files.isEmpty())
        m_watcher.addPaths(files);
    if (!dirs.isEmpty())
        m_watcher.addPaths(QStringList(dirs.cbegin(), dirs.cend()));
}

} // namespace atrium::catalog
