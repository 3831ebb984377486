#pragma once

#include "plugins/pluginmetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace atrium::packages {

class TrustStore;

// Why a package is refused (src/sdk/FORMATS.md §3 and §4).
enum class Refusal {
    None,
    NotAnArchive,      // not a readable ZIP (or an entry's data is corrupt)
    Oversize,          // over 256 MiB unpacked, over 1000 entries, manifest.json/signature.json over 1 MiB
    UnsafePath,        // absolute, "..", backslash, NUL; symlink, hardlink, device; an entry twice
    BadManifest,       // manifest.json missing, not JSON, wrong format, metadata failing §1
    Unsigned,          // no signature.json and not in developer mode
    BadSignature,      // signature.json unusable, or the signature does not verify
    UntrustedKey,      // signed with a key the trust store does not hold; the user may approve it
    Tampered,          // a listed file is missing or differs, or a file is not listed
    WrongApiVersion,   // manifest apiVersion is not the host's
    WrongPlatform,     // manifest platform is not the host's
    MissingDependency, // a dependency is not installed in a compatible version
    AlreadyInstalled,  // the same version is installed
    Downgrade,         // a newer version is installed
    PolicyForbids,     // the admin policy forbids it (unsigned packages, user-approved keys)
    PolicyBroken,      // the policy file cannot be read or is invalid: nothing is trusted
    IoError,           // the package cannot be read or the plugin folder written
};

// Stable names for scripts and the UI: "bad-signature", "untrusted-key", ...
QString refusalName(Refusal refusal);

struct PackageLimits
{
    static constexpr qint64 MaxUnpackedSize = 256 * 1024 * 1024;
    static constexpr int MaxEntries = 1000;
    static constexpr qint64 MaxJsonSize = 1024 * 1024;  // manifest.json, signature.json
};

// One entry of the manifest's "files".
struct PackageFile
{
    QString path;
    qint64 size = 0;
    QByteArray sha256;  // lower-case hex
};

// What reading and checking a package found. Filled as far as the checks got: a package refused
// for its key still has its id, producer and fingerprint, so the user can be asked to approve it.
struct PackageCheck
{
    Q_DECLARE_TR_FUNCTIONS(atrium::packages::PackageCheck)

public:
    Refusal refusal = Refusal::None;
    QString reason;           // translated: what is wrong and where (entry, key, file)
    bool ok() const { return refusal == Refusal::None; }

    QString file;             // the package, as given
    QByteArray manifestBytes; // exactly as signed
    QByteArray signatureBytes;
    QJsonObject manifest;

    QString id;
    QString version;
    QString platform;
    QString library;          // "lib/libx.so"
    QList<PackageFile> files;
    plugins::PluginMetadata metadata;
    QList<plugins::MetadataProblem> warnings; // metadata warnings (unknown keys, ...)

    bool isSigned = false;        // has signature.json
    bool signatureValid = false;  // ... and it verifies against its publicKey
    QByteArray publicKey;         // PEM, from signature.json
    QString fingerprint;          // "AB12 CD34 ..."
    QString producer;             // plugin.producer.team
    bool keyTrusted = false;      // the trust store holds the key (and may use it)
    QString trustedBy;            // "policy" or "user" when keyTrusted
    bool canApprove = false;      // UntrustedKey: the policy lets the user approve the key

    QString installedVersion;     // the version already installed (set by Installer::inspect)

    void refuse(Refusal why, const QString &text)
    {
        refusal = why;
        reason = text;
    }
};

// Reads the archive and checks everything that needs no context: structure and limits, entry
// paths, manifest.json, signature.json and its signature, API version, platform, metadata, and
// every file's size and SHA-256. Trust, dependencies and installed versions are checked elsewhere.
PackageCheck readPackage(const QString &path);

// Decides whether the (otherwise good) package may be installed by whom it is signed:
// PolicyBroken, PolicyForbids, Unsigned (outside developer mode) or UntrustedKey.
void checkTrust(PackageCheck &check, const TrustStore &trust, bool developerMode);

// Writes the listed files, manifest.json and signature.json of a checked package into `directory`
// (which must exist), checking every size and SHA-256 again and fsyncing each file and folder.
// Returns false with `check` refused (Tampered, IoError, ...) when anything differs or fails.
bool extractPackage(PackageCheck &check, const QString &directory);

// Orders semantic versions: negative, 0 or positive. A prerelease sorts before its release.
int compareVersions(const QString &a, const QString &b);

} // namespace atrium::packages
