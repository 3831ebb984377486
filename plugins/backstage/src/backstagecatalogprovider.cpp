#include "backstagecatalogprovider.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <utility>

namespace atrium::backstage {

using atrium::sdk::CatalogBatch;
using atrium::sdk::CatalogSink;
using atrium::sdk::SyncResult;

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

void BackstageCatalogProvider::sync(SyncMode mode, const QString &previousState, CatalogSink *sink)
{
    Q_UNUSED(mode)          // see the class comment: every sync reads the whole catalog
    Q_UNUSED(previousState) // no change feed to resume from
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
    m_client->startFullSync();
}

void BackstageCatalogProvider::cancel()
{
    if (m_sink)
        m_client->cancelSync(); // finished() follows, queued
}

void BackstageCatalogProvider::onPage(const QList<QJsonObject> &entities, int page)
{
    Q_UNUSED(page)
    if (!m_sink || entities.isEmpty())
        return;
    CatalogBatch batch;
    batch.upserts = entities; // the raw entity JSON: the host's index keeps it whole
    m_sink->batch(batch);
}

void BackstageCatalogProvider::onProgress(qint64 done, qint64 total)
{
    if (!m_sink)
        return;
    const QString message = total >= 0 ? tr("Read %1 of %2 entities from Backstage.").arg(done).arg(total)
                                        : tr("Read %1 entities from Backstage.").arg(done);
    m_sink->progress(done, total, message);
}

void BackstageCatalogProvider::onFinished(const BackstageClient::SyncSummary &summary)
{
    CatalogSink *sink = std::exchange(m_sink, nullptr);
    if (!sink)
        return;
    // Remarks that are no failure (the catalog changed while it was read) reach the user as the
    // last progress message: SyncResult carries no warnings.
    if (summary.ok() && !summary.notes.isEmpty())
        sink->progress(summary.entityCount, summary.entityCount, summary.notes.join(QLatin1Char(' ')));
    SyncResult result;
    result.ok = summary.ok();
    result.cancelled = summary.cancelled();
    result.errorString = summary.error.message;
    result.credentialRefused = summary.error.kind == BackstageClient::ErrorKind::Authentication;
    result.entityCount = summary.entityCount;
    if (result.ok) {
        const QJsonObject state{{QStringLiteral("format"), 1},
                                {QStringLiteral("syncedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {QStringLiteral("entityCount"), summary.entityCount}};
        result.state = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
    }
    sink->finished(result);
}

} // namespace atrium::backstage
