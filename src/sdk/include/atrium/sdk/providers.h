#pragma once

// Capability interfaces. A plugin creates one provider per connection (Plugin::create...); the host
// owns and deletes it. Every call is asynchronous: results arrive through the sink or callback, on
// the thread of the QObject context given, never re-entrantly from inside the call.

#include "types.h"

#include <QObject>

#include <functional>

namespace atrium::sdk {

// Receives a sync's results. All calls on the host's main thread.
class CatalogSink
{
public:
    virtual ~CatalogSink() = default;
    virtual void progress(qint64 done, qint64 total, const QString &message) = 0; // total -1: unknown
    virtual void batch(const CatalogBatch &batch) = 0;
    virtual void finished(const SyncResult &result) = 0; // exactly once per sync
};

class CatalogProvider
{
public:
    enum class SyncMode { Full, Incremental };
    virtual ~CatalogProvider() = default;
    // `previousState` is the SyncResult::state of the last successful sync ("" for none). A Full sync
    // replaces every entity of this connection when it finishes ok; nothing is replaced otherwise.
    // An Incremental sync delivers changes only (upserts or upsertsJson, and removedRefs) and the
    // host applies them to what it has, unless the result says `complete` (the provider chose to
    // read everything).
    virtual void sync(SyncMode mode, const QString &previousState, CatalogSink *sink) = 0;
    virtual void cancel() = 0;
};

class StatusProvider
{
public:
    virtual ~StatusProvider() = default;
    virtual void fetchStatus(QObject *context, std::function<void(const StatusReport &)> done) = 0;
};

class CostProvider
{
public:
    virtual ~CostProvider() = default;
    virtual void fetchCost(const CostQuery &query, QObject *context,
                           std::function<void(const CostReport &)> done) = 0;
};

class ActionRunSink
{
public:
    virtual ~ActionRunSink() = default;
    virtual void event(const ActionEvent &event) = 0;
    virtual void finished(const ActionResult &result) = 0; // exactly once per run
};

class ActionProvider
{
public:
    virtual ~ActionProvider() = default;
    virtual void listActions(QObject *context, std::function<void(const QList<ActionInfo> &, const QString &error)> done) = 0;
    // Values were validated by the host against ActionInfo::parametersSchema.
    virtual void runAction(const QString &actionId, const QJsonObject &values, ActionRunSink *sink) = 0;
    virtual void cancelRun(const QString &actionId) = 0;
};

class DocsProvider
{
public:
    virtual ~DocsProvider() = default;
    // Pages for an entity ("" for every page this connection offers).
    virtual void listPages(const QString &entityRef, QObject *context,
                           std::function<void(const QList<DocsPage> &, const QString &error)> done) = 0;
    virtual void fetchPage(const QString &pageId, QObject *context,
                           std::function<void(const DocsPage &, const QString &error)> done) = 0;
};

} // namespace atrium::sdk
