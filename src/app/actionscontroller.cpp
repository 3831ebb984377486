#include "actionscontroller.h"

#include "ansitext.h"
#include "appcontroller.h"
#include "desktopnotifier.h"
#include "pluginhostservices.h"

#include "credentials/credentialstore.h"
#include "forms/jsonschemaform.h"
#include "plugins/pluginmanager.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcActions, "atrium.actions")

using namespace atrium;

namespace {

QString keyOf(const QString &connectionId, const QString &actionId)
{
    return connectionId + QLatin1Char('/') + actionId;
}

// Names of the fields whose values must not be written anywhere (password widgets, secrets).
QSet<QString> secretFields(const QJsonObject &schema)
{
    QSet<QString> names;
    for (const QJsonValue &step : schema.value(QLatin1String("steps")).toArray()) {
        const QJsonObject properties = step.toObject().value(QLatin1String("schema")).toObject().value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            if (p.value(QLatin1String("ui:widget")).toString() == QLatin1String("password")
                || p.value(QLatin1String("ui:field")).toString() == QLatin1String("Secret")
                || p.value(QLatin1String("format")).toString() == QLatin1String("password"))
                names.insert(it.key());
        }
    }
    return names;
}

} // namespace

struct ActionsController::Source
{
    WorkspaceConnection connection; // as the provider was made for it
    QString connectionId;
    QString pluginId;
    QString title;
    std::unique_ptr<sdk::ActionProvider> provider;
    QList<sdk::ActionInfo> actions;
    bool loading = false;
    QString error;
    bool credentialRefused = false;
    int generation = 0;
};

struct ActionsController::Run
{
    QString runId;
    QString connectionId;
    QString connectionTitle;
    QString actionId;
    QString title;
    QString state = QStringLiteral("running");
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message;
    QString taskId;
    QString taskUrl;
    bool credentialRefused = false;
    QVariantMap values;  // without secret fields
    QVariantList steps;  // [{id, text, status}]
    QStringList log;     // raw lines (ANSI kept)
    QJsonObject output;
    std::unique_ptr<Sink> sink;
};

class ActionsController::Sink : public sdk::ActionRunSink
{
public:
    Sink(ActionsController *owner, QString runId) : m_owner(owner), m_runId(std::move(runId)) {}
    void event(const sdk::ActionEvent &event) override
    {
        if (!m_done)
            m_owner->onEvent(m_runId, event);
    }
    void finished(const sdk::ActionResult &result) override
    {
        if (std::exchange(m_done, true))
            return; // exactly once, whatever the plugin does
        m_owner->onFinished(m_runId, result);
    }
    bool done() const { return m_done; }

private:
    ActionsController *m_owner;
    QString m_runId;
    bool m_done = false;
};

