#include "cache/catalogcache.h"

#include "catalog/entityref.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <atomic>

// Declared here rather than in logging.h so that the cache stays one self-contained folder.
Q_LOGGING_CATEGORY(lcCache, "atrium.cache", QtWarningMsg)

namespace atrium::cache {

namespace {

// Schema version 1 (Atrium 0.1), kept here because migrate1to2() reads it:
//   meta(key TEXT PRIMARY KEY, value TEXT)
//   entities(connection TEXT, ref TEXT, kind TEXT, name TEXT, json TEXT, PRIMARY KEY(connection, ref))
//   sync_state(connection TEXT PRIMARY KEY, synced_at INTEGER /* seconds */, state TEXT, last_error TEXT)
// Version 2 gives each source a row (and an integer id), keeps times in milliseconds, records the
// last attempt, stores the title for lists and the JSON as a blob.
const char *const schemaV2[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, connection_id TEXT NOT NULL UNIQUE,"
    " synced_at INTEGER, entity_count INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT '',"
    " last_error TEXT NOT NULL DEFAULT '', last_attempt INTEGER)",
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id),"
    " ref TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
    " json BLOB NOT NULL)",
    // (source_id, rowid): a source's entities in the order they were written, without a sort.
    "CREATE INDEX entities_by_source ON entities(source_id)",
    "INSERT INTO meta(key, value) VALUES('schema_version', '2')",
};

const char *const migrate1to2[] = {
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, connection_id TEXT NOT NULL UNIQUE,"
    " synced_at INTEGER, entity_count INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT '',"
    " last_error TEXT NOT NULL DEFAULT '', last_attempt INTEGER)",
    "INSERT INTO sources(connection_id, synced_at, state, last_error, last_attempt)"
    " SELECT connection, synced_at * 1000, COALESCE(state, ''), COALESCE(last_error, ''), synced_at * 1000"
    " FROM sync_state",
    "INSERT OR IGNORE INTO sources(connection_id) SELECT DISTINCT connection FROM entities",
    "ALTER TABLE entities RENAME TO entities_v1",
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id),"
    " ref TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
    " json BLOB NOT NULL)",
    "INSERT INTO entities(source_id, ref, kind, name, title, json)"
    " SELECT s.id, e.ref, e.kind, e.name,"
    " CASE WHEN json_valid(e.json) THEN COALESCE(json_extract(e.json, '$.metadata.title'), '') ELSE '' END,"
    " CAST(e.json AS BLOB)"
    " FROM entities_v1 e JOIN sources s ON s.connection_id = e.connection ORDER BY e.rowid",
    "DROP TABLE entities_v1",
    "DROP TABLE sync_state",
    "CREATE INDEX entities_by_source ON entities(source_id)",
    "UPDATE sources SET entity_count = (SELECT count(*) FROM entities WHERE source_id = sources.id)",
    "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
};

// Version 3 remembers whether the last failure was the server refusing the connection's secret,
// so that after a restart the app still offers to enter it again.
const char *const migrate2to3[] = {
    "ALTER TABLE sources ADD COLUMN credential_refused INTEGER NOT NULL DEFAULT 0",
    "UPDATE meta SET value = '3' WHERE key = 'schema_version'",
};

QString nextConnectionName(const char *prefix)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("atrium.cache.%1.%2").arg(QLatin1String(prefix)).arg(++counter);
}

// SQLite's primary result code (the driver reports the extended one).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// SQLITE_CORRUPT, SQLITE_NOTADB: the file itself is bad, not the environment.
bool isBrokenFile(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == 11 || code == 26;
}

