#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace atrium::credentials {

struct CredentialResult
{
    enum class Error { None, NotFound, NoKeychain, AccessDenied, Other };

    bool ok = false;
    QByteArray secret;        // read: the secret; write/remove: empty
    Error error = Error::None;
    QString message;          // translated; empty when ok
    bool sessionOnly = false; // read: the secret comes from setSessionSecret()
};

// Secrets of connections, kept in the OS keychain (QtKeychain, service "atrium"). Never falls back
// to a file: when no keychain answers, the caller may keep a secret for this process only with
// setSessionSecret(). Every secret read or written is registered with the SecretRedactor.
// Use from one thread (the one the store lives in); callbacks run on their context's thread.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString service() { return QStringLiteral("atrium"); }
    // FORMATS.md §2: "<metadata.name>-<first 8 hex digits of SHA-256 of the absolute atrium.yaml path>".
    static QString workspaceKey(const QString &workspaceName, const QString &atriumYamlAbsolutePath);
    // FORMATS.md §2: "<workspace-key>/<connection-id>/<credential-id>".
    static QString key(const QString &workspaceKey, const QString &connectionId, const QString &credentialId);

    // Asynchronous; `done` runs exactly once on `context`'s thread, never inside the call, and not
    // at all when `context` is destroyed first.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // A credential fetcher for net::HostHttpClient that reads `key` (session secret, cache, keychain).
    using Fetcher = std::function<void(QObject *context,
                                       std::function<void(bool ok, QByteArray secret, QString error)> reply)>;
    Fetcher fetcher(const QString &key);

    // Keeps a secret in memory for this process only (when no keychain is available).
    void setSessionSecret(const QString &key, const QByteArray &secret);
    bool isSessionOnly(const QString &key) const;

    // How long a read may take before the store reports NoKeychain (default 30 s), and a write or
    // remove, which the user starts and which may wait for the keychain's own password prompt
    // (creating or unlocking a keyring; default 120 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setInteractiveTimeoutMs(int ms) { m_interactiveTimeoutMs = ms; }
    int interactiveTimeoutMs() const { return m_interactiveTimeoutMs; }

    // False once a keychain operation reported that no keychain is available (until one succeeds).
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    void keychainAvailableChanged(bool available);

private:
    enum class Operation { Read, Write, Remove };
    void runJob(Operation operation, const QString &key, const QByteArray &secret, QObject *context,
                Callback done);
    void setKeychainAvailable(bool available);

    QHash<QString, QByteArray> m_sessionSecrets;
    QHash<QString, QByteArray> m_cache; // secrets read or written this session
    int m_timeoutMs = 30000;
    int m_interactiveTimeoutMs = 120000;
    bool m_keychainAvailable = true;
};

} // namespace atrium::credentials