ActionsController::ActionsController(PluginHostServices *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_notifier(new DesktopNotifier(this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &ActionsController::saveHistory);
    connect(host, &PluginHostServices::pluginsChanged, this, &ActionsController::updateSources);
    connect(host, &PluginHostServices::connectionsChanged, this, &ActionsController::updateSources);
    connect(host, &PluginHostServices::credentialsChanged, this, [this](const QString &id) {
        if (m_sources.contains(id))
            loadActions(id);
    });
    connect(host->manager(), &plugins::PluginManager::pluginUnloading, this, [this](const QString &id) { dropSources(id); });
    connect(host->app(), &AppController::workspaceChanged, this, &ActionsController::onWorkspaceChanged);
    onWorkspaceChanged();
    updateSources();
}

ActionsController::~ActionsController()
{
    if (m_saveTimer.isActive())
        saveHistory();
    // Providers go first: they may still hold sinks of running runs.
    for (const auto &source : std::as_const(m_sources))
        source->provider.reset();
}

// --- sources ---------------------------------------------------------------------------------------

void ActionsController::updateSources()
{
    QHash<QString, WorkspaceConnection> wanted;
    for (const WorkspaceConnection &c : m_host->connections()) {
        const plugins::PluginRecord *record = m_host->plugin(c.pluginId);
        if (record && record->state == plugins::PluginRecord::State::Loaded
            && record->metadata.capabilities.contains(QLatin1String("actionProvider")))
            wanted.insert(c.id, c);
    }
    // Gone or changed (another server, other settings): a new provider, a new list.
    bool changed = removeSources(
        [&wanted](const Source &source) {
            const auto next = wanted.constFind(source.connectionId);
            return next == wanted.constEnd() || !(*next == source.connection);
        },
        tr("The connection was removed or changed while the run was going on; it may still be running on the server."));
    for (const WorkspaceConnection &c : std::as_const(wanted)) {
        if (m_sources.contains(c.id))
            continue;
        sdk::Plugin *instance = m_host->manager()->instance(c.pluginId);
        std::unique_ptr<sdk::ActionProvider> provider(instance ? instance->createActionProvider(m_host->connectionInfo(c)) : nullptr);
        if (!provider) {
            qCWarning(lcActions) << "plugin" << c.pluginId << "offers no action provider for" << c.id;
            continue;
        }
        auto source = std::make_shared<Source>();
        source->connection = c;
        source->connectionId = c.id;
        source->pluginId = c.pluginId;
        source->title = c.title.isEmpty() ? c.id : c.title;
        source->provider = std::move(provider);
        m_sources.insert(c.id, source);
        loadActions(c.id);
        changed = true;
    }
    if (changed)
        announceActions();
}

void ActionsController::dropSources(const QString &pluginId)
{
    if (removeSources([&pluginId](const Source &source) { return pluginId.isEmpty() || source.pluginId == pluginId; },
                      tr("The plugin of this connection was unloaded while the run was going on; it may still be running "
                         "on the server.")))
        announceActions();
}

bool ActionsController::removeSources(const std::function<bool(const Source &)> &which, const QString &message)
{
    bool removed = false;
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        if (which(**it)) {
            // Its runs end here: the provider goes, and with it their event streams.
            endRuns((*it)->connectionId, message);
            (*it)->provider.reset();
            it = m_sources.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    return removed;
}

void ActionsController::endRuns(const QString &connectionId, const QString &message)
{
    for (const auto &run : m_runs) {
        if (run->connectionId == connectionId && run->sink && !run->sink->done()) {
            sdk::ActionResult result;
            result.errorString = message;
            run->sink->finished(result);
        }
    }
}

void ActionsController::loadActions(const QString &connectionId)
{
    const auto source = m_sources.value(connectionId);
    if (!source || !source->provider)
        return;
    source->loading = true;
    const int generation = ++source->generation;
    announceActions();
    source->provider->listActions(this, [this, connectionId, generation](const QList<sdk::ActionInfo> &actions,
                                                                          const QString &error) {
        const auto source = m_sources.value(connectionId);
        if (!source || source->generation != generation)
            return;
        source->loading = false;
        source->error = error;
        // Backstage refuses with 401/403; the message says to enter the token again.
        source->credentialRefused = !error.isEmpty() && m_host->secretState(connectionId) != QLatin1String("stored");
        if (error.isEmpty())
            source->actions = actions;
        else
            qCInfo(lcActions).noquote() << "actions of" << connectionId << ":" << error;
        announceActions();
    });
}

// The list QML reads (every tile and card binds to it) is built once per change; it is dropped
// here, before the signal (QML bindings hear a NOTIFY signal before any connected slot).
void ActionsController::announceActions()
{
    m_actionsList.reset();
    Q_EMIT actionsChanged();
}

void ActionsController::reload()
{
    for (const auto &source : std::as_const(m_sources))
        loadActions(source->connectionId);
}

QVariantList ActionsController::actions() const
{
    if (m_actionsList)
        return *m_actionsList;
    QVariantList &out = m_actionsList.emplace();
    QList<std::shared_ptr<Source>> sources = m_sources.values();
    std::sort(sources.begin(), sources.end(), [](const auto &a, const auto &b) {
        return a->title.localeAwareCompare(b->title) < 0;
    });
    for (const auto &source : std::as_const(sources)) {
        for (const sdk::ActionInfo &a : source->actions) {
            const QJsonObject schema = a.parametersSchema;
            out.append(QVariantMap{{QStringLiteral("key"), keyOf(source->connectionId, a.id)},
                                   {QStringLiteral("connectionId"), source->connectionId},
                                   {QStringLiteral("connectionTitle"), source->title},
                                   {QStringLiteral("id"), a.id},
                                   {QStringLiteral("title"), a.title.isEmpty() ? a.id : a.title},
                                   {QStringLiteral("description"), a.description},
                                   {QStringLiteral("iconName"), a.iconName},
                                   {QStringLiteral("owner"), schema.value(QLatin1String("owner")).toString()},
                                   {QStringLiteral("tags"), schema.value(QLatin1String("tags")).toVariant()},
                                   {QStringLiteral("schema"), schema.toVariantMap()}});
        }
    }
    return out;
}

bool ActionsController::loading() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(), [](const auto &s) { return s->loading; });
}

