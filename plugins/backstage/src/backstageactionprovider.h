#pragma once

#include "scaffolderclient.h"

#include <atrium/sdk/providers.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace atrium::backstage {

class ScaffolderTaskRun;

// The software templates of one Backstage connection as actions. An action is a Template entity
// (id "template:<namespace>/<name>"); running it creates a scaffolder task and follows its events:
//   log with stepId, status "processing"                  -> StepStarted (text: the message)
//   log with stepId, status completed|failed|skipped|cancelled -> StepFinished (data.status)
//   any other log (and "recovered")                       -> Log (text: the message, ANSI codes kept)
//   completion -> finished: ok unless it reports "failed" (cancelled for "cancelled"), output =
//                 the template's output (links, text); "cancelled" event -> finished, cancelled.
// Every event's data carries the Backstage event "id" and "createdAt". The first event is Output
// with data {"taskId", "taskUrl" (with a frontendUrl)}. A refused token finishes with
// output {"credentialRefused": true}. One run per action at a time.
class BackstageActionProvider : public QObject, public atrium::sdk::ActionProvider
{
    Q_OBJECT

public:
    BackstageActionProvider(atrium::sdk::HttpClient *http, const ScaffolderClient::Options &options,
                            QObject *parent = nullptr);
    // Runs still going are dropped without a word to their sinks (the host deletes the provider).
    ~BackstageActionProvider() override;

    void listActions(QObject *context,
                     std::function<void(const QList<atrium::sdk::ActionInfo> &, const QString &error)> done) override;
    void runAction(const QString &actionId, const QJsonObject &values, atrium::sdk::ActionRunSink *sink) override;
    void cancelRun(const QString &actionId) override;

    ScaffolderClient *client() const { return m_client; }
    bool isRunning(const QString &actionId) const { return m_runs.contains(actionId.toLower()); }

private:
    ScaffolderClient *m_client = nullptr;
    QHash<QString, QPointer<ScaffolderTaskRun>> m_runs; // by lower-case action id
};

} // namespace atrium::backstage
