#include "backstageclient.h"

#include "pagescanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaObject>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcBackstage, "atrium.plugin.backstage", QtWarningMsg)

namespace atrium::backstage {

using atrium::sdk::HttpRequest;
using atrium::sdk::HttpResponse;

namespace {

const QString ByQueryPath = QStringLiteral("api/catalog/entities/by-query");
const QString ByNamePath = QStringLiteral("api/catalog/entities/by-name/");
const QString ByRefsPath = QStringLiteral("api/catalog/entities/by-refs");
// What an index scan asks for: enough to name an entity and tell whether it changed. Backstage's
// etag changes whenever the stitched entity does, relations included.
const QString IndexFields = QStringLiteral("kind,metadata.namespace,metadata.name,metadata.uid,metadata.etag");

// Keyset pagination is ordered by metadata.uid: it is unique, so the cursor position never depends
// on Backstage's tie-breaker, and it never changes while an entity exists (a name can repeat across
// kinds and namespaces). The order looks random, which does not matter for a full sync.
const QString OrderField = QStringLiteral("metadata.uid,asc");

// Backstage's error bodies: {"error":{"name","message"},"request":{...},"response":{"statusCode"}}
// almost everywhere, {"errors":[{"name"?,"message"},...]} for validation failures. The envelope's
// request.url is relative to the plugin mount (no /api/catalog), so messages name our own URL.
struct Envelope
{
    bool found = false;
    QString name;
    QString message;
};

Envelope readEnvelope(const QByteArray &body)
{
    Envelope envelope;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        envelope.found = true;
        envelope.name = error[QLatin1String("name")].toString();
        envelope.message = error[QLatin1String("message")].toString();
        return envelope;
    }
    const QJsonValue errors = root.value(QLatin1String("errors"));
    if (errors.isArray()) {
        envelope.found = true;
        QStringList messages;
        for (const QJsonValue &entry : errors.toArray()) {
            const QJsonObject e = entry.toObject();
            if (envelope.name.isEmpty())
                envelope.name = e[QLatin1String("name")].toString();
            const QString message = e[QLatin1String("message")].toString();
            if (!message.isEmpty())
                messages.append(message);
        }
        envelope.message = messages.join(QLatin1String("; "));
    }
    return envelope;
}

// The next page's cursor straight from the bytes, before the page is parsed, so that the next
// request goes out while this page is read: the last "nextCursor" key and its string (base64, no
// escapes). The parsed page confirms it; "" when there is none or it is not that simple.
QString quickNextCursor(const QByteArray &body)
{
    const qsizetype key = body.lastIndexOf("\"nextCursor\"");
    if (key < 0)
        return {};
    qsizetype i = key + 12;
    while (i < body.size() && (body.at(i) == ' ' || body.at(i) == ':' || body.at(i) == '\n' || body.at(i) == '\r' || body.at(i) == '\t'))
        ++i;
    if (i >= body.size() || body.at(i) != '"')
        return {};
    const qsizetype end = body.indexOf('"', i + 1);
    if (end < 0)
        return {};
    const QByteArray value = body.mid(i + 1, end - i - 1);
    if (value.isEmpty() || value.contains('\\'))
        return {};
    return QString::fromLatin1(value);
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

} // namespace

BackstageClient::BackstageClient(sdk::HttpClient *http, QObject *parent)
    : BackstageClient(http, Options{}, parent)
{
}

BackstageClient::BackstageClient(sdk::HttpClient *http, const Options &options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_options(options)
{
    qRegisterMetaType<SyncSummary>();
    if (m_options.pageSize < 1)
        m_options.pageSize = Options{}.pageSize;
}

// Requests in flight have this object as their context: the host's client drops them with it.
BackstageClient::~BackstageClient() = default;

QString BackstageClient::describeUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

HttpRequest BackstageClient::catalogRequest(const QString &path) const
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    request.transferTimeoutMs = m_options.requestTimeoutMs;
    return request;
}

QString BackstageClient::describeRequest(const QString &path) const
{
    QUrl base = m_http->baseUrl();
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return describeUrl(base.resolved(QUrl(path)));
}

BackstageClient::Error BackstageClient::errorFromResponse(const HttpResponse &response, const QString &what)
{
    Error error;
    error.status = response.status;
    switch (response.error) {
    case HttpResponse::Error::None:
        break;
    case HttpResponse::Error::Cancelled:
        error.kind = ErrorKind::Cancelled;
        error.message = tr("%1 was cancelled.").arg(what);
        return error;
    case HttpResponse::Error::Timeout:
        error.kind = ErrorKind::Timeout;
        error.message = tr("%1 timed out: %2").arg(what, response.errorString);
        return error;
    case HttpResponse::Error::NoCredential:
        error.kind = ErrorKind::Authentication;
        error.message = tr("%1 needs a token: %2").arg(what, response.errorString);
        return error;
    default:
        error.kind = ErrorKind::Network;
        error.message = tr("%1 failed: %2").arg(what, response.errorString);
        return error;
    }

    const int status = response.status;
    const Envelope envelope = readEnvelope(response.body);
    error.backstageName = envelope.name;
    QString detail = envelope.message.isEmpty() ? tr("the response gives no reason") : envelope.message;
    if (!envelope.name.isEmpty())
        detail = tr("%1 (%2)").arg(detail, envelope.name);

    if (status == 401) {
        error.kind = ErrorKind::Authentication;
        error.message = tr("Backstage did not accept the token for %1 (HTTP 401): %2. Enter the token of this connection again.")
                            .arg(what, detail);
    } else if (status == 403) {
        error.kind = ErrorKind::Authentication;
        error.message = tr("Backstage does not allow %1 with this token (HTTP 403): %2. Enter a token that has the permission.")
                            .arg(what, detail);
    } else if (status == 404 && !envelope.found) {
        // Backstage answers unknown routes with 404 and an empty body.
        error.kind = ErrorKind::NotBackstage;
        error.message = tr("%1 does not exist (HTTP 404 without a Backstage error): the base URL is wrong or is not a Backstage backend.")
                            .arg(what);
    } else if (status == 404) {
        error.kind = ErrorKind::NotFound;
        error.message = tr("Backstage found nothing for %1: %2").arg(what, detail);
    } else if (status >= 500) {
        error.kind = ErrorKind::Server;
        error.message = tr("Backstage failed on %1 (HTTP %2): %3").arg(what).arg(status).arg(detail);
    } else if (status >= 400) {
        error.kind = ErrorKind::BadRequest;
        error.message = tr("Backstage rejected %1 (HTTP %2): %3").arg(what).arg(status).arg(detail);
    } else if (status < 200 || status >= 300) {
        error.kind = ErrorKind::InvalidResponse;
        error.message = tr("%1 answered with the unexpected HTTP status %2.").arg(what).arg(status);
    }
    return error;
}

// --- full sync --------------------------------------------------------------------------------

bool BackstageClient::startFullSync()
{
    return startPaging(false);
}

bool BackstageClient::startIndexScan()
{
    return startPaging(true);
}

bool BackstageClient::startPaging(bool indexOnly)
{
    if (m_sync.active)
        return false;
    const quint64 generation = m_sync.generation + 1;
    m_sync = SyncState{};
    m_sync.active = true;
    m_sync.indexOnly = indexOnly;
    m_sync.generation = generation;
    requestPage(QString());
    return true;
}

void BackstageClient::cancelSync()
{
    if (!m_sync.active)
        return;
    ++m_sync.generation; // the cancelled request's reply is ignored
    if (m_sync.requestId)
        m_http->cancel(std::exchange(m_sync.requestId, 0));
    Error error;
    error.kind = ErrorKind::Cancelled;
    error.message = tr("The catalog sync was cancelled.");
    finishSync(error);
}

void BackstageClient::requestPage(const QString &cursor)
{
    HttpRequest request = catalogRequest(ByQueryPath);
    const int limit = m_sync.indexOnly ? std::max(m_options.indexPageSize, m_options.pageSize) : m_options.pageSize;
    if (cursor.isEmpty()) {
        request.query = {{QStringLiteral("limit"), QString::number(limit)},
                         {QStringLiteral("orderField"), OrderField}};
    } else {
        // limit is not part of the cursor (Backstage would fall back to 20); filters and order
        // sent with a cursor are ignored, so only the cursor and limit go (and fields, which
        // are applied to every page).
        request.query = {{QStringLiteral("cursor"), cursor},
                         {QStringLiteral("limit"), QString::number(limit)}};
        m_sync.requestedCursors.insert(cursor);
    }
    if (m_sync.indexOnly)
        request.query.append({QStringLiteral("fields"), IndexFields});
    const quint64 generation = m_sync.generation;
    m_sync.requestId = m_http->send(request, this, [this, generation](const HttpResponse &response) {
        onPage(generation, response);
    });
}

void BackstageClient::onPage(quint64 generation, const HttpResponse &response)
{
    if (!m_sync.active || generation != m_sync.generation)
        return;
    m_sync.requestId = 0;
    const int page = ++m_sync.page;
    const QUrl url = response.url.isEmpty() ? QUrl(describeRequest(ByQueryPath)) : response.url;
    const QString where = m_sync.indexOnly ? tr("page %1 of the catalog index (%2)").arg(page).arg(describeUrl(url))
                                           : tr("page %1 of the catalog (%2)").arg(page).arg(describeUrl(url));

    const auto fail = [this, &where](ErrorKind kind, const QString &what, int status = 0) {
        Error error;
        error.kind = kind;
        error.status = status;
        error.message = tr("Backstage sent a bad %1: %2").arg(where, what);
        finishSync(error);
    };

    if (!response.ok()) {
        finishSync(errorFromResponse(response, where));
        return;
    }
    if (looksLikeHtml(response.body)) {
        Error error;
        error.kind = ErrorKind::NotBackstage;
        error.status = response.status;
        error.message = tr("%1 is an HTML page, not the catalog API: the base URL points to a web page, not a Backstage backend.")
                            .arg(where);
        finishSync(error);
        return;
    }
    // Ask for the next page now: it travels while this one is parsed and stored.
    m_sync.prefetched.clear();
    if (const QString quick = quickNextCursor(response.body); !quick.isEmpty() && !m_sync.requestedCursors.contains(quick)) {
        requestPage(quick);
        m_sync.prefetched = quick;
    }
    // One pass over the bytes, no JSON tree: the entities keep the text the server sent.
    ScannedPage scanned = scanPage(response.body);
    switch (scanned.problem) {
    case ScannedPage::Problem::None:
        break;
    case ScannedPage::Problem::InvalidJson:
        fail(ErrorKind::InvalidResponse,
             tr("it is not valid JSON (%1 at byte %2)").arg(scanned.errorText).arg(scanned.errorOffset), response.status);
        return;
    case ScannedPage::Problem::NotAnObject:
        fail(ErrorKind::InvalidResponse, tr("it is not a JSON object"), response.status);
        return;
    case ScannedPage::Problem::NoItems:
        fail(ErrorKind::InvalidResponse, tr("it has no \"items\" array"), response.status);
        return;
    case ScannedPage::Problem::BadTotal:
        fail(ErrorKind::InvalidResponse, tr("\"totalItems\" is not a number"), response.status);
        return;
    case ScannedPage::Problem::BadPageInfo:
        fail(ErrorKind::InvalidResponse, tr("\"pageInfo\" is not an object"), response.status);
        return;
    case ScannedPage::Problem::BadNextCursor:
        fail(ErrorKind::InvalidResponse, tr("\"pageInfo.nextCursor\" is not a string"), response.status);
        return;
    }
    const qint64 total = scanned.totalItems;
    // Keys are absent, not null, when there is no next page; null and "" are read the same way.
    const QString nextCursor = scanned.nextCursor; // prevCursor is never followed

    // Room for every key at once: growing a set of 100k keys stalls the thread for ~20 ms.
    if (page == 1 && total > 0)
        m_sync.seenKeys.reserve(qsizetype(std::min<qint64>(total + total / 8, 4'000'000)));
    const qsizetype received = scanned.items.size();
    QList<PageEntity> fresh;
    fresh.reserve(received);
    for (qsizetype i = 0; i < received; ++i) {
        ScannedEntity &entity = scanned.items[i];
        if (!entity.isObject || entity.kind.isEmpty() || entity.name.isEmpty()) {
            fail(ErrorKind::InvalidResponse,
                 tr("item %1 is not an entity (it needs \"kind\" and \"metadata.name\")").arg(i + 1),
                 response.status);
            return;
        }
        PageEntity out;
        out.ref = entity.ref();
        const QString key = entity.uid.isEmpty() ? out.ref : entity.uid;
        if (m_sync.seenKeys.contains(key))
            continue; // moved across a page boundary while the catalog changed
        m_sync.seenKeys.insert(key);
        out.json = std::move(entity.json);
        out.etag = std::move(entity.etag);
        fresh.append(std::move(out));
    }

    if (received > 0 && fresh.isEmpty()) {
        Error error;
        error.kind = ErrorKind::CursorStalled;
        error.message = tr("The catalog pagination stopped advancing: %1 repeats entities already received.").arg(where);
        finishSync(error);
        return;
    }
    if (!nextCursor.isEmpty() && nextCursor != m_sync.prefetched && m_sync.requestedCursors.contains(nextCursor)) {
        Error error;
        error.kind = ErrorKind::CursorStalled;
        error.message = tr("The catalog pagination stopped advancing: %1 points to a page already read.").arg(where);
        finishSync(error);
        return;
    }
    if (received == 0 && !nextCursor.isEmpty()) {
        Error error;
        error.kind = ErrorKind::CursorStalled;
        error.message = tr("The catalog pagination stopped advancing: %1 is empty but announces another page.").arg(where);
        finishSync(error);
        return;
    }

    SyncSummary &summary = m_sync.summary;
    summary.pages = page;
    summary.entityCount += fresh.size();
    if (page == 1)
        summary.firstTotal = total;
    summary.lastTotal = total;
    if (total >= 0 && summary.firstTotal >= 0 && total != summary.firstTotal && summary.notes.isEmpty())
        summary.notes.append(tr("The catalog changed during the sync: Backstage first counted %1 entities, then %2.")
                                 .arg(summary.firstTotal)
                                 .arg(total));
    qCDebug(lcBackstage) << "page" << page << "of" << describeUrl(url) << ":" << received << "items,"
                         << summary.entityCount << "/" << total;

    Q_EMIT pageReceived(fresh, page);
    if (!m_sync.active || generation != m_sync.generation)
        return; // cancelled from a slot
    // totalItems is counted on the first page and carried in the cursor, so it can be stale.
    Q_EMIT progress(summary.entityCount, total < 0 ? -1 : std::max(total, summary.entityCount));
    if (!m_sync.active || generation != m_sync.generation)
        return;

    if (!nextCursor.isEmpty()) {
        if (nextCursor != m_sync.prefetched) {
            dropPrefetch();
            requestPage(nextCursor);
        }
        return;
    }
    dropPrefetch(); // a last page that looked like it had a next one
    if (summary.lastTotal >= 0 && summary.entityCount != summary.lastTotal)
        summary.notes.append(tr("The catalog changed during the sync: Backstage counted %1 entities, %2 were received.")
                                 .arg(summary.lastTotal)
                                 .arg(summary.entityCount));
    finishSync(Error{});
}

// Forgets the page asked for ahead: its answer, if it comes, is ignored.
void BackstageClient::dropPrefetch()
{
    if (m_sync.prefetched.isEmpty())
        return;
    m_sync.prefetched.clear();
    ++m_sync.generation;
    if (m_sync.requestId)
        m_http->cancel(std::exchange(m_sync.requestId, 0));
}

void BackstageClient::finishSync(const Error &error)
{
    dropPrefetch();
    m_sync.active = false;
    m_sync.requestId = 0;
    m_sync.summary.error = error;
    if (error.isError())
        qCDebug(lcBackstage).noquote() << error.message;
    // Queued: cancelSync() never emits from inside the call.
    QMetaObject::invokeMethod(
        this, [this, summary = m_sync.summary] { Q_EMIT syncFinished(summary); }, Qt::QueuedConnection);
}

// --- single entities --------------------------------------------------------------------------

void BackstageClient::entityByRef(const QString &text, QObject *context, EntityDone done, const QString &defaultKind)
{
    if (!context)
        context = this;
    QString parseError;
    const std::optional<BackstageEntityRef> ref = BackstageEntityRef::parse(text, defaultKind, &parseError);
    if (!ref) {
        Error error;
        error.kind = ErrorKind::InvalidArgument;
        error.message = parseError;
        QMetaObject::invokeMethod(
            context, [done, error] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    // The by-name route matches case-insensitively: ask in the lower-case (canonical) form.
    const auto segment = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part.toLower()));
    };
    const QString path = ByNamePath + segment(ref->kind) + QLatin1Char('/') + segment(ref->nameSpace)
        + QLatin1Char('/') + segment(ref->name);
    const QString wanted = ref->toString();
    m_http->send(catalogRequest(path), context, [done, wanted, want = *ref](const HttpResponse &response) {
        const QString where = tr("the entity %1 (%2)").arg(wanted, describeUrl(response.url));
        if (!response.ok()) {
            done({}, errorFromResponse(response, where));
            return;
        }
        Error error;
        error.status = response.status;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        const QJsonObject entity = document.object();
        const BackstageEntityRef got = BackstageEntityRef::fromEntity(entity);
        if (looksLikeHtml(response.body)) {
            error.kind = ErrorKind::NotBackstage;
            error.message = tr("%1 is an HTML page, not the catalog API: the base URL points to a web page, not a Backstage backend.")
                                .arg(where);
        } else if (parseError.error != QJsonParseError::NoError) {
            error.kind = ErrorKind::InvalidResponse;
            error.message = tr("Backstage sent a bad %1: it is not valid JSON (%2 at byte %3)")
                                .arg(where, parseError.errorString())
                                .arg(parseError.offset);
        } else if (!document.isObject() || !entity.value(QLatin1String("kind")).isString() || got.name.isEmpty()) {
            error.kind = ErrorKind::InvalidResponse;
            error.message = tr("Backstage sent a bad %1: it is not an entity (it needs \"kind\" and \"metadata.name\")")
                                .arg(where);
        } else if (got != want) {
            error.kind = ErrorKind::InvalidResponse;
            error.message = tr("Backstage sent %1 when asked for %2.").arg(got.toString(), where);
        }
        done(error.isError() ? QJsonObject() : entity, error);
    });
}

