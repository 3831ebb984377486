#include "credentialstore.h"

#include "logging.h"
#include "net/redactor.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace atrium::credentials {

namespace {

using Error = CredentialResult::Error;

CredentialResult failure(Error error, const QString &message)
{
    CredentialResult result;
    result.error = error;
    result.message = message;
    return result;
}

CredentialResult success(const QByteArray &secret = {}, bool sessionOnly = false)
{
    CredentialResult result;
    result.ok = true;
    result.secret = secret;
    result.sessionOnly = sessionOnly;
    return result;
}

// QtKeychain reports a missing Secret Service / D-Bus session as OtherError with the D-Bus or
// libsecret message; those mean "no keychain" to the user.
bool looksLikeNoKeychain(const QString &text)
{
    static const char *const markers[] = {
        "D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "ServiceUnknown", "NoReply",
        "not provided by any .service files", "autolaunch", "Secret Service", "secret service",
        "No such interface", "kwalletd", "Disconnected", "Could not connect",
        "Object does not exist at path", // no default collection: the keyring was never set up
    };
    for (const char *marker : markers)
        if (text.contains(QLatin1String(marker)))
            return true;
    return false;
}

QString noKeychainMessage(const QString &detail)
{
    const QString base = CredentialStore::tr(
        "No keychain is available to store secrets. Atrium never writes secrets to files; you can keep "
        "this secret for this session only (it is forgotten when Atrium quits).");
    if (detail.isEmpty())
        return base;
    return base + QLatin1Char(' ') + CredentialStore::tr("Details: %1").arg(detail);
}

// Answers at once when nothing on the session bus can provide a keychain, instead of letting a
// job wait for the timeout. Unknown (e.g. the bus cannot list activatable names): let the job try.
bool keychainReachable(QString *why)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString error = bus.lastError().message();
        *why = error.isEmpty() ? CredentialStore::tr("there is no D-Bus session bus") : error;
        return false;
    }
    static const QStringList providers{
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
        QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd"),
    };
    QDBusConnectionInterface *daemon = bus.interface();
    for (const QString &name : providers)
        if (daemon->isServiceRegistered(name).value())
            return true;
    const QDBusReply<QStringList> activatable = daemon->call(QStringLiteral("ListActivatableNames"));
    if (!activatable.isValid())
        return true;
    for (const QString &name : providers)
        if (activatable.value().contains(name))
            return true;
    *why = CredentialStore::tr("nothing on the D-Bus session bus provides the Secret Service or KWallet");
    return false;
}

void deliver(QObject *context, const CredentialStore::Callback &done, const CredentialResult &result)
{
    if (!done || !context)
        return;
    QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::workspaceKey(const QString &workspaceName, const QString &atriumYamlAbsolutePath)
{
    const QByteArray path = QDir::cleanPath(atriumYamlAbsolutePath).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(8);
    return workspaceName + QLatin1Char('-') + QString::fromLatin1(digest);
}

QString CredentialStore::key(const QString &workspaceKey, const QString &connectionId, const QString &credentialId)
{
    return workspaceKey + QLatin1Char('/') + connectionId + QLatin1Char('/') + credentialId;
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    if (const auto it = m_sessionSecrets.constFind(key); it != m_sessionSecrets.cend()) {
        deliver(context, done, success(it.value(), true));
        return;
    }
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        deliver(context, done, success(it.value()));
        return;
    }
    runJob(Operation::Read, key, {}, context, std::move(done));
}

void CredentialStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    net::SecretRedactor::instance().add(secret);
    runJob(Operation::Write, key, secret, context, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    m_sessionSecrets.remove(key);
    m_cache.remove(key);
    runJob(Operation::Remove, key, {}, context, std::move(done));
}

CredentialStore::Fetcher CredentialStore::fetcher(const QString &key)
{
    QPointer<CredentialStore> self(this);
    return [self, key](QObject *context, std::function<void(bool, QByteArray, QString)> reply) {
        if (!self) {
            reply(false, {}, tr("The credential store is gone."));
            return;
        }
        self->read(key, context, [reply](const CredentialResult &result) {
            reply(result.ok, result.secret, result.message);
        });
    };
}

void CredentialStore::setSessionSecret(const QString &key, const QByteArray &secret)
{
    net::SecretRedactor::instance().add(secret);
    m_sessionSecrets.insert(key, secret);
    m_cache.remove(key);
}

bool CredentialStore::isSessionOnly(const QString &key) const
{
    return m_sessionSecrets.contains(key);
}

void CredentialStore::setKeychainAvailable(bool available)
{
    if (m_keychainAvailable == available)
        return;
    m_keychainAvailable = available;
    emit keychainAvailableChanged(available);
}

void CredentialStore::runJob(Operation operation, const QString &key, const QByteArray &secret,
                             QObject *context, Callback done)
{
    if (QString why; !keychainReachable(&why)) {
        setKeychainAvailable(false);
        deliver(context, done, failure(Error::NoKeychain, noKeychainMessage(why)));
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service());
        write->setBinaryData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);

    // Whichever comes first, the job's answer or the timeout, is the answer.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> target = context;
    const int timeoutMs = operation == Operation::Read ? m_timeoutMs : m_interactiveTimeoutMs;

    QTimer::singleShot(timeoutMs, this, [this, answered, target, done, key, timeoutMs] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcApp) << "keychain did not answer within" << timeoutMs << "ms for" << key;
        setKeychainAvailable(false);
        deliver(target, done,
                failure(Error::NoKeychain,
                        noKeychainMessage(tr("The keychain did not answer within %1 s.")
                                                      .arg(QLocale().toString(timeoutMs / 1000.0, 'g', 3)))));
    });

    connect(job, &QKeychain::Job::finished, this,
            [this, answered, target, done, operation, key, secret](QKeychain::Job *finished) {
                if (*answered)
                    return;
                *answered = true;
                const QKeychain::Error error = finished->error();
                const QString detail = finished->errorString();
                CredentialResult result;
                switch (error) {
                case QKeychain::NoError:
                    setKeychainAvailable(true);
                    if (operation == Operation::Read) {
                        const QByteArray value = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                        net::SecretRedactor::instance().add(value);
                        m_cache.insert(key, value);
                        result = success(value);
                    } else if (operation == Operation::Write) {
                        m_cache.insert(key, secret);
                        m_sessionSecrets.remove(key);
                        result = success();
                    } else {
                        result = success();
                    }
                    break;
                case QKeychain::EntryNotFound:
                    setKeychainAvailable(true);
                    result = operation == Operation::Remove
                        ? success()
                        : failure(Error::NotFound, tr("No secret is stored for %1.").arg(key));
                    break;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    result = failure(Error::AccessDenied,
                                     tr("Access to the keychain was denied: %1").arg(detail));
                    break;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    setKeychainAvailable(false);
                    result = failure(Error::NoKeychain, noKeychainMessage(detail));
                    break;
                case QKeychain::CouldNotDeleteEntry:
                case QKeychain::OtherError:
                    if (looksLikeNoKeychain(detail)) {
                        setKeychainAvailable(false);
                        result = failure(Error::NoKeychain, noKeychainMessage(detail));
                    } else {
                        result = failure(Error::Other, tr("The keychain reported an error: %1").arg(detail));
                    }
                    break;
                }
                if (!result.ok && result.error != Error::NotFound)
                    qCWarning(lcApp) << "keychain operation on" << key << "failed:" << detail;
                deliver(target, done, result);
            });
    job->start();
}

} // namespace atrium::credentials
