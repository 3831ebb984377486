#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class PluginHostServices;

// App.connections: the workspace's connections for the Settings page.
class ConnectionsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.connections")
    // [{id, pluginId, pluginName, pluginLoaded, title, baseUrl, settings, credentialTitle (""
    //   when the plugin declares none), secretState ("unknown", "stored", "missing", "session", "error")}]
    Q_PROPERTY(QVariantList connections READ connections NOTIFY connectionsChanged)
    // Problems in spec.connections of atrium.yaml (file:line:column: message).
    Q_PROPERTY(QStringList problems READ problems NOTIFY connectionsChanged)
    // By connection id, for connections whose plugin provides a catalog: {syncing, done, total,
    // message, syncedAt (ms since the epoch, 0 if never), entityCount, lastError, credentialRefused
    // (ask for the secret again), label}.
    Q_PROPERTY(QVariantMap catalogSyncs READ catalogSyncs NOTIFY catalogSyncsChanged)
    // Plugins a connection can be made for: [{id, name, credentialTitle, credentialKind}]
    Q_PROPERTY(QVariantList pluginChoices READ pluginChoices NOTIFY pluginChoicesChanged)
    // False for a read-only workspace: connections are then kept for this device in settings.
    Q_PROPERTY(bool savesToWorkspace READ savesToWorkspace NOTIFY connectionsChanged)
    // "unknown" (not asked yet), "available" or "unavailable"; keychainMessage explains.
    Q_PROPERTY(QString keychainState READ keychainState NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY keychainChanged)

public:
    explicit ConnectionsController(PluginHostServices *host, QObject *parent = nullptr);

    QVariantList connections() const;
    QStringList problems() const;
    QVariantList pluginChoices() const;
    bool savesToWorkspace() const;
    QString keychainState() const;
    QString keychainMessage() const;

    // The form for a plugin's connectionSchema: [{name, title, type ("string", "integer", "number",
    // "boolean"), description, default, enum (list or undefined), required, minimum, maximum,
    // minLength, maxLength, pattern, format}]
    Q_INVOKABLE QVariantList fieldsFor(const QString &pluginId) const;
    // Checks a connection map {id, pluginId, title, baseUrl, settings}: {ok, errors: {field: message}}
    // where field is "id", "pluginId", "baseUrl" or a setting name.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &connection, const QString &originalId) const;
    // Creates (originalId "") or replaces a connection; {ok, message, errors}
    Q_INVOKABLE QVariantMap save(const QVariantMap &connection, const QString &originalId);
    // Removes the connection and deletes its secret from the keychain; {ok, message}
    Q_INVOKABLE QVariantMap remove(const QString &connectionId);
    // Stores the secret in the OS keychain (asynchronous: secretStored follows).
    Q_INVOKABLE void setSecret(const QString &connectionId, const QString &secret);
    // When no keychain answers: keep the secret in memory for this session only (explicit opt-in).
    Q_INVOKABLE void setSessionSecret(const QString &connectionId, const QString &secret);
    Q_INVOKABLE void forgetSecret(const QString &connectionId);
    // "Test connection" (asynchronous: testFinished follows).
    Q_INVOKABLE void test(const QString &connectionId);
    // Asks the keychain once (keychainChanged follows).
    Q_INVOKABLE void probeKeychain();
    // Fetches a connection's remote catalog now / stops a running fetch (the last data stays).
    Q_INVOKABLE void syncCatalog(const QString &connectionId);
    Q_INVOKABLE void cancelCatalogSync(const QString &connectionId);
    QVariantMap catalogSyncs() const;

Q_SIGNALS:
    void catalogSyncsChanged();
    void connectionsChanged();
    void pluginChoicesChanged();
    void keychainChanged();
    void secretStored(const QString &connectionId, bool ok, const QString &message);
    void testFinished(const QString &connectionId, bool ok, const QString &message);

private:
    PluginHostServices *m_host;
    bool m_keychainAsked = false;
    QString m_keychainError;
};