QString sqlText(const QSqlError &error)
{
    // databaseText() is SQLite's own message ("file is not a database"); driverText() says what Qt tried.
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

// Columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant msecsOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFromMsecs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool execAll(QSqlDatabase &db, const char *const *statements, size_t count, QSqlError *error)
{
    QSqlQuery query(db);
    for (size_t i = 0; i < count; ++i) {
        if (!query.exec(QString::fromLatin1(statements[i]))) {
            *error = query.lastError();
            qCWarning(lcCache) << "statement failed:" << statements[i] << error->text();
            return false;
        }
    }
    return true;
}

// Applies the settings every connection needs. WAL lets readers keep the old data while a
// replacement commits; NORMAL is durable across application crashes, fast enough for bulk writes.
// The journal mode is stored in the file: only set it once the file is known to be a cache.
bool configure(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    // A sync of 100k entities writes ~150 MB to the log; once copied back, it is cut to 64 MB.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = FILE",
                               "PRAGMA journal_size_limit = 67108864"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

// (source_id, ref NOCASE): one entity of a source by its ref in any case. Made on first use rather
// than in the schema, so that caches of this schema version written before it gain it too; without
// it (e.g. the file is read-only) the lookup still works through entities_by_source.
void ensureRefIndex(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'entities_by_ref'"))
        && query.next())
        return;
    query.finish();
    if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entities_by_ref ON entities(source_id, ref COLLATE NOCASE)")))
        qCDebug(lcCache) << "no ref index:" << query.lastError().text();
}


// Rows of sources that are no connection: a writer's entities before they are committed
// ("<U+0001>pending:<connection>:<uuid>") and a replaced generation waiting to be deleted
// ("<U+0001>retired:..."). No connection id starts with a control character.
const QChar InternalMark(0x01);

QString internalSourceName(const char *what, const QString &connectionId)
{
    return InternalMark + QLatin1String(what) + QLatin1Char(':') + connectionId + QLatin1Char(':')
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A pending row whose writer has not written for this long belongs to a crashed process.
constexpr qint64 AbandonedAfterMs = 60ll * 60 * 1000;

// Deletes one row of sources and its entities, in one transaction.
bool deleteSourceRows(QSqlDatabase &db, qint64 sourceId, QSqlError *error)
{
    QSqlQuery query(db);
    bool ok = db.transaction();
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM entities WHERE source_id = ?"));
        query.addBindValue(sourceId);
        ok = query.exec();
    }
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
        query.addBindValue(sourceId);
        ok = query.exec();
    }
    if (ok && db.commit())
        return true;
    *error = query.lastError().isValid() ? query.lastError() : db.lastError();
    db.rollback();
    return false;
}

struct HeaderCheck
{
    bool usable = true;
    QString reason; // translated
};

} // namespace

CachedEntity CachedEntity::fromJson(const QJsonObject &entity, const QByteArray &text)
{
    CachedEntity result;
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    result.kind = entity.value(QLatin1String("kind")).toString();
    result.name = metadata.value(QLatin1String("name")).toString();
    result.title = metadata.value(QLatin1String("title")).toString();
    QString ns = metadata.value(QLatin1String("namespace")).toString();
    if (ns.isEmpty())
        ns = QStringLiteral("default");
    result.ref = catalog::EntityRef{result.kind, ns, result.name}.toString();
    result.json = text.isEmpty() ? QJsonDocument(entity).toJson(QJsonDocument::Compact) : text;
    return result;
}

qint64 SourceInfo::ageSeconds(const QDateTime &now) const
{
    if (!syncedAt.isValid())
        return -1;
    return syncedAt.secsTo(now);
}

// --- CatalogCache --------------------------------------------------------------------------------

CatalogCache::CatalogCache() = default;

CatalogCache::~CatalogCache()
{
    close();
}

QString CatalogCache::defaultPath(const QString &workspaceKey)
{
    // The key names a file: anything that could leave the folder or trouble a file system becomes '_'.
    QString fileName = workspaceKey;
    for (QChar &c : fileName) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            c = QLatin1Char('_');
    }
    if (fileName.isEmpty() || fileName.startsWith(QLatin1Char('.')))
        fileName.prepend(QLatin1Char('_'));
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/atrium/catalog/") + fileName + QStringLiteral(".sqlite");
}

bool CatalogCache::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void CatalogCache::close()
{
    dropConnection();
}

