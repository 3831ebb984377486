#include "packages/truststore.h"

#include "packages/signing.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace atrium::packages {

namespace {

constexpr qint64 MaxPolicySize = 1024 * 1024;
constexpr qint64 MaxKeyFileSize = 64 * 1024;

TrustedKey makeKey(TrustedKey::Source source, const QString &producer, const QByteArray &pem, const QString &print,
                   const QString &file, const QString &approved = QString())
{
    return TrustedKey{source, producer, pem, print, approved, file};
}

} // namespace

TrustStore::TrustStore(const QString &policyFile, const QString &userKeyDirectory)
    : m_policyFileOverride(policyFile)
    , m_userKeyDirectoryOverride(userKeyDirectory)
{
}

QString TrustStore::defaultPolicyFile()
{
    const QString fromEnvironment = qEnvironmentVariable("ATRIUM_POLICY_FILE");
    return fromEnvironment.isEmpty() ? QStringLiteral("/etc/atrium/policy.json") : fromEnvironment;
}

QString TrustStore::defaultUserKeyDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/atrium/trusted-keys");
}

QString TrustStore::policyFile() const
{
    return m_policyFileOverride.isEmpty() ? defaultPolicyFile() : m_policyFileOverride;
}

QString TrustStore::userKeyDirectory() const
{
    return m_userKeyDirectoryOverride.isEmpty() ? defaultUserKeyDirectory() : m_userKeyDirectoryOverride;
}

bool TrustStore::load()
{
    m_loadedPolicyFile = policyFile();
    m_loadedUserKeyDirectory = userKeyDirectory();
    m_keys.clear();
    m_warnings.clear();
    m_policyError.clear();
    m_policyExists = false;
    m_allowUserKeys = true;
    m_allowDeveloperMode = true;
    loadPolicy();
    if (!m_policyError.isEmpty()) {
        // Fail closed: nothing is trusted while the admin's policy cannot be honoured.
        m_keys.clear();
        m_allowUserKeys = false;
        m_allowDeveloperMode = false;
        return false;
    }
    loadUserKeys();
    return true;
}

void TrustStore::loadPolicy()
{
    const QString path = m_loadedPolicyFile;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return; // no policy: no admin keys, user keys and developer mode allowed
    m_policyExists = true;

    const auto fail = [&](const QString &what) {
        m_policyError = tr("The plugin policy %1 is invalid: %2. No plugin package is trusted until it is fixed.")
                            .arg(path, what);
    };
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        m_policyError = tr("The plugin policy %1 cannot be read (%2). No plugin package is trusted until it is fixed.")
                            .arg(path, info.isFile() ? file.errorString() : tr("not a file"));
        return;
    }
    if (file.size() > MaxPolicySize) {
        fail(tr("it is larger than 1 MiB"));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("not valid JSON at offset %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        fail(tr("the file must hold a JSON object"));
        return;
    }
    const QJsonObject policy = document.object();

    for (const char *flag : {"allowUserKeys", "allowDeveloperMode"}) {
        const QJsonValue value = policy.value(QLatin1String(flag));
        if (!value.isUndefined() && !value.isBool()) {
            fail(tr("\"%1\" must be true or false").arg(QLatin1String(flag)));
            return;
        }
    }
    m_allowUserKeys = policy.value(QLatin1String("allowUserKeys")).toBool(true);
    m_allowDeveloperMode = policy.value(QLatin1String("allowDeveloperMode")).toBool(true);

    const QJsonValue trusted = policy.value(QLatin1String("trustedKeys"));
    if (trusted.isUndefined())
        return;
    if (!trusted.isArray()) {
        fail(tr("\"trustedKeys\" must be an array"));
        return;
    }
    const QJsonArray entries = trusted.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString key = QStringLiteral("trustedKeys[%1]").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject()) {
            fail(tr("\"%1\" must be an object with \"producer\" and \"publicKey\"").arg(key));
            return;
        }
        const QString producer = entry.value(QLatin1String("producer")).toString().trimmed();
        if (producer.isEmpty()) {
            fail(tr("\"%1.producer\" must be a non-empty string").arg(key));
            return;
        }
        const QByteArray pem = entry.value(QLatin1String("publicKey")).toString().toUtf8();
        const QString print = fingerprint(pem);
        if (print.isEmpty()) {
            fail(tr("\"%1.publicKey\" is not an Ed25519 public key in PEM form").arg(key));
            return;
        }
        m_keys.append(makeKey(TrustedKey::Source::Policy, producer, pem, print, path));
    }
}

