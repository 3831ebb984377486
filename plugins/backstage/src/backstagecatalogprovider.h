#pragma once

#include "backstageclient.h"

#include <atrium/sdk/providers.h>

#include <QObject>

namespace atrium::backstage {

// The catalog of one Backstage connection for the host's index. Backstage has no change feed
// (no "entities changed since" query, and by-query cannot filter on a modification time), so an
// Incremental sync is the same full read as a Full one; the host replaces this connection's
// entities atomically when the sync finishes ok, which also drops deleted entities.
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

private:
    void onPage(const QList<QJsonObject> &entities, int page);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const BackstageClient::SyncSummary &summary);

    BackstageClient *m_client = nullptr;
    atrium::sdk::CatalogSink *m_sink = nullptr; // the running sync's; null when idle
};

} // namespace atrium::backstage
