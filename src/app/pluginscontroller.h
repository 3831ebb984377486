#pragma once

#include <QAbstractListModel>
#include <QJSValue>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class AppController;
class PluginHostServices;

// The Plugins page's table: one row per discovered plugin, in load order.
class PluginListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.plugins.model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PluginIdRole = Qt::UserRole + 1,
        NameRole,
        VersionRole,
        ProducerTeamRole,
        ProducerContactRole,
        DescriptionRole,
        CapabilitiesRole,    // QStringList of capability keys
        CapabilityTitlesRole,// QStringList, translated
        StateRole,           // "loaded", "disabled", "failed", "invalid", "dependencyFailed", "safeMode", "heldBack", "removed"
        StateTextRole,       // translated state
        ErrorRole,           // translated, may span lines; "" when fine
        EnabledRole,         // the user's choice (persisted)
        RemovableRole,       // installed by the user (can be removed here)
        OriginRole,          // "development", "user", "system"
        HostsRole,           // QStringList declared hosts
        LibraryPathRole,
        SignerRole,          // "Producer — FINGERPRINT" or "" (unsigned / not a package)
        PanelCountRole,
    };
    Q_ENUM(Role)

    explicit PluginListModel(PluginHostServices *host, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void refresh();

Q_SIGNALS:
    void countChanged();

private:
    PluginHostServices *m_host;
    QList<QVariantMap> m_rows;
};

// The object a plugin panel's root item receives as `atrium` (see src/sdk/include/atrium/sdk/plugin.h).
class PanelHost : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the host for each panel")
    Q_PROPERTY(QString pluginId READ pluginId CONSTANT)
    Q_PROPERTY(QString connectionId READ connectionId CONSTANT)
    Q_PROPERTY(QVariantList connections READ connections NOTIFY connectionsChanged) // [{id, title, baseUrl}]
    Q_PROPERTY(QString entityRef READ entityRef CONSTANT)
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)

public:
    PanelHost(PluginHostServices *host, const QString &pluginId, const QString &connectionId, const QString &entityRef,
              QObject *parent = nullptr);
    ~PanelHost() override;
    QString pluginId() const { return m_pluginId; }
    QString connectionId() const { return m_connectionId; }
    QVariantList connections() const;
    QString entityRef() const { return m_entityRef; }
    bool dark() const;

    // Sends through the connection's host-owned HTTP client; callback({status, ok, body, json, error}).
    Q_INVOKABLE void request(const QString &method, const QString &path, const QVariant &body, const QJSValue &callback);
    Q_INVOKABLE void notify(const QString &title, const QString &body);
    Q_INVOKABLE void openUrl(const QString &url);
    Q_INVOKABLE void openEntity(const QString &ref);

Q_SIGNALS:
    void connectionsChanged();
    void darkChanged();
    void credentialsChanged();

private:
    QPointer<PluginHostServices> m_host;
    QString m_pluginId;
    QString m_connectionId;
    QString m_entityRef;
};

// App.plugins: the plugin host as QML sees it.
class PluginsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.plugins")
    Q_PROPERTY(PluginListModel *model READ model CONSTANT)
    Q_PROPERTY(bool safeMode READ safeMode CONSTANT)
    Q_PROPERTY(bool developerMode READ developerMode WRITE setDeveloperMode NOTIFY developerModeChanged)
    Q_PROPERTY(bool developerModeAllowed READ developerModeAllowed NOTIFY policyChanged)
    Q_PROPERTY(QString policyError READ policyError NOTIFY policyChanged)
    // Crash guard: the plugin that was loading when Atrium last died ("" when none).
    Q_PROPERTY(QString crashedPluginId READ crashedPluginId NOTIFY crashChanged)
    Q_PROPERTY(QString crashedPluginName READ crashedPluginName NOTIFY crashChanged)
    // Panels of loaded plugins: [{key, pluginId, pluginName, panelId, kind, title, source, entityKinds, iconName}]
    // kind is "dashboardWidget", "entityTab" or "page"; key is "<pluginId>/<panelId>".
    Q_PROPERTY(QVariantList dashboardPanels READ dashboardPanels NOTIFY panelsChanged)
    Q_PROPERTY(QVariantList pagePanels READ pagePanels NOTIFY panelsChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY panelsChanged)

public:
    explicit PluginsController(PluginHostServices *host, QObject *parent = nullptr);
    ~PluginsController() override;

    PluginListModel *model() const { return m_model; }
    bool safeMode() const;
    bool developerMode() const;
    void setDeveloperMode(bool on);
    bool developerModeAllowed() const;
    QString policyError() const;
    QString crashedPluginId() const;
    QString crashedPluginName() const;
    QVariantList dashboardPanels() const;
    QVariantList pagePanels() const;
    int loadedCount() const;

    // Entity tabs that apply to an entity kind (same map shape as dashboardPanels).
    Q_INVOKABLE QVariantList entityTabs(const QString &kind) const;
    // The `atrium` object for one panel instance; owned by `owner` (the panel item).
    Q_INVOKABLE PanelHost *createPanelHost(const QString &pluginId, const QString &connectionId,
                                           const QString &entityRef, QObject *owner);
    // This plugin's connections: [{id, title, baseUrl}] (a widget is shown once per connection,
    // or once with connectionId "" when there is none).
    Q_INVOKABLE QVariantList connectionsOf(const QString &pluginId) const;

    // Checks a package without installing: {ok, refusal, reason, id, name, version, producer,
    // fingerprint, signed, needsApproval, canApprove, installedVersion, file}
    Q_INVOKABLE QVariantMap inspectPackage(const QUrl &file) const;
    // Installs (approving the package's key first when approveKey). {ok, message, id}
    Q_INVOKABLE QVariantMap install(const QUrl &file, bool approveKey);
    Q_INVOKABLE QVariantMap setEnabled(const QString &pluginId, bool enabled);   // {ok, message}
    Q_INVOKABLE QVariantMap remove(const QString &pluginId);                     // {ok, message}
    // The user's answer to the crash-guard question.
    Q_INVOKABLE void resolveCrash(bool disable);

Q_SIGNALS:
    void developerModeChanged();
    void policyChanged();
    void crashChanged();
    void panelsChanged();
    // Something worth a toast: level is "info", "success", "warning" or "error".
    void notification(const QString &level, const QString &title, const QString &body);

private:
    PluginHostServices *m_host;
    PluginListModel *m_model;
};
