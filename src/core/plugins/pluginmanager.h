#pragma once

#include "plugins/pluginmetadata.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace atrium::sdk {
class Plugin;
class PluginContext;
}

namespace atrium::plugins {

struct PluginRecord
{
    enum class Origin { Development, User, System };
    enum class State {
        Invalid,          // metadata errors: never loaded
        Disabled,         // turned off by the user (persisted)
        SafeMode,         // third-party plugin skipped by --safe-mode
        HeldBack,         // was loading when Atrium last died; waits for the user's decision
        DependencyFailed, // a dependency is missing, incompatible, failed, disabled or in a cycle
        Failed,           // the library did not load, had the wrong IID, or initialize() failed
        Loaded,           // loaded and initialized
        Removed,          // uninstalled while loaded: shut down, gone after a restart
        Ready,            // valid and enabled, not loaded (yet): after discover() alone
    };

    QString id;
    QString libraryPath;
    QString directory;         // the folder it was found in
    Origin origin = Origin::User;
    State state = State::Invalid;
    PluginMetadata metadata;
    QList<MetadataProblem> problems;
    QString error;             // translated, one line per problem; empty when Loaded
    QStringList duplicates;    // other libraries with the same id that were ignored (later paths)
    bool thirdParty() const { return origin != Origin::System; }
};

QString stateName(PluginRecord::State state); // "loaded", "failed", ... (stable, for the CLI's JSON)
                                              // camelCase: "dependencyFailed", "safeMode", "heldBack"

// Finds, validates, orders and loads plugins (src/sdk/FORMATS.md §5). Main thread only.
class PluginManager : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList searchPaths;     // in priority order; see defaultSearchPaths()
        QString systemPath;          // the folder whose plugins are not third-party
        bool safeMode = false;
        QString crashMarkerPath;     // default: AppLocalDataLocation/loading-plugin
    };
    static QStringList defaultSearchPaths(QString *systemPath = nullptr);
    static QString userPluginDirectory(); // $XDG_DATA_HOME/atrium/plugins

    // Persisted enable state (QSettings "plugins/disabled"); usable without a manager (CLI).
    static bool isEnabledInSettings(const QString &id);
    static void setEnabledInSettings(const QString &id, bool enabled);

    explicit PluginManager(Options options, QObject *parent = nullptr);
    ~PluginManager() override; // shuts down every loaded plugin, dependents first

    // The host creates one context per plugin before initialize(); the manager owns it afterwards.
    using ContextFactory = std::function<std::unique_ptr<sdk::PluginContext>(const PluginRecord &)>;
    void setContextFactory(ContextFactory factory);

    // Discovers and validates without loading anything (for `atrium plugin list`).
    void discover();
    // Discovers, then loads every enabled valid plugin in dependency order (cycles reported).
    void loadAll();
    // Discovers again and loads plugins that appeared since (after an install).
    void rescan();

    QList<PluginRecord> plugins() const;              // in load order, then the rest by id
    const PluginRecord *plugin(const QString &id) const;
    sdk::Plugin *instance(const QString &id) const;   // nullptr unless Loaded

    // Persists the choice. Enabling loads the plugin now (if its dependencies are loaded); disabling
    // shuts it down together with every loaded plugin that depends on it.
    bool setEnabled(const QString &id, bool enabled, QString *error);
    // After the files were removed: shuts the plugin down and marks it Removed.
    void markRemoved(const QString &id);

    // Crash guard: the plugin that was loading when the previous run died ("" if none).
    QString crashedPluginId() const { return m_crashedPluginId; }
    // The user chose: disable it for good (true) or try loading it again now (false).
    void resolveCrash(bool disable);

signals:
    void pluginsChanged();                    // the list or any state changed
    void pluginLoaded(const QString &id);     // initialize() succeeded: its panels can be shown
    void pluginUnloading(const QString &id);  // about to shut down: remove its panels now

private:
    void loadReady();
    bool loadPlugin(const QString &id);
    void shutdownPlugin(const QString &id, bool notify);
    void shutdownWithDependents(const QString &id);
    void writeCrashMarker(const QString &id);

    struct Private;
    std::unique_ptr<Private> d;
    QString m_crashedPluginId;
};

} // namespace atrium::plugins
