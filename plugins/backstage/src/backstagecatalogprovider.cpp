#include "backstagecatalogprovider.h"

#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace atrium::backstage {

using atrium::sdk::CatalogBatch;
using atrium::sdk::CatalogSink;
using atrium::sdk::SyncResult;

namespace {

constexpr int StateFormat = 2;

QString refOf(const QJsonObject &entity)
{
    return BackstageEntityRef::fromEntity(entity).toString();
}

} // namespace

QString BackstageCatalogProvider::etagKey(const QJsonObject &entity)
{
    return etagKey(entity.value(QLatin1String("metadata")).toObject().value(QLatin1String("etag")).toString());
}

QString BackstageCatalogProvider::etagKey(const QString &etag)
{
    if (etag.isEmpty())
        return {};
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : etag) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

namespace {

QString etagOf(const QJsonObject &entity)
{
    return BackstageCatalogProvider::etagKey(entity);
}

} // namespace

BackstageCatalogProvider::BackstageCatalogProvider(sdk::HttpClient *http, QObject *parent)
    : BackstageCatalogProvider(http, BackstageClient::Options{}, parent)
{
}

BackstageCatalogProvider::BackstageCatalogProvider(sdk::HttpClient *http, const BackstageClient::Options &options,
                                                   QObject *parent)
    : QObject(parent)
    , m_client(new BackstageClient(http, options, this))
{
    connect(m_client, &BackstageClient::pageReceived, this, &BackstageCatalogProvider::onPage);
    connect(m_client, &BackstageClient::progress, this, &BackstageCatalogProvider::onProgress);
    connect(m_client, &BackstageClient::syncFinished, this, &BackstageCatalogProvider::onFinished);
}

// The host deletes a provider without waiting for its sync: the sink hears nothing more.
BackstageCatalogProvider::~BackstageCatalogProvider()
{
    m_sink = nullptr;
}

QString BackstageCatalogProvider::encodeState(const State &state)
{
    QByteArray index;
    index.reserve(state.etags.size() * 56);
    for (auto it = state.etags.cbegin(); it != state.etags.cend(); ++it) {
        index += it.key().toUtf8();
        index += '\t';
        index += it.value().toLatin1();
        index += '\n';
    }
    return encodeState(index, state.etags.size(), state.syncedAt, state.fullAt);
}

namespace {

void appendIndexLine(QByteArray &index, const QString &ref, const QString &etagKey)
{
    index += ref.toUtf8();
    index += '\t';
    index += etagKey.toLatin1();
    index += '\n';
}

// Lines of "ref\tetag key\n" into `etags`; the number of lines, or -1 when the text is not that.
qint64 readIndex(const QByteArray &index, QHash<QString, QString> *etags)
{
    qint64 lines = 0;
    qsizetype pos = 0;
    while (pos < index.size()) {
        const qsizetype end = index.indexOf('\n', pos);
        const qsizetype tab = index.indexOf('\t', pos);
        if (end < 0 || tab < 0 || tab > end)
            return -1;
        etags->insert(QString::fromUtf8(index.constData() + pos, tab - pos),
                      QString::fromLatin1(index.constData() + tab + 1, end - tab - 1));
        pos = end + 1;
        ++lines;
    }
    return lines;
}

} // namespace

// Built by hand rather than through QJsonDocument: at 100k entities the index is ~2 MB of base64,
// and the state is made while the sync waits for it (level 1: ~40 ms at 100k; level 6 through
// QJsonDocument took 153 ms).
QString BackstageCatalogProvider::encodeState(const QByteArray &index, qint64 lines, const QDateTime &syncedAt,
                                              const QDateTime &fullAt)
{
    const QByteArray packed = qCompress(index, 1).toBase64();
    QByteArray out;
    out.reserve(packed.size() + 160);
    out += "{\"format\":" + QByteArray::number(StateFormat);
    out += ",\"syncedAt\":\"" + syncedAt.toString(Qt::ISODateWithMs).toLatin1();
    out += "\",\"fullAt\":\"" + fullAt.toString(Qt::ISODateWithMs).toLatin1();
    out += "\",\"entityCount\":" + QByteArray::number(lines);
    out += ",\"index\":\"" + packed + "\"}";
    return QString::fromLatin1(out);
}

bool BackstageCatalogProvider::decodeState(const QString &text, State *state)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    if (object.value(QLatin1String("format")).toInt() != StateFormat)
        return false;
    State out;
    out.syncedAt = QDateTime::fromString(object.value(QLatin1String("syncedAt")).toString(), Qt::ISODateWithMs);
    out.fullAt = QDateTime::fromString(object.value(QLatin1String("fullAt")).toString(), Qt::ISODateWithMs);
    const QByteArray packed = QByteArray::fromBase64(object.value(QLatin1String("index")).toString().toLatin1());
    const QByteArray index = qUncompress(packed);
    if (!out.fullAt.isValid() || (index.isEmpty() && !packed.isEmpty() && object.value(QLatin1String("entityCount")).toInt() > 0))
        return false;
    // A later line wins over an earlier one with the same ref; the count is of lines.
    if (readIndex(index, &out.etags) != object.value(QLatin1String("entityCount")).toInteger(-1))
        return false;
    *state = std::move(out);
    return true;
}

