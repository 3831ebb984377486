#pragma once

#include "backstageclient.h"

#include <atrium/sdk/providers.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace atrium::backstage {

// The catalog of one Backstage connection for the host's index.
//
// Full: every entity, page by page through by-query. Backstage has no change feed, so an
// Incremental sync reads an index of the catalog instead (kind, namespace, name and etag of every
// entity, ~150 bytes each instead of a whole entity) and compares it with the index of the last
// sync, kept in the sync state: entities whose etag changed or that are new are read whole through
// by-refs, the ones that are gone are reported as removed. Without a usable state, or when the
// last full read is older than a day, an Incremental request reads everything (SyncResult::complete).
//
// A full read during which the catalog changed (Backstage's counts disagree) ends with such an
// index comparison too, so the entities the host keeps match the catalog as it is at the end.
class BackstageCatalogProvider : public QObject, public atrium::sdk::CatalogProvider
{
    Q_OBJECT

public:
    explicit BackstageCatalogProvider(atrium::sdk::HttpClient *http, QObject *parent = nullptr);
    BackstageCatalogProvider(atrium::sdk::HttpClient *http, const BackstageClient::Options &options,
                             QObject *parent = nullptr);
    ~BackstageCatalogProvider() override;

    // One batch per page, progress per page, then exactly one finished(). A sync asked for while
    // another runs finishes at once with an error, leaving the running one alone.
    void sync(SyncMode mode, const QString &previousState, atrium::sdk::CatalogSink *sink) override;
    void cancel() override;

    BackstageClient *client() const { return m_client; }

    // An incremental sync reads everything again when the last full read is older than this.
    static constexpr qint64 MaxIncrementalAgeSecs = 24 * 3600;
    // Refs per by-refs request: Backstage refuses bodies over 100 KiB (a 1,000-ref body of names up
    // to 60 characters stays under it).
    static constexpr int MaxRefsPerRequest = 1000;

    // The sync state: format 2 keeps the index (ref → etag) of the entities delivered, compressed.
    struct State
    {
        QDateTime syncedAt;
        QDateTime fullAt;               // the last full read
        QHash<QString, QString> etags;  // lower-case ref → etag hash (16 hex digits)
    };
    static QString encodeState(const State &state);
    // The same from the index as the state keeps it ("ref\tetag key\n" per entity; a later line
    // wins over an earlier one with the same ref), built while a full read runs.
    static QString encodeState(const QByteArray &index, qint64 lines, const QDateTime &syncedAt, const QDateTime &fullAt);
    // The etag as the state keeps it: 16 hex digits, a 64-bit FNV-1a of the whole etag (stable
    // across runs), enough to tell a change at 40 % of the size. "" when the entity has none.
    static QString etagKey(const QJsonObject &entity);
    static QString etagKey(const QString &etag);
    static bool decodeState(const QString &text, State *state);

private:
    enum class Phase { Idle, Full, Scan, Fetch };
    // Runs `work` on Qt's global pool, then `then` with its result on this object's thread, unless
    // the sync ended or another began meanwhile. The state of a 100k catalog takes 90-190 ms to read,
    // 100-300 ms to compare and 90-130 ms to write here: none of that on the GUI thread.
    template <typename Work, typename Then>
    void offThread(Work work, Then then);
    void startFull(const QDateTime &now);
    void onPage(const QList<atrium::backstage::BackstageClient::PageEntity> &entities, int page);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const BackstageClient::SyncSummary &summary);
    void compareAndFetch();
    void fetchNext();
    void finish(const atrium::sdk::SyncResult &result);
    void fail(const BackstageClient::Error &error);

    BackstageClient *m_client = nullptr;
    atrium::sdk::CatalogSink *m_sink = nullptr; // the running sync's; null when idle
    Phase m_phase = Phase::Idle;
    quint64 m_generation = 0;                   // by-refs replies of an older sync are ignored
    bool m_fullRead = false;                    // this sync read every entity
    bool m_reconcile = false;                   // the index comparison follows a full read
    State m_previous;                           // what the host has (or was just sent)
    QByteArray m_fullIndex;                     // a full read's index, as encodeState() keeps it
    qint64 m_fullLines = 0;
    QHash<QString, QString> m_scan;             // the catalog's index as read now
    QStringList m_toFetch;
    qsizetype m_fetched = 0;
    qsizetype m_fetchTotal = 0;
    QStringList m_removed;
    QDateTime m_fullAt;
    QStringList m_notes;
};

} // namespace atrium::backstage
