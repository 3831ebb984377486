#pragma once

#include "packages/package.h"
#include "plugins/pluginmanager.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace atrium::packages {

class TrustStore;

struct InstallResult
{
    PackageCheck check;        // refusal and reason when it failed
    QString directory;         // <plugin dir>/<id> once installed
    QString previousVersion;   // the version it replaced ("" for a new install)
    bool keyApproved = false;  // the package's key was approved on the way
    bool ok() const { return check.ok(); }
};

// Checks, installs, upgrades and removes .atrium-plugin packages in the user's plugin folder
// ($XDG_DATA_HOME/atrium/plugins, FORMATS.md §3).
class Installer
{
    Q_DECLARE_TR_FUNCTIONS(atrium::packages::Installer)

public:
    // The plugins that dependencies are checked against.
    using PluginLookup = std::function<QList<plugins::PluginMetadata>()>;

    // `trust` must outlive the installer; it is used as loaded (call load() to re-read it).
    // An empty `pluginDirectory` is PluginManager::userPluginDirectory() at each call.
    explicit Installer(TrustStore *trust, const QString &pluginDirectory = QString());

    QString pluginDirectory() const;
    // Unsigned packages are accepted in developer mode (never when the policy forbids it).
    void setDeveloperMode(bool on) { m_developerMode = on; }
    bool developerMode() const { return m_developerMode; }
    // Default: the valid plugins that discovery finds (discoverPlugins()).
    void setPluginLookup(PluginLookup lookup) { m_lookup = std::move(lookup); }

    // Every check, including trust, dependencies and the installed version; writes nothing.
    PackageCheck inspect(const QString &packagePath) const;
    // inspect(), then unpack into a hidden temporary sibling folder, fsync, and rename it into
    // <dir>/<id>. An upgrade (higher version) moves the old folder aside and deletes it after.
    // With `approveKey`, a package refused only for its untrusted key has the key approved first.
    InstallResult install(const QString &packagePath, bool approveKey = false);
    // Deletes <dir>/<id>. Only plugins installed into the user's folder can be removed.
    bool remove(const QString &id, QString *error = nullptr);

    // The version in <dir>/<id> (its manifest.json, else its library's metadata); "" if none.
    QString installedVersion(const QString &id) const;
    bool isInstalled(const QString &id) const;

    // Discovers without loading, from the default search paths (FORMATS.md §5), leaving the
    // crash guard's marker alone. For dependency checks and `atrium plugin list`.
    static QList<plugins::PluginRecord> discoverPlugins();
    // The fingerprint of the key an installed package was signed with, read from the signature.json
    // kept in the library's folder or the one above it; "" when unsigned or not from a package.
    static QString signerFingerprint(const QString &libraryPath);

private:
    bool checkDependencies(PackageCheck &check) const;
    bool checkInstalledVersion(PackageCheck &check) const;

    TrustStore *m_trust;
    QString m_pluginDirectory;
    bool m_developerMode = false;
    PluginLookup m_lookup;
};

} // namespace atrium::packages
