#pragma once

#include "backstageentityref.h"

#include <atrium/sdk/httpclient.h>

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcBackstage)

namespace atrium::backstage {

// The Backstage catalog API over the connection's sdk::HttpClient (the host injects the token and
// enforces the hosts; this class never sees a secret). Everything is asynchronous; results arrive
// queued, never from inside the call that started the work.
class BackstageClient : public QObject
{
    Q_OBJECT

public:
    // What went wrong, for the UI to react to (Authentication: ask for the token again).
    enum class ErrorKind {
        None,
        Authentication,  // 401, 403, or no token stored
        NotFound,        // 404 with Backstage's error envelope: the entity does not exist
        NotBackstage,    // 404 with an empty body, or HTML: the base URL is not a Backstage backend
        BadRequest,      // 400 and the other 4xx
        Server,          // 5xx
        Timeout,
        Network,         // refused, DNS, TLS, host not allowed, too large, ...
        InvalidResponse, // not JSON, or JSON of the wrong shape
        CursorStalled,   // pagination stopped advancing
        InvalidArgument, // e.g. a text that is no entity reference
        Cancelled,
    };
    Q_ENUM(ErrorKind)

    struct Error
    {
        ErrorKind kind = ErrorKind::None;
        int status = 0;          // HTTP status; 0 when none was received
        QString backstageName;   // e.g. "NotFoundError" from the error envelope
        QString message;         // translated: what failed and where
        bool isError() const { return kind != ErrorKind::None; }
    };

    struct Options
    {
        // Items per by-query page. Backstage does not cap `limit`; its default is 20.
        int pageSize = 500;
        // Per request: time without data before giving up (0: the host's default).
        int requestTimeoutMs = 0;
        // Items per page of an index scan (ref and etag of each entity only, ~150 bytes each).
        int indexPageSize = 5000;
    };

    // The outcome of a full sync.
    struct SyncSummary
    {
        Error error;
        qint64 entityCount = 0;   // distinct entities delivered
        qint64 firstTotal = -1;   // totalItems of the first page (-1: not reported)
        qint64 lastTotal = -1;    // totalItems of the last page
        int pages = 0;
        QStringList notes;        // translated remarks that are no failure (catalog changed meanwhile)
        bool ok() const { return !error.isError(); }
        bool cancelled() const { return error.kind == ErrorKind::Cancelled; }
    };

    // One entity of a by-query page: its JSON as the server sent it, its ref (lower case) and etag.
    struct PageEntity
    {
        QByteArray json;
        QString ref;
        QString etag;
    };

    using EntityDone = std::function<void(const QJsonObject &entity, const Error &error)>;
    // by-refs: the entities found (in request order) and the refs Backstage no longer has.
    using RefsDone = std::function<void(const QList<QJsonObject> &found, const QStringList &missing, const Error &error)>;

    explicit BackstageClient(atrium::sdk::HttpClient *http, QObject *parent = nullptr);
    BackstageClient(atrium::sdk::HttpClient *http, const Options &options, QObject *parent = nullptr);
    ~BackstageClient() override;

    const Options &options() const { return m_options; }

    // Starts reading the whole catalog through /api/catalog/entities/by-query, page by page:
    // pageReceived() per page, progress(), then syncFinished() exactly once. Returns false (and
    // does nothing) while a sync is running.
    bool startFullSync();
    // The same paging over a projection of every entity (kind, namespace, name, uid, etag): what an
    // incremental refresh compares with what it has. pageReceived() carries the projected objects.
    bool startIndexScan();
    // Stops the running sync; syncFinished() follows (queued) with ErrorKind::Cancelled.
    void cancelSync();
    bool isSyncing() const { return m_sync.active; }

    // One entity by reference, through /api/catalog/entities/by-name/{kind}/{namespace}/{name}.
    // `done` runs once on `context`'s thread (not at all if `context` is destroyed first).
    void entityByRef(const QString &ref, QObject *context, EntityDone done, const QString &defaultKind = {});

    // Whole entities by reference, through POST /api/catalog/entities/by-refs (a read: retried like
    // a GET). `done` runs once on `context`'s thread.
    void entitiesByRefs(const QStringList &refs, QObject *context, RefsDone done);

    // The error of a response that is not a 2xx, or a transport failure; `what` names the request
    // for the message (e.g. "GET https://backstage.example.com/api/catalog/entities/by-query").
    static Error errorFromResponse(const atrium::sdk::HttpResponse &response, const QString &what);
    // Where a response came from, for messages: the URL without query (cursors are long) or user info.
    static QString describeUrl(const QUrl &url);

Q_SIGNALS:
    void pageReceived(const QList<atrium::backstage::BackstageClient::PageEntity> &entities, int page);
    void progress(qint64 done, qint64 total); // total -1: unknown
    void syncFinished(const atrium::backstage::BackstageClient::SyncSummary &summary);

private:
    struct SyncState
    {
        bool active = false;
        bool indexOnly = false;     // an index scan: projected entities, bigger pages
        quint64 generation = 0;     // replies of an older sync are ignored
        quint64 requestId = 0;
        int page = 0;
        QSet<QString> requestedCursors;
        QString prefetched;         // the next page's cursor, asked for before this page was read
        QSet<QString> seenKeys;     // metadata.uid (or the ref) of every entity delivered
        SyncSummary summary;
    };

    void requestPage(const QString &cursor);
    void onPage(quint64 generation, const atrium::sdk::HttpResponse &response);
    void finishSync(const Error &error);
    void dropPrefetch();
    bool startPaging(bool indexOnly);
    atrium::sdk::HttpRequest catalogRequest(const QString &path) const;
    QString describeRequest(const QString &path) const;

    atrium::sdk::HttpClient *m_http = nullptr;
    Options m_options;
    SyncState m_sync;
};

} // namespace atrium::backstage

Q_DECLARE_METATYPE(atrium::backstage::BackstageClient::SyncSummary)