QVariantList ActionsController::problems() const
{
    QVariantList out;
    for (const auto &source : std::as_const(m_sources)) {
        if (source->error.isEmpty())
            continue;
        out.append(QVariantMap{{QStringLiteral("connectionId"), source->connectionId},
                               {QStringLiteral("connectionTitle"), source->title},
                               {QStringLiteral("message"), source->error},
                               {QStringLiteral("credentialRefused"), source->credentialRefused}});
    }
    return out;
}

QVariantMap ActionsController::action(const QString &key) const
{
    for (const QVariant &a : actions()) {
        const QVariantMap map = a.toMap();
        if (map.value(QStringLiteral("key")).toString() == key)
            return map;
    }
    return {};
}

QString ActionsController::actionKeyForEntity(const QString &entityRef) const
{
    for (const auto &source : std::as_const(m_sources)) {
        for (const sdk::ActionInfo &a : source->actions) {
            if (a.id.compare(entityRef, Qt::CaseInsensitive) == 0)
                return keyOf(source->connectionId, a.id);
        }
    }
    return {};
}

// --- runs --------------------------------------------------------------------------------------

QVariantMap ActionsController::start(const QString &key, const QVariantMap &given)
{
    const QString connectionId = key.section(QLatin1Char('/'), 0, 0);
    const QString actionId = key.section(QLatin1Char('/'), 1);
    const auto source = m_sources.value(connectionId);
    const sdk::ActionInfo *info = nullptr;
    if (source) {
        for (const sdk::ActionInfo &a : source->actions) {
            if (a.id == actionId)
                info = &a;
        }
    }
    if (!source || !source->provider || !info) {
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("message"), tr("The action %1 is not offered by any connection (any more).").arg(key)}};
    }
    // Backstage does not fill in the schema's defaults: the values sent must hold them.
    const QVariantMap values = forms::withDefaults(info->parametersSchema, given);
    const QList<forms::Issue> issues = forms::validate(info->parametersSchema, values);
    if (!issues.isEmpty()) {
        QVariantMap errors;
        QStringList lines;
        for (const forms::Issue &issue : issues) {
            errors.insert(issue.path, issue.message);
            lines.append(issue.message);
        }
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("message"), tr("The values are not valid: %1").arg(lines.join(QLatin1String(" ")))},
                {QStringLiteral("errors"), errors}};
    }
    for (const auto &run : m_runs) {
        if (run->state == QLatin1String("running") && run->connectionId == connectionId && run->actionId == actionId)
            return {{QStringLiteral("ok"), false},
                    {QStringLiteral("message"), tr("%1 is already running. Wait for it to end, or cancel it.").arg(info->title)},
                    {QStringLiteral("runId"), run->runId}};
    }

    auto run = std::make_unique<Run>();
    run->runId = QStringLiteral("%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_nextRun);
    run->connectionId = connectionId;
    run->connectionTitle = source->title;
    run->actionId = actionId;
    run->title = info->title.isEmpty() ? actionId : info->title;
    run->startedAt = QDateTime::currentDateTimeUtc();
    run->values = values;
    for (const QString &secret : secretFields(info->parametersSchema))
        run->values.remove(secret);
    run->sink = std::make_unique<Sink>(this, run->runId);
    const QString runId = run->runId;
    Sink *sink = run->sink.get();
    m_runs.insert(m_runs.begin(), std::move(run));
    while (m_runs.size() > std::size_t(MaxRuns) && m_runs.back()->state != QLatin1String("running"))
        m_runs.pop_back();
    qCInfo(lcActions) << "run" << runId << "of" << actionId << "on" << connectionId << "started";
    source->provider->runAction(actionId, QJsonObject::fromVariantMap(values), sink);
    Q_EMIT runsChanged();
    scheduleSave();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("runId"), runId}};
}