void CatalogCache::dropConnection()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

static HeaderCheck checkHeader(const QString &path)
{
    // SQLite itself opens anything and reports problems only at the first query (and a truncated
    // file only when the missing pages are read): look at the header first. File format: sqlite.org/fileformat.html
    HeaderCheck check;
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return check; // a new cache
    if (!file.open(QIODevice::ReadOnly))
        return check; // let SQLite report why it cannot be read
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        check.usable = false;
        check.reason = CatalogCache::tr("it is not an SQLite database");
        return check;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool pageCountValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    // A write-ahead log may still hold pages a checkpoint had not finished copying: SQLite recovers those.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    const qint64 expected = qint64(pageSize) * pageCount;
    if (pageCountValid && pageCount > 0 && !walPending && file.size() < expected) {
        check.usable = false;
        check.reason = CatalogCache::tr("it is truncated (%1 of %2 bytes)").arg(file.size()).arg(expected);
    }
    return check;
}

bool CatalogCache::open(const QString &path, QString *error)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_recoveryMessage.clear();
    m_movedAsidePath.clear();
    m_openedVersion = 0;

    const auto failWith = [&](const QString &message) {
        dropConnection();
        qCWarning(lcCache).noquote() << message;
        if (error)
            *error = message;
        return false;
    };

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failWith(tr("The catalog cache cannot be opened: Qt's SQLite driver is missing (install libqt6sql6-sqlite)."));

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return failWith(tr("The catalog cache cannot be created: the folder %1 cannot be created.").arg(folder));

    QString reason;
    const HeaderCheck header = checkHeader(m_path);
    OpenResult result = OpenResult::Unusable;
    if (header.usable)
        result = openConnection(&reason);
    else
        reason = header.reason;

    if (result == OpenResult::Unusable) {
        QString moveError;
        if (!moveAside(reason, &moveError))
            return failWith(moveError);
        m_openedVersion = 0;
        result = openConnection(&reason);
    }
    if (result != OpenResult::Ok)
        return failWith(tr("The catalog cache %1 cannot be opened: %2").arg(QDir::toNativeSeparators(m_path), reason));
    if (error)
        error->clear();
    return true;
}

CatalogCache::OpenResult CatalogCache::openConnection(QString *reason)
{
    dropConnection();
    m_connectionName = nextConnectionName("reader");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *reason = sqlText(m_db.lastError());
        return OpenResult::Failed;
    }

    const auto sqlFailure = [&](const QSqlError &sqlError) {
        *reason = sqlText(sqlError);
        if (isBrokenFile(sqlError))
            return OpenResult::Unusable;
        // Not the file's fault (permissions, disk full, locked): keep it and say what went wrong.
        return OpenResult::Failed;
    };

    QSqlError sqlError;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return sqlFailure(query.lastError());
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    query.finish();

    if (tables.isEmpty()) {
        if (!configure(m_db, &sqlError))
            return sqlFailure(sqlError);
        if (!m_db.transaction())
            return sqlFailure(m_db.lastError());
        if (!execAll(m_db, schemaV2, std::size(schemaV2), &sqlError)
            || !execAll(m_db, migrate2to3, std::size(migrate2to3), &sqlError)) {
            m_db.rollback();
            return sqlFailure(sqlError);
        }
        if (!m_db.commit())
            return sqlFailure(m_db.lastError());
        qCDebug(lcCache) << "created" << m_path;
        return OpenResult::Ok;
    }

    if (!tables.contains(QLatin1String("meta"))) {
        *reason = tr("it is an SQLite database, but not an Atrium catalog cache");
        return OpenResult::Unusable;
    }
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return sqlFailure(query.lastError());
    bool numeric = false;
    const int version = query.next() ? query.value(0).toString().toInt(&numeric) : 0;
    query.finish();
    if (!numeric || version < 1) {
        *reason = tr("it has no valid schema version");
        return OpenResult::Unusable;
    }
    m_openedVersion = version;
    if (version > SchemaVersion) {
        *reason = tr("it was written by a newer version of Atrium (cache schema %1; this version reads up to %2)")
                      .arg(version)
                      .arg(SchemaVersion);
        return OpenResult::Unusable;
    }
    if (!configure(m_db, &sqlError))
        return sqlFailure(sqlError);
    if (version < SchemaVersion) {
        // All steps in one transaction: an interrupted migration leaves the old file as it was.
        if (!m_db.transaction())
            return sqlFailure(m_db.lastError());
        bool ok = true;
        if (version == 1)
            ok = execAll(m_db, migrate1to2, std::size(migrate1to2), &sqlError);
        if (ok && version <= 2)
            ok = execAll(m_db, migrate2to3, std::size(migrate2to3), &sqlError);
        if (!ok || !m_db.commit()) {
            if (ok)
                sqlError = m_db.lastError();
            m_db.rollback();
            if (!isBrokenFile(sqlError) && sqliteCode(sqlError) != 1 /* SQLITE_ERROR: not the layout we expect */)
                return sqlFailure(sqlError);
            *reason = tr("it could not be upgraded from cache schema %1 (%2)").arg(version).arg(sqlText(sqlError));
            return OpenResult::Unusable;
        }
        qCDebug(lcCache) << "migrated" << m_path << "from schema" << version << "to" << SchemaVersion;
    }
    return OpenResult::Ok;
}