template <typename Work, typename Then>
void BackstageCatalogProvider::offThread(Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    const quint64 generation = m_generation;
    promise->future().then(this, [this, generation, then = std::move(then)](Result result) mutable {
        if (m_sink && generation == m_generation)
            then(std::move(result));
    });
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

void BackstageCatalogProvider::sync(SyncMode mode, const QString &previousState, CatalogSink *sink)
{
    if (!sink)
        return;
    if (m_sink) {
        QMetaObject::invokeMethod(
            this,
            [sink] {
                SyncResult result;
                result.errorString = tr("A catalog sync of this Backstage connection is already running.");
                sink->finished(result);
            },
            Qt::QueuedConnection);
        return;
    }
    m_sink = sink;
    ++m_generation;
    m_previous = State{};
    m_scan.clear();
    m_toFetch.clear();
    m_removed.clear();
    m_notes.clear();
    m_fetched = m_fetchTotal = 0;
    m_fullIndex.clear();
    m_fullLines = 0;
    m_reconcile = false;
    m_fullRead = false;

    if (mode != SyncMode::Incremental || previousState.isEmpty()) {
        startFull(QDateTime::currentDateTimeUtc());
        return;
    }
    m_phase = Phase::Scan;
    offThread(
        [previousState] {
            State previous;
            const bool ok = decodeState(previousState, &previous);
            return std::make_pair(ok, previous);
        },
        [this](std::pair<bool, State> decoded) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 age = decoded.second.fullAt.secsTo(now);
            if (!decoded.first || age >= MaxIncrementalAgeSecs || age < 0) {
                startFull(now);
                return;
            }
            m_previous = std::move(decoded.second);
            m_fullAt = m_previous.fullAt;
            m_client->startIndexScan();
        });
}

void BackstageCatalogProvider::startFull(const QDateTime &now)
{
    m_fullAt = now;
    m_fullRead = true;
    m_phase = Phase::Full;
    m_client->startFullSync();
}

void BackstageCatalogProvider::cancel()
{
    if (!m_sink)
        return;
    if (m_client->isSyncing()) {
        m_client->cancelSync(); // finished() follows, queued
        return;
    }
    ++m_generation; // the by-refs reply in flight is ignored
    BackstageClient::Error error;
    error.kind = BackstageClient::ErrorKind::Cancelled;
    error.message = tr("The catalog sync was cancelled.");
    QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

void BackstageCatalogProvider::onPage(const QList<BackstageClient::PageEntity> &entities, int page)
{
    Q_UNUSED(page)
    if (!m_sink || entities.isEmpty())
        return;
    if (m_phase == Phase::Scan) {
        for (const BackstageClient::PageEntity &entity : entities)
            m_scan.insert(entity.ref, etagKey(entity.etag));
        return;
    }
    CatalogBatch batch;
    batch.upsertsJson.reserve(entities.size());
    for (const BackstageClient::PageEntity &entity : entities) {
        appendIndexLine(m_fullIndex, entity.ref, etagKey(entity.etag));
        batch.upsertsJson.append(entity.json); // as Backstage sent it: the host's index keeps it whole
    }
    m_fullLines += entities.size();
    m_sink->batch(batch);
}

void BackstageCatalogProvider::onProgress(qint64 done, qint64 total)
{
    if (!m_sink)
        return;
    // Room for the whole index at once (see BackstageClient: growing it stalls the thread).
    if (m_phase == Phase::Scan && total > m_scan.capacity())
        m_scan.reserve(qsizetype(std::min<qint64>(total + total / 8, 4'000'000)));
    QString message;
    if (m_phase == Phase::Scan)
        message = total >= 0 ? tr("Checked %1 of %2 entities for changes.").arg(done).arg(total)
                             : tr("Checked %n entities for changes.", nullptr, int(done));
    else
        message = total >= 0 ? tr("Read %1 of %2 entities from Backstage.").arg(done).arg(total)
                             : tr("Read %1 entities from Backstage.").arg(done);
    m_sink->progress(done, total, message);
}

void BackstageCatalogProvider::onFinished(const BackstageClient::SyncSummary &summary)
{
    if (!m_sink)
        return;
    if (!summary.ok()) {
        fail(summary.error);
        return;
    }
    if (m_phase == Phase::Full) {
        if (summary.notes.isEmpty()) {
            SyncResult result;
            result.ok = true;
            result.complete = true;
            result.entityCount = m_fullLines; // the client delivers each entity once
            const QDateTime now = QDateTime::currentDateTimeUtc();
            offThread([index = std::exchange(m_fullIndex, QByteArray()), lines = m_fullLines,
                       now] { return encodeState(index, lines, now, now); },
                      [this, result](QString state) mutable {
                          result.state = std::move(state);
                          finish(result);
                      });
            return;
        }
        // The catalog changed while it was read (Backstage's counts disagree): compare what was
        // delivered with an index read now, and fix the difference before the host commits.
        readIndex(m_fullIndex, &m_previous.etags);
        m_fullIndex.clear();
        m_notes = summary.notes;
        m_reconcile = true;
        m_phase = Phase::Scan;
        m_client->startIndexScan();
        return;
    }
    if (m_phase == Phase::Scan)
        compareAndFetch();
}

void BackstageCatalogProvider::compareAndFetch()
{
    struct Compared
    {
        QStringList toFetch;
        QStringList removed;
    };
    offThread(
        [scan = m_scan, previous = m_previous.etags] {
            Compared out;
            for (auto it = scan.cbegin(); it != scan.cend(); ++it) {
                const auto known = previous.constFind(it.key());
                if (known == previous.cend() || known.value() != it.value() || it.value().isEmpty())
                    out.toFetch.append(it.key());
            }
            for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
                if (!scan.contains(it.key()))
                    out.removed.append(it.key());
            }
            out.toFetch.sort();
            return out;
        },
        [this](Compared compared) {
            m_toFetch = std::move(compared.toFetch);
            m_removed = std::move(compared.removed);
            m_fetchTotal = m_toFetch.size();
            m_phase = Phase::Fetch;
            fetchNext();
        });
}