void ActionsController::cancel(const QString &runId)
{
    Run *run = findRun(runId);
    if (!run || run->state != QLatin1String("running"))
        return;
    const auto source = m_sources.value(run->connectionId);
    if (source && source->provider)
        source->provider->cancelRun(run->actionId); // finished(cancelled) follows
}

ActionsController::Run *ActionsController::findRun(const QString &runId) const
{
    for (const auto &run : m_runs) {
        if (run->runId == runId)
            return run.get();
    }
    return nullptr;
}

void ActionsController::onEvent(const QString &runId, const sdk::ActionEvent &event)
{
    Run *run = findRun(runId);
    if (!run)
        return;
    using Type = sdk::ActionEvent::Type;
    const auto setStep = [run](const QString &id, const QString &text, const QString &status) {
        for (QVariant &step : run->steps) {
            QVariantMap map = step.toMap();
            if (map.value(QStringLiteral("id")).toString() == id) {
                if (!text.isEmpty() && map.value(QStringLiteral("status")) == QLatin1String("running"))
                    map.insert(QStringLiteral("text"), text);
                map.insert(QStringLiteral("status"), status);
                step = map;
                return;
            }
        }
        run->steps.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("text"), text.isEmpty() ? id : text},
                                      {QStringLiteral("status"), status}});
    };
    switch (event.type) {
    case Type::Output:
        if (event.data.contains(QLatin1String("taskId")))
            run->taskId = event.data.value(QLatin1String("taskId")).toString();
        if (event.data.contains(QLatin1String("taskUrl")))
            run->taskUrl = event.data.value(QLatin1String("taskUrl")).toString();
        break;
    case Type::StepStarted: {
        // Backstage says "Beginning step <name>": the name is what a list of steps shows.
        QString text = ansi::strip(event.text);
        if (text.startsWith(QLatin1String("Beginning step ")))
            text = text.mid(15);
        setStep(event.stepId, text, QStringLiteral("running"));
        break;
    }
    case Type::StepFinished:
        setStep(event.stepId, QString(), event.data.value(QLatin1String("status")).toString(QStringLiteral("completed")));
        break;
    case Type::Log:
        break;
    }
    if (!event.text.isEmpty()) {
        const QString prefix = event.stepId.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(event.stepId);
        for (const QString &line : event.text.split(QLatin1Char('\n')))
            run->log.append(prefix + line);
        if (run->log.size() > MaxLogLines)
            run->log.remove(0, run->log.size() - MaxLogLines);
    }
    Q_EMIT runUpdated(runId);
}

void ActionsController::onFinished(const QString &runId, const sdk::ActionResult &result)
{
    Run *run = findRun(runId);
    if (!run)
        return;
    run->finishedAt = QDateTime::currentDateTimeUtc();
    run->output = result.output;
    if (result.output.contains(QLatin1String("taskId")) && run->taskId.isEmpty())
        run->taskId = result.output.value(QLatin1String("taskId")).toString();
    run->credentialRefused = result.output.value(QLatin1String("credentialRefused")).toBool();
    run->state = result.cancelled ? QStringLiteral("cancelled") : result.ok ? QStringLiteral("succeeded") : QStringLiteral("failed");
    run->message = result.cancelled ? (result.errorString.isEmpty() ? tr("Cancelled.") : result.errorString) : result.errorString;
    // Steps still marked running did not finish.
    for (QVariant &step : run->steps) {
        QVariantMap map = step.toMap();
        if (map.value(QStringLiteral("status")) == QLatin1String("running")) {
            map.insert(QStringLiteral("status"), result.ok ? QStringLiteral("completed") : QStringLiteral("failed"));
            step = map;
        }
    }
    qCInfo(lcActions) << "run" << runId << run->state;

    QString title;
    QString body;
    QString level;
    if (run->state == QLatin1String("succeeded")) {
        title = tr("%1 finished").arg(run->title);
        body = tr("The run on %1 succeeded.").arg(run->connectionTitle);
        level = QStringLiteral("success");
    } else if (run->state == QLatin1String("cancelled")) {
        title = tr("%1 cancelled").arg(run->title);
        body = run->message;
        level = QStringLiteral("info");
    } else {
        title = tr("%1 failed").arg(run->title);
        body = run->message;
        level = QStringLiteral("error");
    }
    Q_EMIT m_host->notification(level, title, body);
    m_notifier->notify(title, body, level == QLatin1String("error") ? 2 : 1);
    Q_EMIT runUpdated(runId);
    Q_EMIT runsChanged();
    Q_EMIT runFinished(runId, result.ok, run->message);
    scheduleSave();
}