bool CatalogCache::moveAside(const QString &reason, QString *error)
{
    dropConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);

    if (!QFile::rename(m_path, target)) {
        *error = tr("The catalog cache %1 cannot be used (%2) and cannot be moved aside to %3. "
                    "Move or delete it to let Atrium start a new cache.")
                     .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(target));
        return false;
    }
    // The log and shared-memory files belong to the old file: keep them next to it, paired by name.
    for (const QString suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            QFile::remove(m_path + suffix);
    }
    m_movedAsidePath = target;
    m_recoveryMessage = tr("The catalog cache %1 could not be used: %2. It was moved to %3 and a new, empty cache "
                           "was started; remote catalogs will be downloaded again at the next sync.")
                            .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(target));
    qCWarning(lcCache).noquote() << m_recoveryMessage;
    return true;
}

std::unique_ptr<CatalogCacheWriter> CatalogCache::beginReplace(const QString &connectionId, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return nullptr;
    }
    std::unique_ptr<CatalogCacheWriter> writer(new CatalogCacheWriter(m_path, connectionId));
    if (!writer->isActive()) {
        if (error)
            *error = writer->errorString();
        return nullptr;
    }
    return writer;
}

bool CatalogCache::load(const QString &connectionId, const BatchCallback &batch, int batchSize, QString *error) const
{
    if (!isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return false;
    }
    batchSize = qMax(1, batchSize);
    // Forward only: QSqlQuery would otherwise keep every row it has returned.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ref, kind, name, title, json FROM entities"
                                 " WHERE source_id = (SELECT id FROM sources WHERE connection_id = ?) ORDER BY id"));
    query.addBindValue(connectionId);
    if (!query.exec()) {
        if (error)
            *error = tr("The catalog cache %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path),
                                                                       sqlText(query.lastError()));
        return false;
    }
    QList<CachedEntity> entities;
    entities.reserve(batchSize);
    while (query.next()) {
        CachedEntity entity;
        entity.ref = query.value(0).toString();
        entity.kind = query.value(1).toString();
        entity.name = query.value(2).toString();
        entity.title = query.value(3).toString();
        entity.json = query.value(4).toByteArray();
        entities.append(std::move(entity));
        if (entities.size() == batchSize) {
            if (!batch(entities))
                return true;
            entities.clear();
        }
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = tr("The catalog cache %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path),
                                                                       sqlText(query.lastError()));
        return false;
    }
    if (!entities.isEmpty())
        batch(entities);
    return true;
}

QList<CachedEntity> CatalogCache::loadAll(const QString &connectionId, QString *error) const
{
    QList<CachedEntity> all;
    load(connectionId, [&all](const QList<CachedEntity> &batch) {
        all.append(batch);
        return true;
    }, 1000, error);
    return all;
}

