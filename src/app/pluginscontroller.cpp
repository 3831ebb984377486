#include "pluginscontroller.h"

#include "appcontroller.h"
#include "net/hosthttpclient.h"
#include "pluginhostservices.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJSEngine>
#include <QJsonDocument>
#include <QPointer>
#include <QQmlEngine>

using namespace atrium;
using plugins::PluginRecord;

namespace {

QString capabilityTitle(const QString &key)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("catalogProvider"), QT_TRANSLATE_NOOP("PluginsController", "Catalog")},
        {QStringLiteral("statusProvider"), QT_TRANSLATE_NOOP("PluginsController", "Status")},
        {QStringLiteral("costProvider"), QT_TRANSLATE_NOOP("PluginsController", "Cost")},
        {QStringLiteral("actionProvider"), QT_TRANSLATE_NOOP("PluginsController", "Actions")},
        {QStringLiteral("docsProvider"), QT_TRANSLATE_NOOP("PluginsController", "Docs")},
        {QStringLiteral("dashboardWidget"), QT_TRANSLATE_NOOP("PluginsController", "Dashboard widget")},
        {QStringLiteral("entityTab"), QT_TRANSLATE_NOOP("PluginsController", "Entity tab")},
        {QStringLiteral("page"), QT_TRANSLATE_NOOP("PluginsController", "Page")},
    };
    const char *t = titles.value(key);
    return t ? QCoreApplication::translate("PluginsController", t) : key;
}

QString stateText(PluginRecord::State state)
{
    switch (state) {
    case PluginRecord::State::Invalid: return PluginsController::tr("Invalid");
    case PluginRecord::State::Disabled: return PluginsController::tr("Disabled");
    case PluginRecord::State::SafeMode: return PluginsController::tr("Not loaded (safe mode)");
    case PluginRecord::State::HeldBack: return PluginsController::tr("Held back after a crash");
    case PluginRecord::State::DependencyFailed: return PluginsController::tr("Dependency problem");
    case PluginRecord::State::Failed: return PluginsController::tr("Failed");
    case PluginRecord::State::Loaded: return PluginsController::tr("Loaded");
    case PluginRecord::State::Removed: return PluginsController::tr("Removed (gone after restart)");
    case PluginRecord::State::Ready: return PluginsController::tr("Ready");
    }
    return {};
}

QString originName(PluginRecord::Origin origin)
{
    switch (origin) {
    case PluginRecord::Origin::Development: return QStringLiteral("development");
    case PluginRecord::Origin::System: return QStringLiteral("system");
    case PluginRecord::Origin::User: break;
    }
    return QStringLiteral("user");
}

QString panelKind(sdk::PanelInfo::Kind kind)
{
    switch (kind) {
    case sdk::PanelInfo::Kind::EntityTab: return QStringLiteral("entityTab");
    case sdk::PanelInfo::Kind::Page: return QStringLiteral("page");
    case sdk::PanelInfo::Kind::DashboardWidget: break;
    }
    return QStringLiteral("dashboardWidget");
}

QVariantMap panelMap(const PluginHostServices::Panel &p)
{
    return {{QStringLiteral("key"), p.pluginId + QLatin1Char('/') + p.info.id},
            {QStringLiteral("pluginId"), p.pluginId},
            {QStringLiteral("pluginName"), p.pluginName},
            {QStringLiteral("panelId"), p.info.id},
            {QStringLiteral("kind"), panelKind(p.info.kind)},
            {QStringLiteral("title"), p.info.title},
            {QStringLiteral("source"), p.info.source},
            {QStringLiteral("entityKinds"), p.info.entityKinds},
            {QStringLiteral("iconName"), p.info.iconName}};
}

} // namespace

// --- PluginListModel -----------------------------------------------------------------------------

