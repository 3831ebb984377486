// PluginHostServices: installing, upgrading and removing plugin packages from the UI.

#include "pluginhostservices.h"

#include "packages/installer.h"
#include "packages/package.h"
#include "packages/signing.h"
#include "packages/truststore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace atrium;

namespace {

QList<plugins::PluginMetadata> availablePlugins(const plugins::PluginManager *manager)
{
    QList<plugins::PluginMetadata> list;
    for (const auto &record : manager->plugins())
        if (record.state != plugins::PluginRecord::State::Invalid && record.state != plugins::PluginRecord::State::Removed)
            list.append(record.metadata);
    return list;
}

QVariantMap checkMap(const packages::PackageCheck &check)
{
    return {{QStringLiteral("ok"), check.ok()},
            {QStringLiteral("refusal"), packages::refusalName(check.refusal)},
            {QStringLiteral("reason"), check.reason},
            {QStringLiteral("id"), check.id},
            {QStringLiteral("name"), check.metadata.name},
            {QStringLiteral("version"), check.version},
            {QStringLiteral("producer"), check.producer},
            {QStringLiteral("fingerprint"), check.fingerprint},
            {QStringLiteral("signed"), check.isSigned},
            {QStringLiteral("needsApproval"), check.refusal == packages::Refusal::UntrustedKey},
            {QStringLiteral("canApprove"), check.canApprove},
            {QStringLiteral("installedVersion"), check.installedVersion},
            {QStringLiteral("file"), check.file}};
}

} // namespace

QVariantMap PluginHostServices::inspectPackage(const QString &path) const
{
    m_trust->load();
    packages::Installer installer(m_trust.get());
    installer.setDeveloperMode(developerMode());
    installer.setPluginLookup([this] { return availablePlugins(m_manager.get()); });
    return checkMap(installer.inspect(path));
}

QVariantMap PluginHostServices::installPackage(const QString &path, bool approveKey)
{
    m_trust->load();
    packages::Installer installer(m_trust.get());
    installer.setDeveloperMode(developerMode());
    installer.setPluginLookup([this] { return availablePlugins(m_manager.get()); });
    const packages::InstallResult result = installer.install(path, approveKey);
    if (result.keyApproved)
        reloadTrustStore();
    if (!result.ok())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), result.check.reason}, {QStringLiteral("id"), result.check.id}};

    const QString id = result.check.id;
    const auto *before = plugin(id);
    const bool wasLoaded = before && before->state == plugins::PluginRecord::State::Loaded;
    // New panels appear without a restart: the manager finds and loads the new plugin now.
    m_manager->rescan();
    const auto *after = plugin(id);
    QString message;
    if (wasLoaded && !result.previousVersion.isEmpty())
        message = tr("%1 %2 is installed. Restart Atrium to use it; %3 keeps running until then.")
                      .arg(result.check.metadata.name, result.check.version, result.previousVersion);
    else if (after && after->state == plugins::PluginRecord::State::Loaded)
        message = tr("%1 %2 is installed and running.").arg(result.check.metadata.name, result.check.version);
    else
        message = tr("%1 %2 is installed but did not start: %3")
                      .arg(result.check.metadata.name, result.check.version, after ? after->error : tr("it was not found after installing"));
    Q_EMIT notification(after && after->state == plugins::PluginRecord::State::Loaded ? QStringLiteral("success") : QStringLiteral("warning"),
                        tr("Plugin installed"), message);
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}, {QStringLiteral("id"), id}};
}

QVariantMap PluginHostServices::removePlugin(const QString &pluginId)
{
    const auto *record = plugin(pluginId);
    const QString userDir = plugins::PluginManager::userPluginDirectory();
    if (!record || record->origin != plugins::PluginRecord::Origin::User || !record->libraryPath.startsWith(userDir))
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("message"), tr("%1 was not installed from a package here, so it cannot be removed here.").arg(pluginId)}};
    const QString name = record->metadata.name.isEmpty() ? pluginId : record->metadata.name;
    // Its panels go and it shuts down first; the library stays mapped until Atrium quits.
    m_manager->markRemoved(pluginId);
    packages::TrustStore trust;
    packages::Installer installer(&trust);
    QString error;
    if (!installer.remove(pluginId, &error))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), error}};
    m_manager->rescan();
    const QString message = tr("%1 is removed.").arg(name);
    Q_EMIT notification(QStringLiteral("success"), tr("Plugin removed"), message);
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}};
}

QString PluginHostServices::signerOf(const plugins::PluginRecord &record) const
{
    const QString fp = packages::Installer::signerFingerprint(record.libraryPath);
    if (fp.isEmpty())
        return {};
    const auto key = m_trust->find(fp);
    return key ? QStringLiteral("%1 — %2").arg(key->producer, fp) : tr("Untrusted key %1").arg(fp);
}
