#pragma once

#include "catalog/localcatalog.h"
#include "workspace/workspace.h"

#include <QDBusVariant>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>
#include <QVariantList>

class CatalogSearch;
class ConnectionsController;
class ActionsController;
class PluginsController;
class PluginHostServices;

// The application state QML sees as the `App` singleton: the open workspace, who the user is,
// the live catalog, starred entities and the theme. Created by Application before QML loads.
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    QML_UNCREATABLE("App is created by the application")
    Q_MOC_INCLUDE("pluginscontroller.h")
    Q_MOC_INCLUDE("connectionscontroller.h")
    Q_MOC_INCLUDE("actionscontroller.h")

    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString workspaceTitle READ workspaceTitle NOTIFY workspaceChanged)
    Q_PROPERTY(QString workspacePath READ workspacePath NOTIFY workspaceChanged)
    Q_PROPERTY(QString workspaceError READ workspaceError NOTIFY workspaceChanged)
    Q_PROPERTY(QStringList dashboardWidgets READ dashboardWidgets NOTIFY workspaceChanged)
    // Identity: a User entity ref; needsIdentity is true when none is set (ask "who are you?").
    Q_PROPERTY(QString identityRef READ identityRef NOTIFY identityChanged)
    Q_PROPERTY(QString identityName READ identityName NOTIFY identityChanged)
    Q_PROPERTY(bool needsIdentity READ needsIdentity NOTIFY identityChanged)
    // Catalog status.
    Q_PROPERTY(bool loading READ loading NOTIFY catalogChanged)
    Q_PROPERTY(int entityCount READ entityCount NOTIFY catalogChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY catalogChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY catalogChanged)
    Q_PROPERTY(int catalogRevision READ catalogRevision NOTIFY catalogChanged)
    // Starred entities (persisted per workspace).
    Q_PROPERTY(QStringList starred READ starred NOTIFY starredChanged)
    // Theme: "system", "light" or "dark"; `dark` is the effective result.
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    // Plugins and the workspace's connections (set before QML loads).
    Q_PROPERTY(PluginsController *plugins READ plugins CONSTANT)
    Q_PROPERTY(ConnectionsController *connections READ connections CONSTANT)
    Q_PROPERTY(ActionsController *actions READ actions CONSTANT)

public:
    // No default argument on purpose: Qt 6.4 constructs a default-constructible singleton itself
    // instead of calling create(), and QML would get a second, empty App.
    explicit AppController(QObject *parent);
    ~AppController() override;
    static AppController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AppController *app);
    static AppController *instance();

    // Opens a workspace (file or folder); returns false and sets workspaceError on failure.
    bool openWorkspace(const QString &path);
    void setLanguage(const QString &lang) { m_language = lang; }
    // A theme for this run only (--theme); not saved. Empty clears it.
    void setThemeOverride(const QString &mode);
    // The bundled demo is never written to: its identity is kept in settings instead.
    void setBundledDemo(bool demo) { m_bundledDemo = demo; }
    bool isBundledDemo() const { return m_bundledDemo; }
    void setPluginControllers(PluginsController *plugins, ConnectionsController *connections)
    {
        m_plugins = plugins;
        m_connections = connections;
    }
    PluginsController *plugins() const { return m_plugins; }
    // The plugin host (connections, remote catalogs); set by PluginHostServices, null without it.
    void setPluginHost(PluginHostServices *host);
    PluginHostServices *pluginHost() const;
    ConnectionsController *connections() const { return m_connections; }
    void setActionsController(ActionsController *actions) { m_actions = actions; }
    ActionsController *actions() const { return m_actions; }
    atrium::Workspace &workspace() { return m_workspace; }
    const atrium::Workspace &workspace() const { return m_workspace; }
    // "workspaces/<hash of the path>": where per-workspace device settings live.
    QString settingsGroupKey() const { return settingsGroup(); }

    QString version() const;
    QString workspaceTitle() const;
    QString workspacePath() const;
    QString workspaceError() const { return m_workspaceError; }
    QStringList dashboardWidgets() const;
    QString identityRef() const;
    QString identityName() const;
    bool needsIdentity() const;
    bool loading() const;
    int entityCount() const;
    int errorCount() const;
    int warningCount() const;
    int catalogRevision() const { return m_revision; }
    QStringList starred() const;
    QString themeMode() const { return m_themeMode; }
    void setThemeMode(const QString &mode);
    bool dark() const { return m_dark; }
    QString language() const { return m_language; }

    atrium::catalog::LocalCatalog *catalog() { return &m_catalog; }
    atrium::catalog::SnapshotPtr snapshot() const { return m_catalog.snapshot(); }
    CatalogSearch *search() { return m_search; }
    QSet<QString> starredSet() const { return m_starred; }

    // Sets the identity (a User ref) and saves it to atrium.yaml, or to settings when read-only.
    Q_INVOKABLE void setIdentity(const QString &userRef);
    Q_INVOKABLE bool isStarred(const QString &ref) const;
    Q_INVOKABLE void toggleStar(const QString &ref);
    Q_INVOKABLE void reload();
    // Opens a file in the desktop's editor/viewer.
    Q_INVOKABLE void openFile(const QString &path);
    Q_INVOKABLE void openUrl(const QString &url);
    Q_INVOKABLE void copyToClipboard(const QString &text);
    // Title of any entity key, for display (falls back to the ref).
    Q_INVOKABLE QString titleOf(const QString &ref) const;
    // Path relative to the workspace directory, for display.
    Q_INVOKABLE QString relativePath(const QString &path) const;

Q_SIGNALS:
    void workspaceChanged();
    void identityChanged();
    void catalogChanged();
    void starredChanged();
    void themeChanged();
    // A plugin panel asked to open an entity.
    void entityRequested(const QString &ref);

private Q_SLOTS:
    void onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void updateDark();
    void loadStarred();
    void saveStarred();
    void onCatalogUpdated();
    bool systemPrefersDark() const;
    QString settingsGroup() const;
    atrium::catalog::EntityId identityId() const;   // the identity's User entity, if in the catalog

    atrium::Workspace m_workspace;
    atrium::catalog::LocalCatalog m_catalog;
    CatalogSearch *m_search = nullptr;
    QString m_workspaceError;
    QString m_identityOverride;
    QSet<QString> m_starred;
    QString m_themeMode = QStringLiteral("system");
    QString m_language;
    QString m_themeOverride;       // ATRIUM_THEME or --theme
    bool m_dark = false;
    bool m_paletteApplied = false;
    bool m_systemPaletteDark = false;  // the desktop's palette before ours replaced it
    int m_portalScheme = -1;           // org.freedesktop.appearance color-scheme, -1 unknown
    bool m_bundledDemo = false;
    PluginsController *m_plugins = nullptr;
    ConnectionsController *m_connections = nullptr;
    ActionsController *m_actions = nullptr;
    bool m_firstLoadDone = false;
    int m_revision = 0;
    QPointer<PluginHostServices> m_pluginHost;
};