void BackstageCatalogProvider::fetchNext()
{
    if (!m_sink)
        return;
    if (m_fetched >= m_toFetch.size()) {
        if (!m_removed.isEmpty()) {
            CatalogBatch batch;
            batch.removedRefs = m_removed;
            m_sink->batch(batch);
        }
        if (m_reconcile) {
            m_notes.append(tr("To match the catalog as it is now, entities read again: %1, removed: %2.")
                               .arg(m_fetchTotal)
                               .arg(m_removed.size()));
            m_sink->progress(m_scan.size(), m_scan.size(), m_notes.join(QLatin1Char(' ')));
        } else if (m_fetchTotal || m_removed.size()) {
            m_sink->progress(m_scan.size(), m_scan.size(),
                             tr("Changed or new entities read: %1; removed: %2.").arg(m_fetchTotal).arg(m_removed.size()));
        } else {
            m_sink->progress(m_scan.size(), m_scan.size(), tr("No entity changed."));
        }
        SyncResult result;
        result.ok = true;
        result.complete = m_fullRead;
        for (const QString &ref : std::as_const(m_removed))
            m_scan.remove(ref);
        State next;
        next.etags = std::move(m_scan);
        next.fullAt = m_fullAt;
        next.syncedAt = QDateTime::currentDateTimeUtc();
        result.entityCount = next.etags.size();
        offThread([next] { return encodeState(next); },
                  [this, result](QString state) mutable {
                      result.state = std::move(state);
                      finish(result);
                  });
        return;
    }
    // Backstage refuses a by-refs body over 100 KiB (express.json's limit; measured: 3,100 refs of
    // ~32 bytes pass, 3,200 do not): at most MaxRefsPerRequest refs per request.
    const qsizetype chunk = std::clamp(m_client->options().pageSize, 1, MaxRefsPerRequest);
    const QStringList refs = m_toFetch.mid(m_fetched, chunk);
    const quint64 generation = m_generation;
    m_client->entitiesByRefs(refs, this,
                             [this, generation, refs](const QList<QJsonObject> &found, const QStringList &missing,
                                                      const BackstageClient::Error &error) {
        if (!m_sink || generation != m_generation)
            return;
        if (error.isError()) {
            fail(error);
            return;
        }
        m_fetched += refs.size();
        for (const QJsonObject &entity : found)
            m_scan.insert(refOf(entity), etagOf(entity)); // the etag as read now
        for (const QString &ref : missing) {
            m_scan.remove(ref); // deleted between the index and this read
            if (m_previous.etags.contains(ref))
                m_removed.append(ref);
        }
        if (!found.isEmpty()) {
            CatalogBatch batch;
            batch.upserts = found;
            m_sink->batch(batch);
        }
        if (!m_sink || generation != m_generation)
            return;
        m_sink->progress(m_fetched, m_fetchTotal,
                         tr("Read %1 of %2 changed entities from Backstage.").arg(m_fetched).arg(m_fetchTotal));
        fetchNext();
    });
}

void BackstageCatalogProvider::fail(const BackstageClient::Error &error)
{
    SyncResult result;
    result.ok = false;
    result.cancelled = error.kind == BackstageClient::ErrorKind::Cancelled;
    result.errorString = error.message;
    result.credentialRefused = error.kind == BackstageClient::ErrorKind::Authentication;
    finish(result);
}

void BackstageCatalogProvider::finish(const SyncResult &result)
{
    m_phase = Phase::Idle;
    ++m_generation;
    m_scan.clear();
    m_previous = State{};
    m_fullIndex.clear();
    m_fullLines = 0;
    m_toFetch.clear();
    m_removed.clear();
    if (CatalogSink *sink = std::exchange(m_sink, nullptr))
        sink->finished(result);
}

} // namespace atrium::backstage