void TrustStore::loadUserKeys()
{
    const QDir dir(m_loadedUserKeyDirectory);
    if (!dir.exists())
        return;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = info.absoluteFilePath();
        QFile file(path);
        if (info.size() > MaxKeyFileSize || !file.open(QIODevice::ReadOnly)) {
            m_warnings.append(tr("Skipped the trusted key %1: it cannot be read.").arg(path));
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const QByteArray pem = object.value(QLatin1String("publicKey")).toString().toUtf8();
        const QString print = fingerprint(pem);
        if (print.isEmpty()) {
            m_warnings.append(tr("Skipped the trusted key %1: it holds no Ed25519 public key.").arg(path));
            continue;
        }
        // The name is the fingerprint: a file copied in under another key's name is not honoured.
        if (info.completeBaseName().toUpper() != compactFingerprint(print)) {
            m_warnings.append(tr("Skipped the trusted key %1: its name does not match its key's fingerprint %2.")
                                  .arg(path, print));
            continue;
        }
        m_keys.append(makeKey(TrustedKey::Source::User, object.value(QLatin1String("producer")).toString(), pem, print,
                              path, object.value(QLatin1String("approved")).toString()));
    }
}

std::optional<TrustedKey> TrustStore::find(const QString &fingerprint) const
{
    const QString wanted = compactFingerprint(fingerprint);
    if (wanted.isEmpty())
        return std::nullopt;
    // Policy keys come first in m_keys.
    for (const TrustedKey &key : m_keys) {
        if (compactFingerprint(key.fingerprint) == wanted)
            return key;
    }
    return std::nullopt;
}

bool TrustStore::isTrusted(const QString &fingerprint) const
{
    if (!m_policyError.isEmpty())
        return false;
    const std::optional<TrustedKey> key = find(fingerprint);
    if (!key)
        return false;
    return key->source == TrustedKey::Source::Policy || m_allowUserKeys;
}

bool TrustStore::approve(const QByteArray &publicKeyPem, const QString &producer, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_policyError.isEmpty())
        return failWith(m_policyError);
    if (!m_allowUserKeys)
        return failWith(tr("The plugin policy %1 does not allow approving keys; ask your administrator to add "
                           "the key to the policy.")
                            .arg(m_loadedPolicyFile.isEmpty() ? policyFile() : m_loadedPolicyFile));
    const QString print = fingerprint(publicKeyPem);
    if (print.isEmpty())
        return failWith(tr("The key to approve is not an Ed25519 public key in PEM form."));

    const QString directory = m_loadedUserKeyDirectory.isEmpty() ? userKeyDirectory() : m_loadedUserKeyDirectory;
    if (!QDir().mkpath(directory))
        return failWith(tr("Cannot create the folder %1 for trusted keys.").arg(directory));
    const QString path = directory + QLatin1Char('/') + compactFingerprint(print) + QStringLiteral(".json");
    const QJsonObject object{
        {QStringLiteral("producer"), producer},
        {QStringLiteral("publicKey"), QString::fromUtf8(publicKeyPem)},
        {QStringLiteral("approved"), QDate::currentDate().toString(Qt::ISODate)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return failWith(tr("Cannot write the trusted key %1: %2").arg(path, file.errorString()));

    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [&](const TrustedKey &k) {
                                    return k.source == TrustedKey::Source::User && k.fingerprint == print;
                                }),
                 m_keys.end());
    m_keys.append(makeKey(TrustedKey::Source::User, producer, publicKeyPem, print, path,
                          object.value(QLatin1String("approved")).toString()));
    return true;
}

bool TrustStore::revoke(const QString &fingerprint, QString *error)
{
    const QString wanted = compactFingerprint(fingerprint);
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it) {
        if (it->source != TrustedKey::Source::User || compactFingerprint(it->fingerprint) != wanted)
            continue;
        if (QFile::exists(it->file) && !QFile::remove(it->file)) {
            if (error)
                *error = tr("Cannot delete the trusted key %1.").arg(it->file);
            return false;
        }
        m_keys.erase(it);
        return true;
    }
    if (error) {
        const std::optional<TrustedKey> policyKey = find(fingerprint);
        *error = policyKey ? tr("The key %1 is trusted by the plugin policy %2; only your administrator can remove it.")
                                 .arg(policyKey->fingerprint, policyKey->file)
                           : tr("No approved key has the fingerprint %1.").arg(fingerprint);
    }
    return false;
}

} // namespace atrium::packages
