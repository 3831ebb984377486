#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;

namespace atrium::cache {

// One entity as the cache keeps it: the columns a list needs, and the raw entity JSON.
struct CachedEntity
{
    QString ref;     // "kind:namespace/name" (Backstage's stringifyEntityRef)
    QString kind;
    QString name;    // metadata.name
    QString title;   // metadata.title, empty when absent
    QByteArray json; // the entity as UTF-8 JSON (compact, or as the server sent it)

    // Fills ref, kind, name and title from a Backstage entity (namespace "default" when absent);
    // json is `text` when given (the entity's own text, kept as it is), else `entity` serialised.
    static CachedEntity fromJson(const QJsonObject &entity, const QByteArray &text = QByteArray());
};

// What the cache knows about one source (a connection id) besides its entities.
struct SourceInfo
{
    bool exists = false;     // the source has a row (a sync or a failure was recorded)
    QDateTime syncedAt;      // UTC; end of the last successful sync, invalid when there was none
    qint64 entityCount = 0;  // entities stored by the last successful sync
    QString state;           // the provider's opaque SyncResult::state of that sync
    QString lastError;       // translated message of the last failed attempt; empty after a success
    QDateTime lastAttempt;   // UTC; last sync attempt, successful or not
    bool credentialRefused = false; // the last failure was the server refusing the connection's secret

    // Seconds between syncedAt and `now`; -1 when the source was never synced.
    qint64 ageSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

class CatalogCacheWriter;

// The offline cache of remote catalogs: one SQLite file per workspace, one "source" per connection.
// A full sync is written with beginReplace() and becomes visible in one transaction at commit();
// until then readers see the previous data, and a failed or cancelled sync changes nothing.
// A file that is not a cache this version can use (corrupt, not SQLite, a newer schema) is moved
// aside with a message, never deleted. Use a cache and its writers from the thread that made them.
class CatalogCache
{
    Q_DECLARE_TR_FUNCTIONS(atrium::cache::CatalogCache)

public:
    static constexpr int SchemaVersion = 3;

    CatalogCache();
    ~CatalogCache();
    CatalogCache(const CatalogCache &) = delete;
    CatalogCache &operator=(const CatalogCache &) = delete;

    // GenericCacheLocation/atrium/catalog/<workspaceKey>.sqlite ($XDG_CACHE_HOME/atrium/catalog/...).
    static QString defaultPath(const QString &workspaceKey);

    // Opens or creates the cache at `path`, migrating an older schema. False with a translated
    // `error` when no usable cache could be opened there (e.g. the folder is read-only).
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Set by open() when it moved an unusable file aside: translated, says why and where it went.
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString movedAsidePath() const { return m_movedAsidePath; }
    // Schema version found in the file before open() migrated it (0 for a new file).
    int openedSchemaVersion() const { return m_openedVersion; }

    // Starts a full replacement of `connectionId`'s entities. Null with `error` when the cache is
    // not open. The writer must not outlive the cache.
    std::unique_ptr<CatalogCacheWriter> beginReplace(const QString &connectionId, QString *error = nullptr);

    // Calls `batch` with up to `batchSize` entities at a time, in the order they were written; stop
    // early by returning false. False with `error` when the cache cannot be read.
    using BatchCallback = std::function<bool(const QList<CachedEntity> &batch)>;
    bool load(const QString &connectionId, const BatchCallback &batch, int batchSize = 1000,
              QString *error = nullptr) const;
    QList<CachedEntity> loadAll(const QString &connectionId, QString *error = nullptr) const;

    SourceInfo sourceInfo(const QString &connectionId) const;
    // Keeps the entities; records `message`, the attempt time (now when `at` is invalid) and whether
    // the server refused the connection's secret (a successful sync clears both).
    bool recordFailure(const QString &connectionId, const QString &message, const QDateTime &at = QDateTime(),
                       QString *error = nullptr, bool credentialRefused = false);
    bool removeSource(const QString &connectionId, QString *error = nullptr);
    QStringList sources() const;
    // Deletes what writers left behind: replaced entities not deleted yet, and the entities of a
    // sync that crashed (no write for an hour). Returns how many such sets went.
    int purgeLeftovers(QString *error = nullptr);

private:
    friend class CatalogCacheWriter;
    enum class OpenResult { Ok, Unusable, Failed };
    OpenResult openConnection(QString *reason);
    bool moveAside(const QString &reason, QString *error);
    void dropConnection();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_recoveryMessage;
    QString m_movedAsidePath;
    int m_openedVersion = 0;

public:
    // The raw JSON of one entity of `connectionId`; `ref` compares case-insensitively
    // ("Component:Default/Payments" finds "component:default/payments"). Nothing when the entity
    // is not cached, and also, with a translated `error`, when the cache cannot be read.
    std::optional<QByteArray> entityJson(const QString &connectionId, const QString &ref, QString *error = nullptr) const;
};

// A sync of one source in progress. Each add() or remove() is a short transaction that writes the
// entities into the cache under a source row of the writer's own, which no reader asks for: the
// cache stays readable and writable meanwhile (readers see the previous data), and commit() makes
// them the source's in one transaction without copying them. Destroying the writer without
// commit() is a rollback; what a crashed writer left is deleted by CatalogCache::purgeLeftovers().
class CatalogCacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(atrium::cache::CatalogCacheWriter)

public:
    ~CatalogCacheWriter();
    CatalogCacheWriter(const CatalogCacheWriter &) = delete;
    CatalogCacheWriter &operator=(const CatalogCacheWriter &) = delete;

    QString connectionId() const { return m_connectionId; }
    bool add(const CachedEntity &entity);
    bool add(const QList<CachedEntity> &entities);
    bool add(const QJsonObject &entity) { return add(CachedEntity::fromJson(entity)); }
    // Entities that are gone (refs compare case-insensitively): taken out of what was added, and
    // at a merging commit out of the source's entities.
    bool remove(const QStringList &refs);
    qint64 count() const { return m_count; }

    enum class CommitMode {
        Replace, // the source's entities become exactly those added (a full sync)
        Merge,   // those added replace or join the source's entities, removed ones go (an incremental sync)
    };
    // Applies what was added and removed and records a successful sync, in one transaction. A later
    // entity with the same ref wins. False with errorString() when nothing was changed.
    bool commit(const QString &syncState, const QDateTime &syncedAt = QDateTime::currentDateTimeUtc(),
                CommitMode mode = CommitMode::Replace);
    // After a commit: the source's entities now, and how many rows it added, replaced or deleted.
    qint64 storedCount() const { return m_stored; }
    qint64 changedCount() const { return m_changed; }
    void rollback();
    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }

private:
    friend class CatalogCache;
    CatalogCacheWriter(const QString &databasePath, const QString &connectionId);
    bool fail(const QString &what, const QString &detail);
    int unstage(const QString &ref, quint64 key, bool *ok);
    void discardPending();
    void purgeRetired();

    QString m_databasePath;
    QString m_connectionId;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    qint64 m_pendingId = -1;                           // the source row of what was added
    std::unordered_multimap<quint64, qint64> m_added;  // hash of the lower-case ref -> entities.id
    QSet<QString> m_removed;                           // lower-case refs, for a merging commit
    qint64 m_retiredId = -1;                           // the replaced row, deleted after a commit
    qint64 m_count = 0;
    qint64 m_stored = 0;
    qint64 m_changed = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace atrium::cache
