#pragma once

#include "httpclient.h"
#include "types.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace atrium::sdk {

// Read access to the merged catalog (local files and every catalog provider).
class CatalogReader
{
public:
    virtual ~CatalogReader() = default;

    virtual qint64 entityCount() const = 0;
    // The entity as Backstage JSON (apiVersion, kind, metadata, spec, relations); empty if unknown.
    virtual QJsonObject entity(const QString &ref) const = 0;
    // Refs of up to `limit` entities matching a search text, best first.
    virtual QStringList search(const QString &text, int limit) const = 0;
    // The user's identity (user:namespace/name) or empty, and the groups they belong to.
    virtual QString identityRef() const = 0;
    virtual QStringList identityGroups() const = 0;
    // Runs `changed` on `context`'s thread whenever the catalog changes, until context is destroyed.
    virtual void onChanged(QObject *context, std::function<void()> changed) = 0;
};

// Handed to a plugin in Plugin::initialize(); valid until Plugin::shutdown() returns.
class PluginContext
{
public:
    virtual ~PluginContext() = default;

    virtual QString pluginId() const = 0;

    // This plugin's connections in the current workspace.
    virtual QList<ConnectionInfo> connections() const = 0;
    // The host-owned HTTP client of one of this plugin's connections; nullptr for any other id.
    virtual HttpClient *httpClient(const QString &connectionId) = 0;
    // Runs `changed` on `context`'s thread when this plugin's connections are added, edited or removed.
    virtual void onConnectionsChanged(QObject *context, std::function<void()> changed) = 0;

    virtual CatalogReader *catalog() = 0;

    // Shows a notification in Atrium (and on the desktop when asked).
    virtual void notify(const Notification &notification) = 0;

    // Per-plugin settings kept by the host (never for secrets).
    virtual QVariant setting(const QString &key, const QVariant &defaultValue = {}) const = 0;
    virtual void setSetting(const QString &key, const QVariant &value) = 0;

    // The plugin's logging category ("atrium.plugin.<id>"). The host redacts secrets from every line.
    virtual const QLoggingCategory &logging() const = 0;

    // A folder the plugin may write to (cache, state); created on demand.
    virtual QString dataDirectory() const = 0;
};

} // namespace atrium::sdk