QVariantMap ActionsController::runMap(const Run &run) const
{
    QVariantList links;
    for (const QJsonValue &v : run.output.value(QLatin1String("links")).toArray()) {
        const QJsonObject link = v.toObject();
        links.append(QVariantMap{{QStringLiteral("title"), link.value(QLatin1String("title")).toString()},
                                 {QStringLiteral("url"), link.value(QLatin1String("url")).toString()},
                                 {QStringLiteral("entityRef"), link.value(QLatin1String("entityRef")).toString()},
                                 {QStringLiteral("icon"), link.value(QLatin1String("icon")).toString()}});
    }
    QVariantList texts;
    for (const QJsonValue &v : run.output.value(QLatin1String("text")).toArray()) {
        const QJsonObject text = v.toObject();
        texts.append(QVariantMap{{QStringLiteral("title"), text.value(QLatin1String("title")).toString()},
                                 {QStringLiteral("content"), text.value(QLatin1String("content")).toString()}});
    }
    return {{QStringLiteral("runId"), run.runId},
            {QStringLiteral("key"), keyOf(run.connectionId, run.actionId)},
            {QStringLiteral("connectionId"), run.connectionId},
            {QStringLiteral("connectionTitle"), run.connectionTitle},
            {QStringLiteral("actionId"), run.actionId},
            {QStringLiteral("title"), run.title},
            {QStringLiteral("state"), run.state},
            {QStringLiteral("startedAt"), run.startedAt.toMSecsSinceEpoch()},
            {QStringLiteral("finishedAt"), run.finishedAt.isValid() ? run.finishedAt.toMSecsSinceEpoch() : 0},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("taskId"), run.taskId},
            {QStringLiteral("taskUrl"), run.taskUrl},
            {QStringLiteral("credentialRefused"), run.credentialRefused},
            {QStringLiteral("values"), run.values},
            {QStringLiteral("logLineCount"), run.log.size()},
            {QStringLiteral("steps"), run.steps},
            {QStringLiteral("links"), links},
            {QStringLiteral("texts"), texts}};
}

QVariantMap ActionsController::run(const QString &runId) const
{
    const Run *run = findRun(runId);
    return run ? runMap(*run) : QVariantMap();
}

QVariantList ActionsController::runs() const
{
    QVariantList out;
    for (const auto &run : m_runs)
        out.append(runMap(*run));
    return out;
}

int ActionsController::runningCount() const
{
    return int(std::count_if(m_runs.cbegin(), m_runs.cend(), [](const auto &r) { return r->state == QLatin1String("running"); }));
}

QString ActionsController::logHtml(const QString &runId, bool dark) const
{
    const Run *run = findRun(runId);
    return run ? ansi::toHtml(run->log.join(QLatin1Char('\n')), dark) : QString();
}

QString ActionsController::logText(const QString &runId) const
{
    const Run *run = findRun(runId);
    return run ? ansi::strip(run->log.join(QLatin1Char('\n'))) : QString();
}

void ActionsController::clearHistory()
{
    const auto before = m_runs.size();
    std::erase_if(m_runs, [](const auto &r) { return r->state != QLatin1String("running"); });
    if (m_runs.size() != before) {
        Q_EMIT runsChanged();
        scheduleSave();
    }
}

// --- history -----------------------------------------------------------------------------------

void ActionsController::onWorkspaceChanged()
{
    if (m_saveTimer.isActive())
        saveHistory();
    const Workspace &workspace = m_host->app()->workspace();
    const QString key = credentials::CredentialStore::workspaceKey(workspace.name(), workspace.filePath());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/atrium/runs");
    const QString path = dir + QLatin1Char('/') + QString(key).replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".json");
    if (path == m_historyPath)
        return;
    m_historyPath = path;
    loadHistory();
}