PluginListModel::PluginListModel(PluginHostServices *host, QObject *parent)
    : QAbstractListModel(parent)
    , m_host(host)
{
    connect(host, &PluginHostServices::pluginsChanged, this, &PluginListModel::refresh);
    connect(host, &PluginHostServices::panelsChanged, this, &PluginListModel::refresh);
    refresh();
}

int PluginListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PluginListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QByteArray name = roleNames().value(role);
    if (role == Qt::DisplayRole)
        return m_rows[index.row()].value(QStringLiteral("name"));
    return m_rows[index.row()].value(QString::fromLatin1(name));
}

QHash<int, QByteArray> PluginListModel::roleNames() const
{
    return {{PluginIdRole, "pluginId"},
            {NameRole, "name"},
            {VersionRole, "version"},
            {ProducerTeamRole, "producerTeam"},
            {ProducerContactRole, "producerContact"},
            {DescriptionRole, "description"},
            {CapabilitiesRole, "capabilities"},
            {CapabilityTitlesRole, "capabilityTitles"},
            {StateRole, "state"},
            {StateTextRole, "stateText"},
            {ErrorRole, "error"},
            {EnabledRole, "enabled"},
            {RemovableRole, "removable"},
            {OriginRole, "origin"},
            {HostsRole, "hosts"},
            {LibraryPathRole, "libraryPath"},
            {SignerRole, "signer"},
            {PanelCountRole, "panelCount"}};
}

