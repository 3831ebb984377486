#include "backstageactionprovider.h"

#include "scaffoldertaskrun.h"

#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace atrium::backstage {

using atrium::sdk::ActionInfo;
using atrium::sdk::ActionResult;
using atrium::sdk::ActionRunSink;

BackstageActionProvider::BackstageActionProvider(sdk::HttpClient *http, const ScaffolderClient::Options &options,
                                                 QObject *parent)
    : QObject(parent)
    , m_client(new ScaffolderClient(http, options, this))
{
}

BackstageActionProvider::~BackstageActionProvider()
{
    // Before the client they use (children go in creation order, the client first).
    for (const QPointer<ScaffolderTaskRun> &run : std::as_const(m_runs))
        if (run)
            run->detach();
    const QList<ScaffolderTaskRun *> runs = findChildren<ScaffolderTaskRun *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(runs);
}

void BackstageActionProvider::listActions(QObject *context,
                                          std::function<void(const QList<ActionInfo> &, const QString &error)> done)
{
    m_client->listTemplates(context, [done](const QList<QJsonObject> &templates, const ScaffolderClient::Error &error) {
        if (error.isError()) {
            done({}, error.message);
            return;
        }
        QList<ActionInfo> actions;
        actions.reserve(templates.size());
        for (const QJsonObject &entity : templates)
            actions.append(ScaffolderClient::actionFromTemplate(entity));
        done(actions, QString());
    });
}

void BackstageActionProvider::runAction(const QString &actionId, const QJsonObject &values, ActionRunSink *sink)
{
    if (!sink)
        return;
    const QString key = actionId.toLower();
    const auto refuse = [this, sink](const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [sink, message] {
                ActionResult result;
                result.errorString = message;
                sink->finished(result);
            },
            Qt::QueuedConnection);
    };
    if (m_runs.value(key)) {
        refuse(tr("The template %1 is already running on this Backstage connection; wait for it to finish or cancel it.")
                   .arg(actionId));
        return;
    }
    if (!key.startsWith(QLatin1String("template:"))) {
        refuse(tr("%1 is not a Backstage template: actions of this connection are \"template:<namespace>/<name>\".")
                   .arg(actionId));
        return;
    }
    auto *run = new ScaffolderTaskRun(m_client, key, values, sink, this);
    m_runs.insert(key, run);
    connect(run, &ScaffolderTaskRun::runFinished, this, [this, key, run] {
        if (m_runs.value(key) == run)
            m_runs.remove(key);
    });
    run->start();
}

void BackstageActionProvider::cancelRun(const QString &actionId)
{
    const QPointer<ScaffolderTaskRun> run = m_runs.value(actionId.toLower());
    if (run)
        run->cancel(); // finished (cancelled) follows, queued
}

} // namespace atrium::backstage