SourceInfo CatalogCache::sourceInfo(const QString &connectionId) const
{
    SourceInfo info;
    if (!isOpen())
        return info;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT synced_at, entity_count, state, last_error, last_attempt, credential_refused"
                                 " FROM sources WHERE connection_id = ?"));
    query.addBindValue(connectionId);
    if (!query.exec() || !query.next())
        return info;
    info.exists = true;
    info.syncedAt = timeFromMsecs(query.value(0));
    info.entityCount = query.value(1).toLongLong();
    info.state = query.value(2).toString();
    info.lastError = query.value(3).toString();
    info.lastAttempt = timeFromMsecs(query.value(4));
    info.credentialRefused = query.value(5).toInt() != 0;
    return info;
}

bool CatalogCache::recordFailure(const QString &connectionId, const QString &message, const QDateTime &at,
                                 QString *error, bool credentialRefused)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sources(connection_id, last_error, last_attempt, credential_refused)"
                                 " VALUES(?, ?, ?, ?) ON CONFLICT(connection_id) DO UPDATE SET"
                                 " last_error = excluded.last_error, last_attempt = excluded.last_attempt,"
                                 " credential_refused = excluded.credential_refused"));
    query.addBindValue(text(connectionId));
    query.addBindValue(text(message));
    query.addBindValue(msecsOrNull(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    query.addBindValue(credentialRefused ? 1 : 0);
    if (!query.exec()) {
        if (error)
            *error = tr("The catalog cache %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path),
                                                                          sqlText(query.lastError()));
        return false;
    }
    return true;
}

bool CatalogCache::removeSource(const QString &connectionId, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return false;
    }
    QSqlQuery query(m_db);
    bool ok = m_db.transaction();
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM entities WHERE source_id = (SELECT id FROM sources WHERE connection_id = ?)"));
        query.addBindValue(connectionId);
        ok = query.exec();
    }
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM sources WHERE connection_id = ?"));
        query.addBindValue(connectionId);
        ok = query.exec();
    }
    if (ok)
        ok = m_db.commit();
    if (!ok) {
        const QSqlError sqlError = query.lastError().isValid() ? query.lastError() : m_db.lastError();
        m_db.rollback();
        if (error)
            *error = tr("The catalog cache %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path),
                                                                          sqlText(sqlError));
    }
    return ok;
}

QStringList CatalogCache::sources() const
{
    QStringList ids;
    if (!isOpen())
        return ids;
    QSqlQuery query(m_db);
    // Not the rows of writers at work or of replaced entities (their names start with U+0001).
    if (query.exec(QStringLiteral("SELECT connection_id FROM sources WHERE unicode(connection_id) > 1 ORDER BY connection_id"))) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

int CatalogCache::purgeLeftovers(QString *error)
{
    if (error)
        error->clear();
    if (!isOpen())
        return 0;
    // Replaced entities not deleted yet, and the rows of writers that stopped writing an hour
    // ago (a crashed or killed sync; a live writer marks its row at every batch).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM sources WHERE unicode(connection_id) = 1 AND"
                                 " (substr(connection_id, 2, 8) = 'retired:' OR COALESCE(last_attempt, 0) < ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - AbandonedAfterMs);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    query.finish();
    int purged = 0;
    for (const qint64 id : std::as_const(ids)) {
        QSqlError sqlError;
        if (!deleteSourceRows(m_db, id, &sqlError)) {
            if (error)
                *error = tr("The catalog cache %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path),
                                                                              sqlText(sqlError));
            break;
        }
        ++purged;
    }
    return purged;
}

// --- CatalogCacheWriter --------------------------------------------------------------------------

namespace {

quint64 refKey(const QString &ref)
{
    // FNV-1a of the lower-case ref: which added rows may be twins, without keeping every ref.
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : ref) {
        hash ^= c.toLower().unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

CatalogCacheWriter::CatalogCacheWriter(const QString &databasePath, const QString &connectionId)
    : m_databasePath(databasePath)
    , m_connectionId(connectionId)
    , m_connectionName(nextConnectionName("writer"))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_databasePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        fail(tr("open"), sqlText(m_db.lastError()));
        return;
    }
    QSqlError sqlError;
    if (!configure(m_db, &sqlError)) {
        fail(tr("open"), sqlText(sqlError));
        return;
    }
    // Batches only append to the write-ahead log; it is copied into the file once, after the
    // commit (a checkpoint every few batches would cost the sync a third of its time).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    // The entities go straight into the cache, under a source row of their own that no reader asks
    // for: each batch is a short transaction, so the cache stays readable and writable meanwhile
    // (other sources, failures recorded), and commit() only has to swap the rows' owner.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sources(connection_id, last_attempt) VALUES(?, ?)"));
    query.addBindValue(internalSourceName("pending", connectionId));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        fail(tr("prepare"), sqlText(query.lastError()));
        return;
    }
    m_pendingId = query.lastInsertId().toLongLong();
    m_insert = std::make_unique<QSqlQuery>(m_db);
    if (!m_insert->prepare(QStringLiteral("INSERT INTO entities(source_id, ref, kind, name, title, json)"
                                          " VALUES(?, ?, ?, ?, ?, ?)"))) {
        fail(tr("prepare"), sqlText(m_insert->lastError()));
        discardPending();
        return;
    }
    m_active = true;
}