void PluginListModel::refresh()
{
    QList<QVariantMap> rows;
    const QString userDir = plugins::PluginManager::userPluginDirectory();
    for (const auto &r : m_host->manager()->plugins()) {
        const auto &m = r.metadata;
        QStringList capabilityTitles;
        for (const auto &c : m.capabilities)
            capabilityTitles.append(capabilityTitle(c));
        int panels = 0;
        for (const auto &p : m_host->panels())
            panels += p.pluginId == r.id;
        rows.append({{QStringLiteral("pluginId"), r.id},
                     {QStringLiteral("name"), !m.name.isEmpty() ? m.name : !m.id.isEmpty() ? m.id : QFileInfo(r.libraryPath).fileName()},
                     {QStringLiteral("version"), m.versionString},
                     {QStringLiteral("producerTeam"), m.producerTeam},
                     {QStringLiteral("producerContact"), m.producerContact},
                     {QStringLiteral("description"), m.description},
                     {QStringLiteral("capabilities"), m.capabilities},
                     {QStringLiteral("capabilityTitles"), capabilityTitles},
                     {QStringLiteral("state"), plugins::stateName(r.state)},
                     {QStringLiteral("stateText"), stateText(r.state)},
                     {QStringLiteral("error"), r.error},
                     {QStringLiteral("enabled"), plugins::PluginManager::isEnabledInSettings(r.id)},
                     {QStringLiteral("removable"), r.origin == PluginRecord::Origin::User && r.state != PluginRecord::State::Removed
                                                        && r.libraryPath.startsWith(userDir)},
                     {QStringLiteral("origin"), originName(r.origin)},
                     {QStringLiteral("hosts"), m.hosts},
                     {QStringLiteral("libraryPath"), r.libraryPath},
                     {QStringLiteral("signer"), m_host->signerOf(r)},
                     {QStringLiteral("panelCount"), panels}});
    }
    // Small lists: a reset is fine here (this is not the catalog).
    if (rows == m_rows)
        return;
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

// --- PanelHost -------------------------------------------------------------------------------------

PanelHost::PanelHost(PluginHostServices *host, const QString &pluginId, const QString &connectionId,
                     const QString &entityRef, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_pluginId(pluginId)
    , m_connectionId(connectionId)
    , m_entityRef(entityRef)
{
    connect(host, &PluginHostServices::connectionsChanged, this, &PanelHost::connectionsChanged);
    connect(host->app(), &AppController::themeChanged, this, &PanelHost::darkChanged);
    connect(host, &PluginHostServices::credentialsChanged, this, [this](const QString &id) {
        if (id == m_connectionId)
            Q_EMIT credentialsChanged();
    });
}

PanelHost::~PanelHost() = default;

QVariantList PanelHost::connections() const
{
    QVariantList list;
    if (!m_host)
        return list;
    for (const auto &c : m_host->connections())
        if (c.pluginId == m_pluginId)
            list.append(QVariantMap{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("title"), c.title.isEmpty() ? c.id : c.title},
                                    {QStringLiteral("baseUrl"), c.baseUrl.toString()}});
    return list;
}

bool PanelHost::dark() const
{
    return m_host && m_host->app()->dark();
}

void PanelHost::request(const QString &method, const QString &path, const QVariant &body, const QJSValue &callback)
{
    QJSEngine *engine = qjsEngine(this);
    auto reply = [this, callback](const QVariantMap &result) mutable {
        QJSEngine *e = qjsEngine(this);
        if (!callback.isCallable() || !e)
            return;
        callback.call({e->toScriptValue(result)});
    };
    auto failure = [](const QString &message) {
        return QVariantMap{{QStringLiteral("status"), 0}, {QStringLiteral("ok"), false}, {QStringLiteral("body"), QString()},
                           {QStringLiteral("json"), QVariant()}, {QStringLiteral("error"), message}};
    };
    if (!engine || !m_host) {
        return;
    }
    if (m_connectionId.isEmpty()) {
        QMetaObject::invokeMethod(this, [reply, failure]() mutable { reply(failure(PluginsController::tr("No connection is configured for this panel."))); },
                                  Qt::QueuedConnection);
        return;
    }
    const auto c = m_host->connection(m_connectionId);
    auto *client = c && c->pluginId == m_pluginId ? m_host->httpClient(m_connectionId) : nullptr;
    if (!client) {
        QMetaObject::invokeMethod(this, [reply, failure, id = m_connectionId]() mutable {
            reply(failure(PluginsController::tr("The connection \"%1\" does not exist.").arg(id)));
        }, Qt::QueuedConnection);
        return;
    }
    sdk::HttpRequest request;
    request.method = method.toUpper().toLatin1();
    request.path = path;
    if (body.isValid() && !body.isNull()) {
        if (body.typeId() == QMetaType::QString) {
            request.body = body.toString().toUtf8();
        } else {
            request.body = QJsonDocument::fromVariant(body.value<QJSValue>().isUndefined() ? body : body.value<QJSValue>().toVariant())
                               .toJson(QJsonDocument::Compact);
            request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        }
    }
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    client->send(request, this, [reply](const sdk::HttpResponse &r) mutable {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        QVariant json;
        if (parseError.error == QJsonParseError::NoError)
            json = doc.toVariant();
        QString error = r.errorString;
        if (error.isEmpty() && !r.ok())
            error = PluginsController::tr("The server answered HTTP %1.").arg(r.status);
        reply({{QStringLiteral("status"), r.status},
               {QStringLiteral("ok"), r.ok()},
               {QStringLiteral("body"), QString::fromUtf8(r.body)},
               {QStringLiteral("json"), json},
               {QStringLiteral("error"), error}});
    });
}

void PanelHost::notify(const QString &title, const QString &body)
{
    if (!m_host)
        return;
    sdk::Notification n;
    n.title = title;
    n.body = body;
    m_host->notify(n, m_pluginId);
}

void PanelHost::openUrl(const QString &url)
{
    if (m_host)
        m_host->app()->openUrl(url);
}

void PanelHost::openEntity(const QString &ref)
{
    if (m_host)
        Q_EMIT m_host->entityRequested(ref);
}

// --- PluginsController ---------------------------------------------------------------------------

PluginsController::PluginsController(PluginHostServices *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_model(new PluginListModel(host, this))
{
    connect(host, &PluginHostServices::panelsChanged, this, &PluginsController::panelsChanged);
    connect(host, &PluginHostServices::pluginsChanged, this, &PluginsController::crashChanged);
    connect(host, &PluginHostServices::trustChanged, this, &PluginsController::policyChanged);
    connect(host, &PluginHostServices::trustChanged, this, &PluginsController::developerModeChanged);
    connect(host, &PluginHostServices::notification, this, &PluginsController::notification);
}

PluginsController::~PluginsController() = default;

bool PluginsController::safeMode() const { return m_host->safeMode(); }
bool PluginsController::developerMode() const { return m_host->developerMode(); }
void PluginsController::setDeveloperMode(bool on) { m_host->setDeveloperMode(on); }
bool PluginsController::developerModeAllowed() const { return m_host->developerModeAllowed(); }
QString PluginsController::policyError() const { return m_host->policyError(); }
QString PluginsController::crashedPluginId() const { return m_host->manager()->crashedPluginId(); }

QString PluginsController::crashedPluginName() const
{
    const auto *r = m_host->plugin(crashedPluginId());
    return r && !r->metadata.name.isEmpty() ? r->metadata.name : crashedPluginId();
}

QVariantList PluginsController::dashboardPanels() const
{
    QVariantList list;
    for (const auto &p : m_host->panels())
        if (p.info.kind == sdk::PanelInfo::Kind::DashboardWidget)
            list.append(panelMap(p));
    return list;
}

QVariantList PluginsController::pagePanels() const
{
    QVariantList list;
    for (const auto &p : m_host->panels())
        if (p.info.kind == sdk::PanelInfo::Kind::Page)
            list.append(panelMap(p));
    return list;
}

int PluginsController::loadedCount() const
{
    int n = 0;
    for (const auto &r : m_host->manager()->plugins())
        n += r.state == PluginRecord::State::Loaded;
    return n;
}

QVariantList PluginsController::entityTabs(const QString &kind) const
{
    QVariantList list;
    for (const auto &p : m_host->panels())
        if (p.info.kind == sdk::PanelInfo::Kind::EntityTab
            && (p.info.entityKinds.isEmpty() || p.info.entityKinds.contains(kind.toLower())))
            list.append(panelMap(p));
    return list;
}

PanelHost *PluginsController::createPanelHost(const QString &pluginId, const QString &connectionId, const QString &entityRef,
                                              QObject *owner)
{
    auto *host = new PanelHost(m_host, pluginId, connectionId, entityRef, owner ? owner : this);
    QQmlEngine::setObjectOwnership(host, QQmlEngine::CppOwnership);
    return host;
}

QVariantList PluginsController::connectionsOf(const QString &pluginId) const
{
    QVariantList list;
    for (const auto &c : m_host->connections())
        if (c.pluginId == pluginId)
            list.append(QVariantMap{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("title"), c.title.isEmpty() ? c.id : c.title},
                                    {QStringLiteral("baseUrl"), c.baseUrl.toString()}});
    return list;
}

QVariantMap PluginsController::setEnabled(const QString &pluginId, bool enabled)
{
    QString error;
    const bool ok = m_host->manager()->setEnabled(pluginId, enabled, &error);
    return {{QStringLiteral("ok"), ok}, {QStringLiteral("message"), error}};
}

void PluginsController::resolveCrash(bool disable)
{
    m_host->manager()->resolveCrash(disable);
    Q_EMIT crashChanged();
}

QVariantMap PluginsController::inspectPackage(const QUrl &file) const
{
    return m_host->inspectPackage(file.isLocalFile() ? file.toLocalFile() : file.toString());
}

QVariantMap PluginsController::install(const QUrl &file, bool approveKey)
{
    return m_host->installPackage(file.isLocalFile() ? file.toLocalFile() : file.toString(), approveKey);
}

QVariantMap PluginsController::remove(const QString &pluginId)
{
    return m_host->removePlugin(pluginId);
}
