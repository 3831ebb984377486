// The offline catalog cache: what a sync leaves behind, what a failed or cancelled sync leaves
// untouched, how old and broken files are upgraded or moved aside. Every test works on real SQLite
// files in a temporary folder; old and broken files are made by hand in the test.

#include "cache/catalogcache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using atrium::cache::CachedEntity;
using atrium::cache::CatalogCache;
using atrium::cache::CatalogCacheWriter;
using atrium::cache::SourceInfo;

namespace {

QJsonObject entityJson(const QString &kind, const QString &name, const QString &ns = QString(),
                       const QString &title = QString(), int generation = 1)
{
    QJsonObject metadata{{QStringLiteral("name"), name},
                         {QStringLiteral("annotations"),
                          QJsonObject{{QStringLiteral("atrium.test/generation"), QString::number(generation)}}}};
    if (!ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ns);
    if (!title.isEmpty())
        metadata.insert(QStringLiteral("title"), title);
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("team-a")}}}};
}

// `count` entities whose content says which generation (sync) they come from.
QList<CachedEntity> generation(int generation, int count, const QString &prefix = QStringLiteral("svc"))
{
    QList<CachedEntity> entities;
    for (int i = 0; i < count; ++i) {
        entities << CachedEntity::fromJson(entityJson(QStringLiteral("Component"),
                                                      QStringLiteral("%1-%2-g%3").arg(prefix).arg(i).arg(generation),
                                                      QString(), QStringLiteral("Service %1 (g%2)").arg(i).arg(generation),
                                                      generation));
    }
    return entities;
}

QStringList refs(const QList<CachedEntity> &entities)
{
    QStringList result;
    for (const CachedEntity &entity : entities)
        result << entity.ref;
    return result;
}

// Everything a reader sees of a source, for exact comparisons.
QByteArray dump(const QList<CachedEntity> &entities)
{
    QByteArray out;
    for (const CachedEntity &e : entities)
        out += e.ref.toUtf8() + '|' + e.kind.toUtf8() + '|' + e.name.toUtf8() + '|' + e.title.toUtf8() + '|' + e.json + '\n';
    return out;
}

bool fill(CatalogCache &cache, const QString &connectionId, const QList<CachedEntity> &entities, const QString &state,
          const QDateTime &syncedAt = QDateTime::currentDateTimeUtc())
{
    QString error;
    auto writer = cache.beginReplace(connectionId, &error);
    if (!writer) {
        qWarning() << error;
        return false;
    }
    if (!writer->add(entities) || !writer->commit(state, syncedAt)) {
        qWarning() << writer->errorString();
        return false;
    }
    return true;
}

// Raw SQL on a file, outside the cache, for making old or odd files and for looking inside them.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

qint64 procStatusKb(const char *field)
{
    const QList<QByteArray> lines = readFile(QStringLiteral("/proc/self/status")).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak RSS (VmHWM) so that a phase's own peak can be read.
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

} // namespace

class TestCatalogCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Every cache, writer and raw connection removed its connection when it went away.
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    void defaultPathIsPerWorkspaceInTheXdgCacheFolder()
    {
        QTemporaryDir dir;
        const QByteArray saved = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.path()));
        const QString plain = CatalogCache::defaultPath(QStringLiteral("acme-1a2b3c4d"));
        const QString hostile = CatalogCache::defaultPath(QStringLiteral("../x/y"));
        qputenv("XDG_CACHE_HOME", saved);
        QCOMPARE(plain, dir.path() + QStringLiteral("/atrium/catalog/acme-1a2b3c4d.sqlite"));
        QVERIFY2(hostile.startsWith(dir.path() + QStringLiteral("/atrium/catalog/")), qPrintable(hostile));
        QCOMPARE(QFileInfo(hostile).absolutePath(), dir.path() + QStringLiteral("/atrium/catalog"));
        QVERIFY(!QFileInfo(hostile).fileName().startsWith(QLatin1Char('.')));
    }

    void entityColumnsComeFromTheJson()
    {
        const CachedEntity api = CachedEntity::fromJson(entityJson(QStringLiteral("API"), QStringLiteral("Payments-API"),
                                                                   QStringLiteral("Billing"), QStringLiteral("Payments")));
        QCOMPARE(api.ref, QStringLiteral("api:billing/Payments-API"));
        QCOMPARE(api.kind, QStringLiteral("API"));
        QCOMPARE(api.name, QStringLiteral("Payments-API"));
        QCOMPARE(api.title, QStringLiteral("Payments"));
        const CachedEntity plain = CachedEntity::fromJson(entityJson(QStringLiteral("Group"), QStringLiteral("team-a")));
        QCOMPARE(plain.ref, QStringLiteral("group:default/team-a"));
        QVERIFY(plain.title.isEmpty());
        QVERIFY(!plain.json.contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(plain.json).object(), entityJson(QStringLiteral("Group"), QStringLiteral("team-a")));
    }

    void roundTripSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        const QList<CachedEntity> written = generation(1, 250);
        const QDateTime syncedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        {
            CatalogCache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            QVERIFY(cache.recoveryMessage().isEmpty());
            QCOMPARE(cache.openedSchemaVersion(), 0);
            QVERIFY(fill(cache, QStringLiteral("backstage-prod"), written, QStringLiteral("cursor=42"), syncedAt));
        }
        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.openedSchemaVersion(), CatalogCache::SchemaVersion);
        QCOMPARE(cache.sources(), QStringList{QStringLiteral("backstage-prod")});
        const QList<CachedEntity> read = cache.loadAll(QStringLiteral("backstage-prod"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), written.size());
        QCOMPARE(dump(read), dump(written)); // same order, same bytes
        const SourceInfo info = cache.sourceInfo(QStringLiteral("backstage-prod"));
        QVERIFY(info.exists);
        QCOMPARE(info.entityCount, qint64(written.size()));
        QCOMPARE(info.state, QStringLiteral("cursor=42"));
        QVERIFY(info.lastError.isEmpty());
        QCOMPARE(info.syncedAt, QDateTime::fromMSecsSinceEpoch(syncedAt.toMSecsSinceEpoch(), Qt::UTC));
        QCOMPARE(info.lastAttempt, info.syncedAt);
    }

    void loadDeliversBatchesAndCanStop()
    {
        QTemporaryDir dir;
        CatalogCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 25), QString()));
        QList<int> sizes;
        QVERIFY(cache.load(QStringLiteral("a"), [&](const QList<CachedEntity> &batch) {
            sizes << int(batch.size());
            return true;
        }, 10));
        QCOMPARE(sizes, (QList<int>{10, 10, 5}));
        int calls = 0;
        QVERIFY(cache.load(QStringLiteral("a"), [&](const QList<CachedEntity> &) { return ++calls < 2; }, 10));
        QCOMPARE(calls, 2);
        calls = 0;
        QVERIFY(cache.load(QStringLiteral("unknown"), [&](const QList<CachedEntity> &) { return ++calls > 0; }));
        QCOMPARE(calls, 0);
    }

    void aLaterSyncReplacesEverythingAndDuplicatesKeepTheLast()
    {
        QTemporaryDir dir;
        CatalogCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 30), QStringLiteral("s1")));
        QList<CachedEntity> second = generation(2, 3);
        CachedEntity again = second.first();
        again.title = QStringLiteral("renamed later in the same sync");
        second << again;
        QVERIFY(fill(cache, QStringLiteral("a"), second, QStringLiteral("s2")));
        const QList<CachedEntity> read = cache.loadAll(QStringLiteral("a"));
        QCOMPARE(refs(read), (QStringList{second[1].ref, second[2].ref, second[0].ref}));
        QCOMPARE(read.last().title, again.title);
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).entityCount, 3);
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).state, QStringLiteral("s2"));
    }

    // An incremental sync merges: added entities replace their twins (any case) or join, removed
    // refs go, the rest stays; the count is the source's, and changedCount() says what moved.
    void aMergingCommitAppliesChangesOnly()
    {
        QTemporaryDir dir;
        CatalogCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))));
        const QList<CachedEntity> first = generation(1, 10);
        QVERIFY(fill(cache, QStringLiteral("a"), first, QStringLiteral("s1")));
        QVERIFY(fill(cache, QStringLiteral("b"), generation(1, 4, QStringLiteral("other")), QStringLiteral("b1")));

        auto writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer);
        CachedEntity changed = first[2];
        changed.title = QStringLiteral("changed on the server");
        const CachedEntity added = generation(2, 1, QStringLiteral("new")).first();
        const CachedEntity addedThenRemoved = generation(3, 1, QStringLiteral("flash")).first();
        QVERIFY(writer->add(QList<CachedEntity>{changed, added, addedThenRemoved}));
        QVERIFY(writer->remove({first[5].ref.toUpper(), addedThenRemoved.ref, QStringLiteral("component:default/never-there")}));
        QCOMPARE(writer->count(), qint64(2));
        QVERIFY2(writer->commit(QStringLiteral("s2"), QDateTime::currentDateTimeUtc(), CatalogCacheWriter::CommitMode::Merge),
                 qPrintable(writer->errorString()));
        QCOMPARE(writer->storedCount(), qint64(10)); // 10 - 1 removed + 1 added
        QCOMPARE(writer->changedCount(), qint64(1 + 1 + 2)); // changed deleted + removed deleted + 2 inserted
        writer.reset();

        const QList<CachedEntity> read = cache.loadAll(QStringLiteral("a"));
        QCOMPARE(read.size(), 10);
        QStringList expected = refs(first);
        expected.removeAt(5);
        expected.removeAt(2);
        expected << changed.ref << added.ref;
        QCOMPARE(refs(read), expected);
        QCOMPARE(read[read.size() - 2].title, changed.title);
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).entityCount, 10);
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).state, QStringLiteral("s2"));
        QCOMPARE(cache.loadAll(QStringLiteral("b")).size(), 4); // another source is untouched

        // A merge with nothing to apply changes no row but records the sync.
        writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer->commit(QStringLiteral("s3"), QDateTime::currentDateTimeUtc(), CatalogCacheWriter::CommitMode::Merge));
        QCOMPARE(writer->changedCount(), qint64(0));
        QCOMPARE(writer->storedCount(), qint64(10));
        writer.reset();
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).state, QStringLiteral("s3"));

        // In a replacing commit, removed refs leave what was added.
        writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer->add(generation(4, 3)));
        QVERIFY(writer->remove({generation(4, 3)[1].ref}));
        QVERIFY(writer->commit(QStringLiteral("s4")));
        writer.reset();
        QCOMPARE(refs(cache.loadAll(QStringLiteral("a"))), (QStringList{generation(4, 3)[0].ref, generation(4, 3)[2].ref}));
    }

    void rollbackKeepsTheOldDataExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        CatalogCache cache;
        QVERIFY(cache.open(path));
        const QDateTime syncedAt = QDateTime::fromString(QStringLiteral("2024-03-01T10:00:00.123Z"), Qt::ISODateWithMs);
        QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 40), QStringLiteral("old-state"), syncedAt));
        const QByteArray before = dump(cache.loadAll(QStringLiteral("a")));

        QString error;
        auto writer = cache.beginReplace(QStringLiteral("a"), &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->add(generation(2, 55)));
        QCOMPARE(writer->count(), 55);
        // Readers, in this instance and in another one on the same file, still see the old data.
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), before);
        {
            CatalogCache other;
            QVERIFY(other.open(path));
            QCOMPARE(dump(other.loadAll(QStringLiteral("a"))), before);
        }
        writer->rollback();
        QVERIFY(!writer->isActive());
        QVERIFY(!writer->commit(QStringLiteral("new-state"))); // nothing left to commit
        QVERIFY(!writer->add(generation(3, 1)));
        writer.reset();

        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), before);
        const SourceInfo info = cache.sourceInfo(QStringLiteral("a"));
        QCOMPARE(info.state, QStringLiteral("old-state"));
        QCOMPARE(info.syncedAt, syncedAt);
        QCOMPARE(info.entityCount, 40);
    }

    void aWriterDestroyedMidwayKeepsTheOldDataExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QByteArray before;
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 40), QStringLiteral("old-state")));
            before = dump(cache.loadAll(QStringLiteral("a")));
            auto writer = cache.beginReplace(QStringLiteral("a"));
            QVERIFY(writer);
            QVERIFY(writer->add(generation(2, 500).mid(0, 250)));
            writer.reset(); // a cancelled sync: the writer goes away without commit()
            QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), before);
        }
        // Also on disk, and the next sync works.
        CatalogCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), before);
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).state, QStringLiteral("old-state"));
        QVERIFY(fill(cache, QStringLiteral("a"), generation(3, 7), QStringLiteral("new-state")));
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), dump(generation(3, 7)));
    }

    // The entities go straight into the cache under a source row of the writer's own: invisible to
    // readers and to sources() until the commit, and nothing of it or of the replaced data stays
    // once the writer is gone.
    void aWriterLeavesNothingButItsCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        CatalogCache cache;
        QVERIFY(cache.open(path));
        QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 30), QStringLiteral("s1")));
        const QByteArray before = dump(cache.loadAll(QStringLiteral("a")));

        auto writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer);
        QVERIFY(writer->add(generation(2, 20)));
        QVERIFY(writer->add(generation(3, 5, QStringLiteral("more"))));
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 30 + 25); // written, not committed
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sources")).toInt(), 2);
        }
        QCOMPARE(cache.sources(), QStringList{QStringLiteral("a")});
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), before);
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).entityCount, 30);

        QVERIFY2(writer->commit(QStringLiteral("s2")), qPrintable(writer->errorString()));
        QCOMPARE(writer->storedCount(), qint64(25));
        QCOMPARE(writer->changedCount(), qint64(30 + 25));
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), dump(generation(2, 20) + generation(3, 5, QStringLiteral("more"))));
        writer.reset(); // deletes the replaced entities
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 25);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sources")).toInt(), 1);
            QCOMPARE(raw.value(QStringLiteral("SELECT connection_id FROM sources")).toString(), QStringLiteral("a"));
        }
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).state, QStringLiteral("s2"));
        QCOMPARE(cache.sources(), QStringList{QStringLiteral("a")});

        // A rollback takes its rows with it.
        writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer->add(generation(4, 40)));
        writer.reset();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 25);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sources")).toInt(), 1);
    }

    // Twins are found across batches and in any case, and within one batch: the last one wins.
    void twinsAcrossBatchesKeepTheLastInAnyCase()
    {
        QTemporaryDir dir;
        CatalogCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))));
        const auto make = [](const QString &name, const QString &title) {
            return CachedEntity::fromJson(entityJson(QStringLiteral("Component"), name, QString(), title));
        };
        auto writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer->add(QList<CachedEntity>{make(QStringLiteral("one"), QStringLiteral("first")),
                                                make(QStringLiteral("two"), QStringLiteral("first"))}));
        QVERIFY(writer->add(QList<CachedEntity>{make(QStringLiteral("ONE"), QStringLiteral("second")),
                                                make(QStringLiteral("three"), QStringLiteral("first")),
                                                make(QStringLiteral("Three"), QStringLiteral("second"))}));
        QCOMPARE(writer->count(), qint64(3));
        QVERIFY(writer->add(make(QStringLiteral("two"), QStringLiteral("third"))));
        QCOMPARE(writer->count(), qint64(3));
        QVERIFY(writer->remove({QStringLiteral("COMPONENT:default/three")}));
        QCOMPARE(writer->count(), qint64(2));
        QVERIFY2(writer->commit(QStringLiteral("s")), qPrintable(writer->errorString()));
        QCOMPARE(writer->storedCount(), qint64(2));
        const QList<CachedEntity> read = cache.loadAll(QStringLiteral("a"));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[0].name, QStringLiteral("ONE"));
        QCOMPARE(read[0].title, QStringLiteral("second"));
        QCOMPARE(read[1].name, QStringLiteral("two"));
        QCOMPARE(read[1].title, QStringLiteral("third"));
    }

    // A sync killed mid-way (a child process that exits without a word) leaves its rows behind;
    // they stay invisible and purgeLeftovers() deletes them once their writer has been silent for
    // an hour, never the rows of a writer at work.
    void theRowsOfAKilledSyncArePurgedNotThoseOfALiveOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 10), QStringLiteral("s1")));
        }
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            CatalogCache cache;
            auto writer = cache.open(path) ? cache.beginReplace(QStringLiteral("a")) : nullptr;
            const bool ok = writer && writer->add(generation(2, 300)) && writer->add(generation(3, 200));
            writer.release(); // no rollback: the process dies as if killed
            _exit(ok ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);

        CatalogCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.loadAll(QStringLiteral("a")).size(), 10);
        QCOMPARE(cache.sources(), QStringList{QStringLiteral("a")});
        auto live = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(live->add(generation(4, 7)));
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 10 + 500 + 7);
        }
        QCOMPARE(cache.purgeLeftovers(), 0); // the killed writer wrote a moment ago: it may be alive
        {
            RawDb raw(path);
            const qint64 twoHoursAgo = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
            QVERIFY(raw.exec(QStringLiteral("UPDATE sources SET last_attempt = %1 WHERE connection_id <> 'a'"
                                            " AND id <> (SELECT max(id) FROM sources)").arg(twoHoursAgo)));
        }
        QCOMPARE(cache.purgeLeftovers(), 1);
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 10 + 7);
        }
        QVERIFY2(live->commit(QStringLiteral("s4")), qPrintable(live->errorString()));
        live.reset();
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), dump(generation(4, 7)));
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 7);
    }

    // A writer whose rows another Atrium purged (it was silent too long) cannot commit: it says so
    // and the source keeps its data.
    void aWriterWhoseRowsWerePurgedFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        CatalogCache cache;
        QVERIFY(cache.open(path));
        QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 10), QStringLiteral("s1")));
        auto writer = cache.beginReplace(QStringLiteral("a"));
        QVERIFY(writer->add(generation(2, 20)));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE sources SET last_attempt = 0 WHERE connection_id <> 'a'")));
        }
        CatalogCache other;
        QVERIFY(other.open(path));
        QCOMPARE(other.purgeLeftovers(), 1);
        QVERIFY(!writer->commit(QStringLiteral("s2")));
        QVERIFY2(writer->errorString().contains(QStringLiteral("removed from the cache meanwhile")), qPrintable(writer->errorString()));
        QVERIFY(writer->errorString().contains(QDir::toNativeSeparators(path)));
        writer.reset();
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), dump(generation(1, 10)));
        QCOMPARE(cache.sourceInfo(QStringLiteral("a")).state, QStringLiteral("s1"));
    }

    void recordFailureKeepsTheDataAndTheSyncTime()
    {
        QTemporaryDir dir;
        CatalogCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))));
        const QDateTime syncedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
        QVERIFY(fill(cache, QStringLiteral("a"), generation(1, 12), QStringLiteral("s1"), syncedAt));
        const QByteArray before = dump(cache.loadAll(QStringLiteral("a")));

        const QDateTime attempt = QDateTime::currentDateTimeUtc().addSecs(-5);
        const QString message = QStringLiteral("https://backstage.example.com is unreachable: connection refused");
        QVERIFY(cache.recordFailure(QStringLiteral("a"), message, attempt));
        QCOMPARE(dump(cache.loadAll(QStringLiteral("a"))), before);
        SourceInfo info = cache.sourceInfo(QStringLiteral("a"));
        QCOMPARE(info.lastError, message);
        QCOMPARE(info.lastAttempt, QDateTime::fromMSecsSinceEpoch(attempt.toMSecsSinceEpoch(), Qt::UTC));
        QCOMPARE(info.syncedAt, QDateTime::fromMSecsSinceEpoch(syncedAt.toMSecsSinceEpoch(), Qt::UTC));
        QCOMPARE(info.state, QStringLiteral("s1"));
        QCOMPARE(info.entityCount, 12);

        // The next successful sync clears the error.
        QVERIFY(fill(cache, QStringLiteral("a"), generation(2, 3), QStringLiteral("s2")));
        info = cache.sourceInfo(QStringLiteral("a"));
        QVERIFY(info.lastError.isEmpty());
        QVERIFY(info.lastAttempt > attempt);

        // A source that never synced: the failure is known, there is no data and no age.
        QVERIFY(cache.recordFailure(QStringLiteral("never"), message));
        info = cache.sourceInfo(QStringLiteral("never"));
        QVERIFY(info.exists);
        QCOMPARE(info.lastError, message);
        QVERIFY(info.lastAttempt.isValid());
        QVERIFY(!info.syncedAt.isValid());
        QCOMPARE(info.ageSeconds(), -1);
        QCOMPARE(info.entityCount, 0);
        QVERIFY(cache.loadAll(QStringLiteral("never")).isEmpty());
    }

    void twoSourcesAreIndependent()
    {
        QTemporaryDir dir;
        CatalogCache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 20, QStringLiteral("p")), QStringLiteral("p1")));
        QVERIFY(fill(cache, QStringLiteral("staging"), generation(1, 10, QStringLiteral("s")), QStringLiteral("s1")));
        const QByteArray staging = dump(cache.loadAll(QStringLiteral("staging")));

        // Both syncs run at the same time; one commits, the other is cancelled.
        auto prodWriter = cache.beginReplace(QStringLiteral("prod"));
        auto stagingWriter = cache.beginReplace(QStringLiteral("staging"));
        QVERIFY(prodWriter && stagingWriter);
        QVERIFY(prodWriter->add(generation(2, 5, QStringLiteral("p"))));
        QVERIFY(stagingWriter->add(generation(2, 5, QStringLiteral("s"))));
        QVERIFY(cache.recordFailure(QStringLiteral("staging"), QStringLiteral("timeout"))); // not blocked by the writers
        QVERIFY2(prodWriter->commit(QStringLiteral("p2")), qPrintable(prodWriter->errorString()));
        stagingWriter.reset();

        QCOMPARE(dump(cache.loadAll(QStringLiteral("prod"))), dump(generation(2, 5, QStringLiteral("p"))));
        QCOMPARE(dump(cache.loadAll(QStringLiteral("staging"))), staging);
        QCOMPARE(cache.sourceInfo(QStringLiteral("prod")).entityCount, 5);
        QCOMPARE(cache.sourceInfo(QStringLiteral("staging")).entityCount, 10);
        QCOMPARE(cache.sourceInfo(QStringLiteral("staging")).lastError, QStringLiteral("timeout"));
        QVERIFY(cache.sourceInfo(QStringLiteral("prod")).lastError.isEmpty());
        QCOMPARE(cache.sources(), (QStringList{QStringLiteral("prod"), QStringLiteral("staging")}));
    }

    void removeSourceRemovesOnlyThatSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QByteArray kept;
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("gone"), generation(1, 20, QStringLiteral("g")), QStringLiteral("g1")));
            QVERIFY(fill(cache, QStringLiteral("kept"), generation(1, 10, QStringLiteral("k")), QStringLiteral("k1")));
            kept = dump(cache.loadAll(QStringLiteral("kept")));
            QString error;
            QVERIFY2(cache.removeSource(QStringLiteral("gone"), &error), qPrintable(error));
        }
        CatalogCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.sources(), QStringList{QStringLiteral("kept")});
        QVERIFY(cache.loadAll(QStringLiteral("gone")).isEmpty());
        QVERIFY(!cache.sourceInfo(QStringLiteral("gone")).exists);
        QCOMPARE(dump(cache.loadAll(QStringLiteral("kept"))), kept);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 10);
    }

    void aVersion1CacheIsMigratedWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QByteArray withTitle = QJsonDocument(entityJson(QStringLiteral("Component"), QStringLiteral("web"),
                                                              QString(), QStringLiteral("Web shop")))
                                         .toJson(QJsonDocument::Compact);
        const QByteArray noTitle = QJsonDocument(entityJson(QStringLiteral("Group"), QStringLiteral("team-a")))
                                       .toJson(QJsonDocument::Compact);
        {
            // The layout Atrium 0.1 wrote (schema version 1), by hand.
            RawDb raw(path);
            QVERIFY(raw.ok());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta VALUES('schema_version', '1')")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE entities(connection TEXT NOT NULL, ref TEXT NOT NULL,"
                                            " kind TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL,"
                                            " PRIMARY KEY(connection, ref))")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE sync_state(connection TEXT PRIMARY KEY, synced_at INTEGER,"
                                            " state TEXT, last_error TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO entities VALUES('prod', 'component:default/web', 'Component',"
                                            " 'web', '%1')").arg(QString::fromUtf8(withTitle))));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO entities VALUES('prod', 'group:default/team-a', 'Group',"
                                            " 'team-a', '%1')").arg(QString::fromUtf8(noTitle))));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO entities VALUES('orphan', 'user:default/jo', 'User', 'jo',"
                                            " 'not json')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_state VALUES('prod', 1700000000, 'etag-7', 'slow')")));
        }

        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QVERIFY2(cache.recoveryMessage().isEmpty(), qPrintable(cache.recoveryMessage()));
        QCOMPARE(cache.openedSchemaVersion(), 1);
        QCOMPARE(cache.sources(), (QStringList{QStringLiteral("orphan"), QStringLiteral("prod")}));

        const QList<CachedEntity> prod = cache.loadAll(QStringLiteral("prod"));
        QCOMPARE(prod.size(), 2);
        QCOMPARE(prod[0].ref, QStringLiteral("component:default/web"));
        QCOMPARE(prod[0].title, QStringLiteral("Web shop"));
        QCOMPARE(prod[0].json, withTitle);
        QCOMPARE(prod[1].ref, QStringLiteral("group:default/team-a"));
        QCOMPARE(prod[1].title, QString());
        QCOMPARE(prod[1].json, noTitle);
        const SourceInfo info = cache.sourceInfo(QStringLiteral("prod"));
        QCOMPARE(info.syncedAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(info.state, QStringLiteral("etag-7"));
        QCOMPARE(info.lastError, QStringLiteral("slow"));
        QCOMPARE(info.entityCount, 2);
        const SourceInfo orphan = cache.sourceInfo(QStringLiteral("orphan"));
        QCOMPARE(orphan.entityCount, 1);
        QVERIFY(!orphan.syncedAt.isValid());
        QCOMPARE(cache.loadAll(QStringLiteral("orphan")).value(0).json, QByteArray("not json"));

        // The migrated file is a version 2 cache that takes new syncs.
        QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 4), QStringLiteral("s")));
        cache.close();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
                 QString::number(CatalogCache::SchemaVersion));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('sync_state', 'entities_v1')")).toInt(), 0);
    }

    // Version 3 adds whether the server refused the connection's secret; a version 2 file keeps
    // its data, and a successful sync clears the mark.
    void aVersion2CacheIsMigratedAndRemembersARefusedSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.ok());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY, connection_id TEXT NOT NULL UNIQUE,"
                                            " synced_at INTEGER, entity_count INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT '',"
                                            " last_error TEXT NOT NULL DEFAULT '', last_attempt INTEGER)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE entities(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id),"
                                            " ref TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
                                            " json BLOB NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta VALUES('schema_version', '2')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO sources(connection_id, synced_at, entity_count, state, last_error)"
                                            " VALUES('prod', 1700000000000, 1, 's2', 'HTTP 401')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO entities(source_id, ref, kind, name, json)"
                                            " VALUES(1, 'component:default/web', 'Component', 'web', '{}')")));
        }
        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.openedSchemaVersion(), 2);
        SourceInfo info = cache.sourceInfo(QStringLiteral("prod"));
        QCOMPARE(info.entityCount, 1);
        QCOMPARE(info.state, QStringLiteral("s2"));
        QCOMPARE(info.lastError, QStringLiteral("HTTP 401"));
        QVERIFY(!info.credentialRefused); // version 2 did not know
        QCOMPARE(cache.loadAll(QStringLiteral("prod")).size(), 1);

        QVERIFY(cache.recordFailure(QStringLiteral("prod"), QStringLiteral("HTTP 401 again"), QDateTime(), &error, true));
        QVERIFY(cache.sourceInfo(QStringLiteral("prod")).credentialRefused);
        QVERIFY(cache.recordFailure(QStringLiteral("prod"), QStringLiteral("timed out")));
        QVERIFY(!cache.sourceInfo(QStringLiteral("prod")).credentialRefused);
        QVERIFY(cache.recordFailure(QStringLiteral("prod"), QStringLiteral("HTTP 401"), QDateTime(), &error, true));
        QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 2), QStringLiteral("s3")));
        info = cache.sourceInfo(QStringLiteral("prod"));
        QVERIFY(!info.credentialRefused);
        QCOMPARE(info.lastError, QString());
        cache.close();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(), QStringLiteral("3"));
    }

    void aCacheFromANewerVersionIsMovedAsideNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 5), QStringLiteral("s")));
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                 .arg(CatalogCache::SchemaVersion + 1)));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future(x)")));
        }

        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        const QString message = cache.recoveryMessage();
        const QString aside = cache.movedAsidePath();
        QVERIFY2(message.contains(QStringLiteral("newer version")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("schema %1").arg(CatalogCache::SchemaVersion + 1)), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(aside), qPrintable(message));
        QVERIFY2(aside.startsWith(path + QStringLiteral(".broken-")), qPrintable(aside));
        QVERIFY(QFileInfo::exists(aside));
        QCOMPARE(cache.openedSchemaVersion(), 0);
        // The new cache is empty and works.
        QVERIFY(cache.sources().isEmpty());
        QVERIFY(fill(cache, QStringLiteral("prod"), generation(2, 2), QStringLiteral("s2")));
        QCOMPARE(cache.loadAll(QStringLiteral("prod")).size(), 2);
        cache.close();
        // The old file is intact where the message says.
        RawDb raw(aside);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(), QString::number(CatalogCache::SchemaVersion + 1));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entities")).toInt(), 5);
    }

    void aBrokenFileIsMovedAsideAndAFreshCacheWorks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not an SQLite database");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("shorter than a header") << QStringLiteral("short") << QStringLiteral("not an SQLite database");
        QTest::newRow("truncated cache") << QStringLiteral("truncated") << QStringLiteral("truncated");
        QTest::newRow("another program's database") << QStringLiteral("foreign") << QStringLiteral("not an Atrium catalog cache");
        QTest::newRow("damaged pages") << QStringLiteral("damaged") << QStringLiteral("malformed");
    }

    void aBrokenFileIsMovedAsideAndAFreshCacheWorks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        if (kind == QLatin1String("random")) {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QVERIFY(writeFile(path, bytes));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(path, "apiVersion: backstage.io/v1alpha1\nkind: Component\n"));
        } else if (kind == QLatin1String("short")) {
            QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16)));
        } else if (kind == QLatin1String("foreign")) {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks(url TEXT)")));
        } else {
            {
                CatalogCache cache;
                QVERIFY(cache.open(path));
                QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 2000), QStringLiteral("s")));
            }
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed at close
            QByteArray bytes = readFile(path);
            QVERIFY(bytes.size() > 200 * 1024);
            if (kind == QLatin1String("truncated")) {
                bytes.truncate(bytes.size() * 6 / 10);
            } else {
                // Overwrite everything after the first page (the schema survives, the tables do not).
                QByteArray noise(bytes.size() - 4096, '\xA5');
                bytes.replace(4096, noise.size(), noise);
            }
            QVERIFY(writeFile(path, bytes));
        }
        const QByteArray original = readFile(path);

        CatalogCache cache;
        QString error;
        const bool opened = cache.open(path, &error);
        if (kind == QLatin1String("damaged") && opened && cache.recoveryMessage().isEmpty()) {
            // SQLite may find the damage only when reading the tables: then reading says so.
            QString loadError;
            QVERIFY(!cache.load(QStringLiteral("prod"), [](const QList<CachedEntity> &) { return true; }, 1000, &loadError));
            QVERIFY2(loadError.contains(path), qPrintable(loadError));
            return;
        }
        QVERIFY2(opened, qPrintable(error));
        const QString message = cache.recoveryMessage();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(cache.movedAsidePath()), qPrintable(message));
        QCOMPARE(readFile(cache.movedAsidePath()), original); // moved, not rewritten
        QVERIFY(cache.sources().isEmpty());
        QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 3), QStringLiteral("s")));
        QCOMPARE(cache.loadAll(QStringLiteral("prod")).size(), 3);
    }

    void aReadOnlyFolderIsAClearError()
    {
        if (::geteuid() == 0)
            QSKIP("root may write into read-only folders");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = folder + QStringLiteral("/ws.sqlite");
        CatalogCache cache;
        QString error;
        const bool opened = cache.open(path, &error);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!opened);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!cache.isOpen());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!cache.beginReplace(QStringLiteral("prod"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.load(QStringLiteral("prod"), [](const QList<CachedEntity> &) { return true; }));
        QVERIFY(!cache.recordFailure(QStringLiteral("prod"), QStringLiteral("x")));
        QVERIFY(cache.sources().isEmpty());
    }

    void aCacheInAFolderMadeReadOnlyIsKeptNotMovedAside()
    {
        if (::geteuid() == 0)
            QSKIP("root may write into read-only folders");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        const QString path = folder + QStringLiteral("/ws.sqlite");
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("prod"), generation(1, 5), QStringLiteral("s")));
        }
        const QByteArray original = readFile(path);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        CatalogCache cache;
        QString error;
        const bool opened = cache.open(path, &error);
        const QStringList files = QDir(folder).entryList(QDir::Files);
        const int loaded = opened ? int(cache.loadAll(QStringLiteral("prod")).size()) : -1;
        cache.close();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Either the data can still be read, or the error says which file; the file is never moved.
        if (opened)
            QCOMPARE(loaded, 5);
        else
            QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(files, QStringList{QStringLiteral("ws.sqlite")});
        QVERIFY(cache.recoveryMessage().isEmpty());
        QCOMPARE(readFile(path), original);
    }

    void aFolderThatCannotBeCreatedIsAClearError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(file, "x"));
        CatalogCache cache;
        QString error;
        QVERIFY(!cache.open(file + QStringLiteral("/catalog/ws.sqlite"), &error));
        QVERIFY2(error.contains(file + QStringLiteral("/catalog")), qPrintable(error));
        QVERIFY(!cache.isOpen());
        QCOMPARE(readFile(file), QByteArray("x"));
    }

    void aPathWithSpacesAndUnicodeWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Käse Ω/work space 東京/acme 🚀.sqlite"));
        {
            CatalogCache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            QList<CachedEntity> entities = generation(1, 3);
            entities[1].title = QStringLiteral("Zahlungsdienst – Größe 東京");
            QVERIFY(fill(cache, QStringLiteral("prod ünïcode"), entities, QStringLiteral("état")));
        }
        QVERIFY(QFileInfo::exists(path));
        CatalogCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.sources(), QStringList{QStringLiteral("prod ünïcode")});
        QCOMPARE(cache.loadAll(QStringLiteral("prod ünïcode")).value(1).title, QStringLiteral("Zahlungsdienst – Größe 東京"));
        QCOMPARE(cache.sourceInfo(QStringLiteral("prod ünïcode")).state, QStringLiteral("état"));
    }

    void sourceInfoTellsTheAgeOfTheData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("day-old"), generation(1, 1), QString(), now.addDays(-1)));
            QVERIFY(fill(cache, QStringLiteral("fresh"), generation(1, 1), QString(), now.addSecs(-90)));
            QVERIFY(cache.recordFailure(QStringLiteral("day-old"), QStringLiteral("down"), now.addSecs(-10)));
        }
        CatalogCache cache;
        QVERIFY(cache.open(path));
        const SourceInfo dayOld = cache.sourceInfo(QStringLiteral("day-old"));
        const SourceInfo fresh = cache.sourceInfo(QStringLiteral("fresh"));
        QCOMPARE(dayOld.ageSeconds(now), 24 * 3600);
        QCOMPARE(fresh.ageSeconds(now), 90);
        QCOMPARE(dayOld.lastAttempt.secsTo(now), 10); // a failed attempt does not make the data younger
        QVERIFY(!cache.sourceInfo(QStringLiteral("unknown")).exists);
        QCOMPARE(cache.sourceInfo(QStringLiteral("unknown")).ageSeconds(now), -1);
    }

    // Not a timed assertion: prints how long 100k entities take to write and read back, and the
    // process's peak RSS meanwhile. ATRIUM_CACHE_BENCH_ENTITIES sets the count (default 20000).
    void writesAndReadsManyEntities()
    {
        const int count = qEnvironmentVariableIsSet("ATRIUM_CACHE_BENCH_ENTITIES")
            ? qEnvironmentVariableIntValue("ATRIUM_CACHE_BENCH_ENTITIES")
            : 20000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        const QString padding(700, QLatin1Char('x'));
        const auto makeBatch = [&](int first, int n) {
            QList<CachedEntity> batch;
            batch.reserve(n);
            for (int i = first; i < first + n; ++i) {
                QJsonObject entity = entityJson(QStringLiteral("Component"), QStringLiteral("service-%1").arg(i),
                                                QString(), QStringLiteral("Service %1").arg(i));
                entity.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("team-%1").arg(i % 97)},
                                                                  {QStringLiteral("lifecycle"), QStringLiteral("production")},
                                                                  {QStringLiteral("description"), padding}});
                batch << CachedEntity::fromJson(entity);
            }
            return batch;
        };
        qint64 jsonBytes = 0;
        const qint64 rssStart = procStatusKb("VmRSS:");
        resetPeakRss();
        QElapsedTimer timer;
        qint64 makeMs = 0;
        timer.start();
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            auto writer = cache.beginReplace(QStringLiteral("prod"));
            QVERIFY(writer);
            for (int first = 0; first < count; first += 500) {
                QElapsedTimer make;
                make.start();
                const QList<CachedEntity> batch = makeBatch(first, qMin(500, count - first));
                makeMs += make.elapsed();
                for (const CachedEntity &e : batch)
                    jsonBytes += e.json.size();
                QVERIFY(writer->add(batch));
            }
            QElapsedTimer commit;
            commit.start();
            QVERIFY2(writer->commit(QStringLiteral("s")), qPrintable(writer->errorString()));
            qInfo("commit (swap into the cache): %lld ms", commit.elapsed());
        }
        const qint64 writeMs = timer.elapsed() - makeMs;
        const qint64 writePeak = procStatusKb("VmHWM:");

        resetPeakRss();
        timer.restart();
        CatalogCache cache;
        QVERIFY(cache.open(path));
        const qint64 openMs = timer.elapsed();
        qint64 rows = 0;
        qint64 readBytes = 0;
        QVERIFY(cache.load(QStringLiteral("prod"), [&](const QList<CachedEntity> &batch) {
            rows += batch.size();
            for (const CachedEntity &e : batch)
                readBytes += e.json.size();
            return true;
        }));
        const qint64 readMs = timer.elapsed();
        const qint64 readPeak = procStatusKb("VmHWM:");
        QCOMPARE(rows, qint64(count));
        QCOMPARE(readBytes, jsonBytes);
        QCOMPARE(cache.sourceInfo(QStringLiteral("prod")).entityCount, qint64(count));

        qInfo("%d entities, %.1f MB JSON (%lld bytes each), file %.1f MB", count, jsonBytes / 1e6,
              count ? jsonBytes / count : 0, QFileInfo(path).size() / 1e6);
        qInfo("write (staging + commit, excluding making the JSON: %lld ms): %lld ms; peak RSS %lld MB (at start %lld MB)",
              makeMs, writeMs, writePeak / 1024, rssStart / 1024);
        qInfo("open: %lld ms; open + read all: %lld ms; peak RSS while reading %lld MB", openMs, readMs, readPeak / 1024);
    }

    void entityJsonFindsOneEntityByItsRefInAnyCase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.sqlite"));
        CatalogCache cache;
        QVERIFY(cache.open(path));
        const QList<CachedEntity> acme = generation(1, 3);
        QVERIFY(fill(cache, QStringLiteral("acme"), acme, QStringLiteral("s1")));
        const CachedEntity api = CachedEntity::fromJson(entityJson(QStringLiteral("API"), QStringLiteral("Payments-API"),
                                                                   QStringLiteral("Billing")));
        QVERIFY(fill(cache, QStringLiteral("other"), generation(2, 2) << api, QStringLiteral("s2")));

        QString error;
        std::optional<QByteArray> json = cache.entityJson(QStringLiteral("acme"), QStringLiteral("component:default/svc-1-g1"), &error);
        QVERIFY(json);
        QCOMPARE(*json, acme.at(1).json);
        QCOMPARE(error, QString());
        // Backstage compares refs case-insensitively; relations hold them lower-cased.
        json = cache.entityJson(QStringLiteral("acme"), QStringLiteral("Component:Default/SVC-1-G1"));
        QVERIFY(json);
        QCOMPARE(*json, acme.at(1).json);
        json = cache.entityJson(QStringLiteral("other"), QStringLiteral("api:billing/payments-api"));
        QVERIFY(json);
        QCOMPARE(*json, api.json);

        // Another source's entity, an unknown entity, an unknown source: nothing, and no error.
        QVERIFY(!cache.entityJson(QStringLiteral("other"), QStringLiteral("component:default/svc-1-g1"), &error));
        QCOMPARE(error, QString());
        QVERIFY(!cache.entityJson(QStringLiteral("acme"), QStringLiteral("component:default/nope"), &error));
        QCOMPARE(error, QString());
        QVERIFY(!cache.entityJson(QStringLiteral("nobody"), QStringLiteral("component:default/svc-1-g1"), &error));
        QCOMPARE(error, QString());

        // The next sync's data, and an entity it no longer has.
        QList<CachedEntity> next = generation(3, 1);
        next << CachedEntity::fromJson(entityJson(QStringLiteral("Component"), QStringLiteral("svc-0-g1"), QString(),
                                                  QStringLiteral("Renamed"), 3));
        QVERIFY(fill(cache, QStringLiteral("acme"), next, QStringLiteral("s3")));
        json = cache.entityJson(QStringLiteral("acme"), QStringLiteral("component:default/svc-0-g1"));
        QVERIFY(json);
        QCOMPARE(*json, next.at(1).json);
        QVERIFY(!cache.entityJson(QStringLiteral("acme"), QStringLiteral("component:default/svc-1-g1")));
    }

    void entityJsonUsesAnIndexNotAScan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        {
            CatalogCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(fill(cache, QStringLiteral("acme"), generation(1, 50), QStringLiteral("s")));
            QVERIFY(cache.entityJson(QStringLiteral("acme"), QStringLiteral("component:default/svc-7-g1")));
        }
        const QString name = QStringLiteral("tst_catalogcache.plan");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT json FROM entities"
                                              " WHERE source_id = (SELECT id FROM sources WHERE connection_id = 'acme')"
                                              " AND ref = 'Component:default/SVC-7-G1' COLLATE NOCASE ORDER BY id DESC LIMIT 1")));
            QString plan;
            while (query.next())
                plan += query.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("entities_by_ref")), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("SCAN entities")), qPrintable(plan));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void entityJsonOfAClosedCacheSaysWhy()
    {
        CatalogCache cache;
        QString error;
        QVERIFY(!cache.entityJson(QStringLiteral("acme"), QStringLiteral("component:default/a"), &error));
        QVERIFY2(error.contains(QLatin1String("not open")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
