#pragma once

#include "catalog/catalogsnapshot.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

// Runs catalog queries on a worker thread, so a keystroke never blocks the GUI thread: the newest
// query wins, stale ones are dropped. Results come back as queued signals.
class CatalogSearch : public QObject
{
    Q_OBJECT
public:
    explicit CatalogSearch(QObject *parent = nullptr);
    ~CatalogSearch() override;

    // Posts a query; `tag` identifies the requester. Returns a sequence number echoed in resultReady.
    quint64 post(QObject *requester, atrium::catalog::SnapshotPtr snapshot, atrium::catalog::CatalogQuery query);

Q_SIGNALS:
    void resultReady(QObject *requester, quint64 sequence, atrium::catalog::SnapshotPtr snapshot,
                     std::shared_ptr<const atrium::catalog::QueryResult> result);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::atomic<quint64> m_sequence{0};
    std::mutex m_mutex;
    QHash<QObject *, quint64> m_latest;   // newest sequence per requester (guarded by m_mutex)
};