void ActionsController::loadHistory()
{
    std::erase_if(m_runs, [](const auto &r) { return r->state != QLatin1String("running"); });
    QFile file(m_historyPath);
    if (file.open(QIODevice::ReadOnly)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.object().value(QLatin1String("runs")).isArray()) {
            // Unreadable: kept aside for a look, not lost; the history starts empty.
            const QString aside = m_historyPath + QStringLiteral(".broken");
            QFile::remove(aside);
            file.close();
            QFile::rename(m_historyPath, aside);
            Q_EMIT m_host->notification(QStringLiteral("warning"), tr("The history of runs could not be read"),
                                        tr("%1 is not a history of runs (%2); it was moved to %3.")
                                            .arg(QDir::toNativeSeparators(m_historyPath), error.errorString(),
                                                 QDir::toNativeSeparators(aside)));
        } else {
            for (const QJsonValue &v : doc.object().value(QLatin1String("runs")).toArray()) {
                const QJsonObject o = v.toObject();
                auto run = std::make_unique<Run>();
                run->runId = o.value(QLatin1String("runId")).toString();
                if (run->runId.isEmpty() || findRun(run->runId))
                    continue;
                run->connectionId = o.value(QLatin1String("connectionId")).toString();
                run->connectionTitle = o.value(QLatin1String("connectionTitle")).toString();
                run->actionId = o.value(QLatin1String("actionId")).toString();
                run->title = o.value(QLatin1String("title")).toString();
                run->state = o.value(QLatin1String("state")).toString();
                run->startedAt = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("startedAt")).toDouble()), Qt::UTC);
                const qint64 finished = qint64(o.value(QLatin1String("finishedAt")).toDouble());
                if (finished > 0)
                    run->finishedAt = QDateTime::fromMSecsSinceEpoch(finished, Qt::UTC);
                run->message = o.value(QLatin1String("message")).toString();
                run->taskId = o.value(QLatin1String("taskId")).toString();
                run->taskUrl = o.value(QLatin1String("taskUrl")).toString();
                run->values = o.value(QLatin1String("values")).toObject().toVariantMap();
                run->steps = o.value(QLatin1String("steps")).toArray().toVariantList();
                for (const QJsonValue &line : o.value(QLatin1String("log")).toArray())
                    run->log.append(line.toString());
                run->output = o.value(QLatin1String("output")).toObject();
                if (run->state == QLatin1String("running")) {
                    // Atrium ended while it ran: the task may have gone on on the server.
                    run->state = QStringLiteral("interrupted");
                    run->message = run->taskId.isEmpty()
                        ? tr("Atrium was closed while this run was starting.")
                        : tr("Atrium was closed while this run was going on; task %1 may have finished on the server.").arg(run->taskId);
                }
                m_runs.push_back(std::move(run));
            }
        }
    }
    Q_EMIT runsChanged();
}

void ActionsController::scheduleSave()
{
    m_saveTimer.start();
}

void ActionsController::saveHistory()
{
    m_saveTimer.stop();
    if (m_historyPath.isEmpty())
        return;
    QJsonArray runs;
    for (const auto &run : m_runs) {
        QJsonObject o{{QStringLiteral("runId"), run->runId},
                      {QStringLiteral("connectionId"), run->connectionId},
                      {QStringLiteral("connectionTitle"), run->connectionTitle},
                      {QStringLiteral("actionId"), run->actionId},
                      {QStringLiteral("title"), run->title},
                      {QStringLiteral("state"), run->state},
                      {QStringLiteral("startedAt"), run->startedAt.toMSecsSinceEpoch()},
                      {QStringLiteral("finishedAt"), run->finishedAt.isValid() ? run->finishedAt.toMSecsSinceEpoch() : 0},
                      {QStringLiteral("message"), run->message},
                      {QStringLiteral("taskId"), run->taskId},
                      {QStringLiteral("taskUrl"), run->taskUrl},
                      {QStringLiteral("values"), QJsonObject::fromVariantMap(run->values)},
                      {QStringLiteral("steps"), QJsonArray::fromVariantList(run->steps)},
                      {QStringLiteral("log"), QJsonArray::fromStringList(run->log)},
                      {QStringLiteral("output"), run->output}};
        runs.append(o);
    }
    QDir().mkpath(QFileInfo(m_historyPath).absolutePath());
    QSaveFile file(m_historyPath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcActions).noquote() << "cannot write the history of runs to" << m_historyPath << ":" << file.errorString();
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("runs"), runs}}).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcActions).noquote() << "cannot write the history of runs to" << m_historyPath << ":" << file.errorString();
}