CatalogCacheWriter::~CatalogCacheWriter()
{
    rollback();
    purgeRetired();
    if (m_db.isOpen())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    m_insert.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CatalogCacheWriter::fail(const QString &what, const QString &detail)
{
    m_error = tr("The catalog cache %1 cannot store the entities of %2 (%3): %4")
                  .arg(QDir::toNativeSeparators(m_databasePath), m_connectionId, what, detail);
    qCWarning(lcCache).noquote() << m_error;
    rollback();
    return false;
}

bool CatalogCacheWriter::add(const CachedEntity &entity)
{
    return add(QList<CachedEntity>{entity});
}

// Deletes the added rows with `ref` (any case); how many went.
int CatalogCacheWriter::unstage(const QString &ref, quint64 key, bool *ok)
{
    *ok = true;
    int gone = 0;
    auto range = m_added.equal_range(key);
    if (range.first == range.second)
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM entities WHERE id = ? AND source_id = ? AND ref = ? COLLATE NOCASE"));
    for (auto it = range.first; it != range.second;) {
        query.addBindValue(it->second);
        query.addBindValue(m_pendingId);
        query.addBindValue(ref);
        if (!query.exec()) {
            *ok = false;
            m_error = sqlText(query.lastError());
            return gone;
        }
        if (query.numRowsAffected() > 0) {
            ++gone;
            it = m_added.erase(it);
        } else {
            ++it; // another ref with the same hash
        }
    }
    return gone;
}

bool CatalogCacheWriter::add(const QList<CachedEntity> &entities)
{
    if (!m_active)
        return false;
    if (entities.isEmpty())
        return true;
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("write"), sqlText(begin.lastError()));
    const auto abort = [this](const QString &detail) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("write"), detail);
    };
    // A failure ends the writer (fail() forgets every row), so rows are remembered as they go in:
    // a twin earlier in this very batch is found like one from an earlier batch.
    for (const CachedEntity &entity : entities) {
        const quint64 key = refKey(entity.ref);
        bool ok = true;
        m_count -= unstage(entity.ref, key, &ok); // a later entity with the same ref wins
        if (!ok)
            return abort(m_error);
        m_insert->bindValue(0, m_pendingId);
        m_insert->bindValue(1, text(entity.ref));
        m_insert->bindValue(2, text(entity.kind));
        m_insert->bindValue(3, text(entity.name));
        m_insert->bindValue(4, text(entity.title));
        m_insert->bindValue(5, entity.json.isNull() ? QByteArray("") : entity.json);
        if (!m_insert->exec())
            return abort(sqlText(m_insert->lastError()));
        m_added.emplace(key, m_insert->lastInsertId().toLongLong());
        ++m_count;
    }
    m_insert->finish();
    // The writer is alive: another process does not take its rows for a crash's leftovers.
    QSqlQuery alive(m_db);
    alive.prepare(QStringLiteral("UPDATE sources SET last_attempt = ? WHERE id = ?"));
    alive.addBindValue(QDateTime::currentMSecsSinceEpoch());
    alive.addBindValue(m_pendingId);
    if (!alive.exec())
        return abort(sqlText(alive.lastError()));
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
        return abort(sqlText(m_db.lastError()));
    return true;
}

