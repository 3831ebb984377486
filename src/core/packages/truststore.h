#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atrium::packages {

// A public key that plugin packages may be signed with (FORMATS.md §4).
struct TrustedKey
{
    enum class Source { Policy, User };
    Source source = Source::User;
    QString producer;      // who the key belongs to, as the admin or the user named it
    QByteArray publicKey;  // PEM SubjectPublicKeyInfo
    QString fingerprint;   // "AB12 CD34 ..." (16 groups)
    QString approved;      // ISO date the user approved it (user keys)
    QString file;          // the policy or key file it was read from
};

// The admin policy (ATRIUM_POLICY_FILE or /etc/atrium/policy.json) and the keys the user approved
// ($XDG_DATA_HOME/atrium/trusted-keys/<fingerprint>.json). A policy file that cannot be read or is
// invalid fails closed: no key is trusted, no user key may be approved, no developer mode.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(atrium::packages::TrustStore)

public:
    // Empty paths: the defaults below, read again at each load().
    explicit TrustStore(const QString &policyFile = QString(), const QString &userKeyDirectory = QString());

    static QString defaultPolicyFile();        // $ATRIUM_POLICY_FILE or /etc/atrium/policy.json
    static QString defaultUserKeyDirectory();  // GenericDataLocation/atrium/trusted-keys

    // Reads the policy and the user's keys (again). False when the policy is broken (policyError()).
    bool load();

    QString policyFile() const;
    QString userKeyDirectory() const;
    bool policyExists() const { return m_policyExists; }
    // Translated, names the file and what is wrong; empty when the policy is fine or missing.
    QString policyError() const { return m_policyError; }
    // User key files that were skipped (unreadable, invalid, or named after another key).
    QStringList warnings() const { return m_warnings; }

    bool allowUserKeys() const { return m_policyError.isEmpty() && m_allowUserKeys; }
    bool allowDeveloperMode() const { return m_policyError.isEmpty() && m_allowDeveloperMode; }

    // Every key read: the policy's first, then the user's (even when the policy forbids user keys;
    // isTrusted() decides).
    QList<TrustedKey> keys() const { return m_keys; }
    // By fingerprint, with or without spaces, any case. The policy's key wins over the user's.
    std::optional<TrustedKey> find(const QString &fingerprint) const;
    // True when a package signed with this key may be installed now.
    bool isTrusted(const QString &fingerprint) const;

    // Stores a user approval of `publicKeyPem` for `producer`. Fails (with a translated reason) when
    // the policy forbids user keys or is broken, the key is not Ed25519, or the file cannot be written.
    bool approve(const QByteArray &publicKeyPem, const QString &producer, QString *error = nullptr);
    // Deletes a user approval. Keys of the policy cannot be revoked here.
    bool revoke(const QString &fingerprint, QString *error = nullptr);

private:
    void loadPolicy();
    void loadUserKeys();

    QString m_policyFileOverride;
    QString m_userKeyDirectoryOverride;
    QString m_loadedPolicyFile;
    QString m_loadedUserKeyDirectory;
    bool m_policyExists = false;
    QString m_policyError;
    bool m_allowUserKeys = true;
    bool m_allowDeveloperMode = true;
    QList<TrustedKey> m_keys;
    QStringList m_warnings;
};

} // namespace atrium::packages