// --- many entities by reference ---------------------------------------------------------------

void BackstageClient::entitiesByRefs(const QStringList &refs, QObject *context, RefsDone done)
{
    if (!context)
        context = this;
    if (refs.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}, {}, Error{}); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request = catalogRequest(ByRefsPath);
    request.method = "POST";
    request.idempotent = true; // a read, although a POST
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    // `fields` as a query parameter is refused with 400 here; whole entities are wanted anyway.
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("entityRefs"), QJsonArray::fromStringList(refs)}})
                       .toJson(QJsonDocument::Compact);
    const QString what = describeRequest(ByRefsPath);
    m_http->send(request, context, [done, refs, what](const HttpResponse &response) {
        const QString where = tr("%n entities by reference (%1)", nullptr, int(refs.size())).arg(what);
        if (!response.ok()) {
            done({}, {}, errorFromResponse(response, where));
            return;
        }
        Error error;
        error.status = response.status;
        error.kind = ErrorKind::InvalidResponse;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        const QJsonValue items = document.object().value(QLatin1String("items"));
        if (parseError.error != QJsonParseError::NoError) {
            error.message = tr("Backstage sent a bad answer for %1: it is not valid JSON (%2 at byte %3)")
                                .arg(where, parseError.errorString())
                                .arg(parseError.offset);
        } else if (!items.isArray() || items.toArray().size() != refs.size()) {
            error.message = tr("Backstage sent a bad answer for %1: it needs an \"items\" array with one entry per reference.")
                                .arg(where);
        } else {
            error.kind = ErrorKind::None;
        }
        if (error.isError()) {
            done({}, {}, error);
            return;
        }
        // items keeps the request's order; null stands for a ref Backstage does not know (any more).
        QList<QJsonObject> found;
        QStringList missing;
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject entity = array.at(i).toObject();
            if (array.at(i).isNull()) {
                missing.append(refs.at(i));
            } else if (!array.at(i).isObject() || !entity.value(QLatin1String("kind")).isString()
                       || BackstageEntityRef::fromEntity(entity).name.isEmpty()) {
                error.kind = ErrorKind::InvalidResponse;
                error.message = tr("Backstage sent a bad answer for %1: item %2 is not an entity (it needs \"kind\" and \"metadata.name\")")
                                    .arg(where)
                                    .arg(i + 1);
                done({}, {}, error);
                return;
            } else {
                found.append(entity);
            }
        }
        done(found, missing, Error{});
    });
}

} // namespace atrium::backstage
