#include "packages/installer.h"

#include "packages/signing.h"
#include "packages/truststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace atrium::packages {

namespace {

bool isPluginId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+([.-][a-z0-9]+)+$"));
    return id.size() >= 3 && id.size() <= 100 && pattern.match(id).hasMatch();
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool renamePath(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_DIRECTORY | O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A hidden sibling name in the plugin folder: discovery skips hidden folders.
QString hiddenSibling(const QDir &dir, const QString &id, const char *what)
{
    return dir.filePath(QStringLiteral(".%1.%2-%3")
                            .arg(id, QLatin1String(what))
                            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

} // namespace

Installer::Installer(TrustStore *trust, const QString &pluginDirectory)
    : m_trust(trust)
    , m_pluginDirectory(pluginDirectory)
{
}

QString Installer::pluginDirectory() const
{
    return m_pluginDirectory.isEmpty() ? plugins::PluginManager::userPluginDirectory() : m_pluginDirectory;
}

QList<plugins::PluginRecord> Installer::discoverPlugins()
{
    QString systemPath;
    plugins::PluginManager::Options options;
    options.searchPaths = plugins::PluginManager::defaultSearchPaths(&systemPath);
    options.systemPath = systemPath;
    // A path that cannot exist: the manager would otherwise consume the GUI's crash marker.
    options.crashMarkerPath = QStringLiteral("/dev/null/atrium-no-crash-marker");
    plugins::PluginManager manager(options);
    manager.discover();
    return manager.plugins();
}

QString Installer::installedVersion(const QString &id) const
{
    if (!isPluginId(id))
        return {};
    const QDir folder(QDir(pluginDirectory()).filePath(id));
    if (!folder.exists())
        return {};
    QFile manifest(folder.filePath(QStringLiteral("manifest.json")));
    if (manifest.open(QIODevice::ReadOnly) && manifest.size() <= PackageLimits::MaxJsonSize) {
        const QString version = QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("version")).toString();
        if (!version.isEmpty())
            return version;
    }
    // Copied in by hand: the library's embedded metadata.
    for (const QString &sub : {QString(), QStringLiteral("lib")}) {
        const QDir dir(sub.isEmpty() ? folder.path() : folder.filePath(sub));
        for (const QString &name : dir.entryList({QStringLiteral("*.so")}, QDir::Files)) {
            QList<plugins::MetadataProblem> problems;
            const plugins::PluginMetadata metadata = plugins::PluginMetadata::fromLibrary(dir.filePath(name), &problems);
            if (metadata.id == id && !metadata.versionString.isEmpty())
                return metadata.versionString;
        }
    }
    return {};
}

bool Installer::isInstalled(const QString &id) const
{
    return isPluginId(id) && QFileInfo(QDir(pluginDirectory()).filePath(id)).isDir();
}

bool Installer::checkDependencies(PackageCheck &check) const
{
    if (check.metadata.dependencies.isEmpty())
        return true;
    QList<plugins::PluginMetadata> available;
    if (m_lookup) {
        available = m_lookup();
    } else {
        for (const plugins::PluginRecord &record : discoverPlugins()) {
            if (record.state != plugins::PluginRecord::State::Invalid
                && record.state != plugins::PluginRecord::State::Removed)
                available.append(record.metadata);
        }
    }
    QStringList missing;
    for (const plugins::PluginDependency &dependency : std::as_const(check.metadata.dependencies)) {
        const plugins::PluginMetadata *sameId = nullptr;
        bool served = false;
        for (const plugins::PluginMetadata &plugin : std::as_const(available)) {
            if (plugin.id != dependency.id)
                continue;
            sameId = &plugin;
            if (plugin.provides(dependency.version)) {
                served = true;
                break;
            }
        }
        if (served)
            continue;
        missing.append(sameId ? tr("%1 %2 (installed: %3, which serves %4 to %3)")
                                    .arg(dependency.id, dependency.version.toString(), sameId->versionString,
                                         sameId->compatVersion.toString())
                              : tr("%1 %2 (not installed)").arg(dependency.id, dependency.version.toString()));
    }
    if (missing.isEmpty())
        return true;
    check.refuse(Refusal::MissingDependency, tr("%1 %2 needs plugins that are not installed in a compatible version: %3.")
                                                 .arg(check.id, check.version, missing.join(QStringLiteral("; "))));
    return false;
}

bool Installer::checkInstalledVersion(PackageCheck &check) const
{
    check.installedVersion = installedVersion(check.id);
    if (check.installedVersion.isEmpty())
        return true;
    const QString folder = QDir(pluginDirectory()).filePath(check.id);
    const int order = compareVersions(check.version, check.installedVersion);
    if (order == 0) {
        check.refuse(Refusal::AlreadyInstalled, tr("%1 %2 is already installed in %3.").arg(check.id, check.version, folder));
        return false;
    }
    if (order < 0) {
        check.refuse(Refusal::Downgrade, tr("%1 %2 is installed in %3; the package holds the older version %4. Remove "
                                            "the plugin first to go back to it.")
                                             .arg(check.id, check.installedVersion, folder, check.version));
        return false;
    }
    return true;
}

PackageCheck Installer::inspect(const QString &packagePath) const
{
    PackageCheck check = readPackage(packagePath);
    if (!check.ok()) {
        if (isPluginId(check.id))
            check.installedVersion = installedVersion(check.id);
        return check;
    }
    // Trust last: a package refused for its key alone installs once the key is approved.
    if (checkDependencies(check) && checkInstalledVersion(check))
        checkTrust(check, *m_trust, m_developerMode);
    return check;
}

InstallResult Installer::install(const QString &packagePath, bool approveKey)
{
    InstallResult result;
    result.check = inspect(packagePath);
    PackageCheck &check = result.check;
    if (check.refusal == Refusal::UntrustedKey && approveKey && check.canApprove) {
        QString error;
        if (!m_trust->approve(check.publicKey, check.producer, &error)) {
            check.refuse(Refusal::PolicyForbids, error);
            return result;
        }
        result.keyApproved = true;
        check = inspect(packagePath);
    }
    if (!check.ok())
        return result;

    const QDir dir(pluginDirectory());
    if (!dir.mkpath(QStringLiteral("."))) {
        check.refuse(Refusal::IoError, tr("Cannot create the plugin folder %1.").arg(dir.path()));
        return result;
    }
    QTemporaryDir staging(dir.filePath(QStringLiteral(".%1.installing-XXXXXX").arg(check.id)));
    if (!staging.isValid()) {
        check.refuse(Refusal::IoError, tr("Cannot create a temporary folder in %1: %2").arg(dir.path(), staging.errorString()));
        return result;
    }
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (!extractPackage(check, staging.path()))
        return result;

    const QString target = dir.filePath(check.id);
    QString aside;
    if (QFileInfo(target).exists() || QFileInfo(target).isSymLink()) {
        aside = hiddenSibling(dir, check.id, "old");
        if (!renamePath(target, aside)) {
            check.refuse(Refusal::IoError, tr("Cannot move the installed %1 aside (%2): %3").arg(target, aside, errnoText()));
            return result;
        }
    }
    if (!renamePath(staging.path(), target)) {
        const QString why = errnoText();
        if (!aside.isEmpty())
            renamePath(aside, target);
        check.refuse(Refusal::IoError, tr("Cannot move the unpacked plugin into %1: %2").arg(target, why));
        return result;
    }
    staging.setAutoRemove(false);
    syncFolder(dir.path());
    if (!aside.isEmpty()) {
        if (QFileInfo(aside).isSymLink())
            QFile::remove(aside);
        else
            QDir(aside).removeRecursively();
    }
    result.directory = target;
    result.previousVersion = check.installedVersion;
    return result;
}

bool Installer::remove(const QString &id, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isPluginId(id))
        return fail(tr("\"%1\" is not a plugin id.").arg(id));
    const QDir dir(pluginDirectory());
    const QString folder = dir.filePath(id);
    const QFileInfo info(folder);
    if (info.isSymLink()) {
        // A link put there by hand: remove the link, never what it points to.
        if (!QFile::remove(folder))
            return fail(tr("Cannot remove %1.").arg(folder));
        return true;
    }
    if (!info.isDir()) {
        for (const plugins::PluginRecord &record : discoverPlugins()) {
            if (record.id == id)
                return fail(tr("%1 was not installed from a package (it is in %2); only plugins in %3 can be removed.")
                                .arg(id, record.directory, dir.path()));
        }
        return fail(tr("No plugin %1 is installed in %2.").arg(id, dir.path()));
    }
    // Out of sight first, so that a half-deleted folder is never discovered.
    const QString aside = hiddenSibling(dir, id, "removing");
    if (!renamePath(folder, aside))
        return fail(tr("Cannot remove %1: %2").arg(folder, errnoText()));
    syncFolder(dir.path());
    if (!QDir(aside).removeRecursively())
        return fail(tr("Removed %1, but some of its files are left in %2.").arg(id, aside));
    return true;
}

QString Installer::signerFingerprint(const QString &libraryPath)
{
    QDir dir(QFileInfo(libraryPath).absolutePath());
    for (int up = 0; up < 2; ++up) {
        QFile file(dir.filePath(QStringLiteral("signature.json")));
        if (file.exists()) {
            if (file.size() > PackageLimits::MaxJsonSize || !file.open(QIODevice::ReadOnly))
                return {};
            const QJsonObject signature = QJsonDocument::fromJson(file.readAll()).object();
            return fingerprint(signature.value(QLatin1String("publicKey")).toString().toUtf8());
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace atrium::packages
