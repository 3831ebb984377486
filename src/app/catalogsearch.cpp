#include "catalogsearch.h"

#include "logging.h"

#include <QElapsedTimer>
#include <QMetaObject>

using atrium::catalog::CatalogQuery;
using atrium::catalog::QueryResult;
using atrium::catalog::SnapshotPtr;

CatalogSearch::CatalogSearch(QObject *parent)
    : QObject(parent)
{
    // Queued signals carry these across threads; register both the typedef and the spelled-out name
    // because the signal signature uses the typedef.
    qRegisterMetaType<SnapshotPtr>("atrium::catalog::SnapshotPtr");
    qRegisterMetaType<std::shared_ptr<const QueryResult>>("std::shared_ptr<const atrium::catalog::QueryResult>");

    m_thread.setObjectName(QStringLiteral("CatalogSearch"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

CatalogSearch::~CatalogSearch()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 CatalogSearch::post(QObject *requester, SnapshotPtr snapshot, CatalogQuery query)
{
    const quint64 sequence = ++m_sequence;
    {
        std::lock_guard lock(m_mutex);
        m_latest.insert(requester, sequence);
    }
    if (!snapshot)
        return sequence;

    // The requester may change its mask while the query waits: the worker gets its own copy.
    std::shared_ptr<const std::vector<bool>> onlyIds;
    if (query.onlyIds)
        onlyIds = std::make_shared<const std::vector<bool>>(*query.onlyIds);
    query.onlyIds = nullptr;

    QMetaObject::invokeMethod(m_worker, [this, requester, sequence, snapshot = std::move(snapshot),
                                         query = std::move(query), onlyIds = std::move(onlyIds)]() mutable {
        {
            std::lock_guard lock(m_mutex);
            // A newer keystroke from the same requester makes this one pointless.
            if (m_latest.value(requester) != sequence)
                return;
        }
        query.onlyIds = onlyIds.get();
        QElapsedTimer timer;
        timer.start();
        auto result = std::make_shared<QueryResult>(snapshot->query(query));
        if (result->elapsedMs <= 0)
            result->elapsedMs = timer.nsecsElapsed() / 1e6;
        qCDebug(lcApp) << "query" << query.text << "->" << result->rows.size() << "rows in"
                       << result->elapsedMs << "ms";
        {
            std::lock_guard lock(m_mutex);
            if (m_latest.value(requester) == sequence)
                m_latest.remove(requester);
        }
        Q_EMIT resultReady(requester, sequence, snapshot, std::shared_ptr<const QueryResult>(std::move(result)));
    }, Qt::QueuedConnection);
    return sequence;
}