bool CatalogCacheWriter::remove(const QStringList &refs)
{
    if (!m_active)
        return false;
    if (!m_db.transaction())
        return fail(tr("write"), sqlText(m_db.lastError()));
    for (const QString &ref : refs) {
        bool ok = true;
        m_count -= unstage(ref, refKey(ref), &ok);
        if (!ok) {
            const QString detail = m_error;
            m_db.rollback();
            return fail(tr("write"), detail); // forgets every row: a rollback follows anyway
        }
    }
    if (!m_db.commit()) {
        const QString detail = sqlText(m_db.lastError());
        m_db.rollback();
        return fail(tr("write"), detail);
    }
    for (const QString &ref : refs)
        m_removed.insert(ref.toLower());
    return true;
}

bool CatalogCacheWriter::commit(const QString &syncState, const QDateTime &syncedAt, CommitMode mode)
{
    if (!m_active)
        return false;
    m_insert->finish();
    QSqlQuery query(m_db);
    const auto step = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    // IMMEDIATE: take the write lock first, so the swap cannot fail half-way on a busy database.
    bool ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    // The rows are still ours (no other process took them for a crash's leftovers).
    ok = ok && step(QStringLiteral("SELECT count(*) FROM sources WHERE id = ?"), {m_pendingId}) && query.next();
    if (ok && query.value(0).toInt() != 1) {
        query.finish();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_pendingId = -1;
        return fail(tr("commit"), tr("the entities written so far were removed from the cache meanwhile"));
    }
    query.finish();
    ok = ok && step(QStringLiteral("INSERT OR IGNORE INTO sources(connection_id) VALUES(?)"), {text(m_connectionId)});
    ok = ok && step(QStringLiteral("SELECT id FROM sources WHERE connection_id = ?"), {text(m_connectionId)}) && query.next();
    const qint64 sourceId = ok ? query.value(0).toLongLong() : -1;
    query.finish();
    qint64 changed = 0;
    qint64 ownerId = sourceId; // the row that holds the source's entities after the commit
    if (mode == CommitMode::Replace) {
        ok = ok && step(QStringLiteral("SELECT count(*) FROM entities WHERE source_id = ?"), {sourceId}) && query.next();
        changed += ok ? query.value(0).toLongLong() : 0; // deleted with the retired row
        query.finish();
        // The pending rows become the source: its row takes the connection id, the old one
        // retires (its entities are deleted after the commit, off the critical path).
        ok = ok && step(QStringLiteral("UPDATE sources SET connection_id = ? WHERE id = ?"),
                        {internalSourceName("retired", m_connectionId), sourceId});
        m_retiredId = sourceId;
        ok = ok && step(QStringLiteral("UPDATE sources SET connection_id = ? WHERE id = ?"), {text(m_connectionId), m_pendingId});
        ownerId = m_pendingId;
    } else {
        // The source's twins of what was added, and what was removed, go; the added rows join it.
        ensureRefIndex(m_db);
        ok = ok && step(QStringLiteral("DELETE FROM entities WHERE source_id = ? AND ref COLLATE NOCASE IN"
                                       " (SELECT ref FROM entities WHERE source_id = ?)"),
                        {sourceId, m_pendingId});
        changed += ok ? query.numRowsAffected() : 0;
        if (ok && !m_removed.isEmpty()) {
            QSqlQuery remove(m_db);
            remove.prepare(QStringLiteral("DELETE FROM entities WHERE source_id = ? AND ref = ? COLLATE NOCASE"));
            for (const QString &ref : std::as_const(m_removed)) {
                remove.addBindValue(sourceId);
                remove.addBindValue(ref);
                ok = remove.exec();
                if (!ok) {
                    query = remove;
                    break;
                }
                changed += remove.numRowsAffected();
            }
        }
        ok = ok && step(QStringLiteral("UPDATE entities SET source_id = ? WHERE source_id = ?"), {sourceId, m_pendingId});
        changed += ok ? query.numRowsAffected() : 0;
        ok = ok && step(QStringLiteral("DELETE FROM sources WHERE id = ?"), {m_pendingId});
    }
    ok = ok && step(QStringLiteral("SELECT count(*) FROM entities WHERE source_id = ?"), {ownerId}) && query.next();
    const qint64 stored = ok ? query.value(0).toLongLong() : 0;
    query.finish();
    // The source's other columns (a recorded failure) are replaced as a successful sync does.
    ok = ok && step(QStringLiteral("UPDATE sources SET synced_at = ?, entity_count = ?, state = ?, last_error = '', credential_refused = 0,"
                                   " last_attempt = ? WHERE id = ?"),
                    {msecsOrNull(syncedAt), stored, text(syncState), msecsOrNull(syncedAt), ownerId});
    ok = ok && query.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString detail = sqlText(query.lastError());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_retiredId = -1;
        return fail(tr("commit"), detail);
    }
    m_active = false;
    m_pendingId = -1;
    m_added.clear();
    m_stored = stored;
    m_changed = mode == CommitMode::Replace ? changed + stored : changed;
    qCDebug(lcCache) << (mode == CommitMode::Replace ? "replaced" : "updated") << m_connectionId << "now"
                     << stored << "entities," << changed << "rows changed";
    return true;
}

