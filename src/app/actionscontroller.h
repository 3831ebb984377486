#pragma once

#include "workspace/workspace.h"

#include <atrium/sdk/providers.h>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class PluginHostServices;
class DesktopNotifier;

// App.actions: self-service actions of the workspace's connections (a Backstage connection offers
// its software templates), runs with their live log, and the history of runs.
//
// Providers are created for connections whose loaded plugin has the actionProvider capability.
// Values are completed with the schema's defaults and validated here before a run is started, so
// a plugin never sees values its schema rejects. Every run ends with a toast and a desktop
// notification. The history (newest first, at most MaxRuns, logs cut to MaxLogLines) is kept per
// workspace in $XDG_DATA_HOME/atrium/runs/<workspace key>.json; values of password fields are
// never written there.
class ActionsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.actions")
    // [{key, connectionId, connectionTitle, id, title, description, iconName, owner, tags, schema}]
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged)
    // Some connection's list is still being read.
    Q_PROPERTY(bool loading READ loading NOTIFY actionsChanged)
    // Connections that can offer actions (whether or not they have any).
    Q_PROPERTY(int sourceCount READ sourceCount NOTIFY actionsChanged)
    // [{connectionId, connectionTitle, message, credentialRefused}] for lists that could not be read.
    Q_PROPERTY(QVariantList problems READ problems NOTIFY actionsChanged)
    // Newest first: see run() for the shape.
    Q_PROPERTY(QVariantList runs READ runs NOTIFY runsChanged)
    Q_PROPERTY(int runningCount READ runningCount NOTIFY runsChanged)

public:
    static constexpr int MaxRuns = 50;
    static constexpr int MaxLogLines = 2000;

    explicit ActionsController(PluginHostServices *host, QObject *parent = nullptr);
    ~ActionsController() override;

    QVariantList actions() const;
    bool loading() const;
    int sourceCount() const { return int(m_sources.size()); }
    QVariantList problems() const;
    QVariantList runs() const;
    int runningCount() const;

    Q_INVOKABLE QVariantMap action(const QString &key) const;
    // The action that runs a catalog entity (a Template's ref), "" when none does.
    Q_INVOKABLE QString actionKeyForEntity(const QString &entityRef) const;
    // Completes `values` with the schema's defaults, validates them and starts the run:
    // {ok, runId} or {ok: false, message, errors: {path: message}}.
    Q_INVOKABLE QVariantMap start(const QString &key, const QVariantMap &values);
    Q_INVOKABLE void cancel(const QString &runId);
    // {runId, key, connectionId, connectionTitle, actionId, title, state ("running", "succeeded",
    //  "failed", "cancelled", "interrupted"), startedAt, finishedAt (ms since the epoch; 0 while
    //  running), message, taskId, taskUrl, credentialRefused, values, logLineCount,
    //  steps: [{id, text, status ("running", "completed", "failed", "skipped", "cancelled")}],
    //  links: [{title, url, entityRef, icon}], texts: [{title, content}]}
    Q_INVOKABLE QVariantMap run(const QString &runId) const;
    // The run's log as HTML (ANSI colours for the theme) or as plain text (ANSI stripped).
    Q_INVOKABLE QString logHtml(const QString &runId, bool dark) const;
    Q_INVOKABLE QString logText(const QString &runId) const;
    // Reads every connection's list again.
    Q_INVOKABLE void reload();
    // Forgets finished runs.
    Q_INVOKABLE void clearHistory();

    QString historyPath() const { return m_historyPath; }

Q_SIGNALS:
    void actionsChanged();
    void runsChanged();
    void runUpdated(const QString &runId);
    void runFinished(const QString &runId, bool ok, const QString &message);

private:
    struct Source;
    struct Run;
    class Sink;

    void updateSources();
    void announceActions();
    void dropSources(const QString &pluginId = QString());
    bool removeSources(const std::function<bool(const Source &)> &which, const QString &message);
    void loadActions(const QString &connectionId);
    void endRuns(const QString &connectionId, const QString &message);
    void onEvent(const QString &runId, const atrium::sdk::ActionEvent &event);
    void onFinished(const QString &runId, const atrium::sdk::ActionResult &result);
    void onWorkspaceChanged();
    void loadHistory();
    void saveHistory();
    void scheduleSave();
    Run *findRun(const QString &runId) const;
    QVariantMap runMap(const Run &run) const;

    PluginHostServices *m_host;
    DesktopNotifier *m_notifier;
    QHash<QString, std::shared_ptr<Source>> m_sources; // by connection id
    mutable std::optional<QVariantList> m_actionsList;  // actions(), until actionsChanged
    std::vector<std::unique_ptr<Run>> m_runs;          // newest first
    QString m_historyPath;
    QTimer m_saveTimer;
    quint64 m_nextRun = 0;
};