// The replaced entities, once the new ones are committed.
void CatalogCacheWriter::purgeRetired()
{
    if (m_retiredId < 0 || !m_db.isOpen())
        return;
    QSqlError sqlError;
    if (!deleteSourceRows(m_db, std::exchange(m_retiredId, -1), &sqlError)) // else purgeLeftovers() does it later
        qCDebug(lcCache) << "replaced entities of" << m_connectionId << "not deleted yet:" << sqlError.text();
}

void CatalogCacheWriter::discardPending()
{
    if (m_pendingId < 0 || !m_db.isOpen())
        return;
    const qint64 id = std::exchange(m_pendingId, -1);
    QSqlError sqlError;
    if (!deleteSourceRows(m_db, id, &sqlError)) // CatalogCache::purgeLeftovers() deletes them later
        qCDebug(lcCache) << "entities of a cancelled sync of" << m_connectionId << "not deleted yet:" << sqlError.text();
}

void CatalogCacheWriter::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_insert)
        m_insert->finish();
    m_added.clear();
    m_removed.clear();
    m_count = 0;
    discardPending();
}

} // namespace atrium::cache

// --- single entities -----------------------------------------------------------------------------

namespace atrium::cache {

std::optional<QByteArray> CatalogCache::entityJson(const QString &connectionId, const QString &ref, QString *error) const
{
    if (error)
        error->clear();
    if (!isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return std::nullopt;
    }
    ensureRefIndex(m_db);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The last one written wins, as in a replacement.
    query.prepare(QStringLiteral("SELECT json FROM entities"
                                 " WHERE source_id = (SELECT id FROM sources WHERE connection_id = ?)"
                                 " AND ref = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1"));
    query.addBindValue(connectionId);
    query.addBindValue(ref);
    if (!query.exec()) {
        if (error)
            *error = tr("The catalog cache %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path),
                                                                       sqlText(query.lastError()));
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid() && error)
            *error = tr("The catalog cache %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path),
                                                                       sqlText(query.lastError()));
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

} // namespace atrium::cache
