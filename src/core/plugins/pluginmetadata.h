#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace atrium::plugins {

// One problem found in a plugin's metadata or package: which key, and what is wrong (translated).
struct MetadataProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString key;      // e.g. "producer.contact", "dependencies[1].version"
    QString message;  // e.g. "must be an e-mail address or an https:// URL"
};

struct PluginDependency
{
    QString id;
    QVersionNumber version;
};

struct CredentialSpec
{
    QString id;
    QString title;
    QString kind;     // bearer | header | basic
    QString header;   // for kind "header"
};

// The validated content of a plugin's metadata (src/sdk/FORMATS.md §1).
struct PluginMetadata
{
    Q_DECLARE_TR_FUNCTIONS(atrium::plugins::PluginMetadata)

public:
    QString id;
    QString name;
    QVersionNumber version;
    QString versionString;
    QVersionNumber compatVersion;
    int apiVersion = 0;
    QString producerTeam;
    QString producerContact;
    QString description;
    QStringList capabilities;
    QStringList hosts;
    QList<CredentialSpec> credentials;
    QList<PluginDependency> dependencies;
    QJsonObject connectionSchema;
    QStringList platforms;
    QJsonObject raw;  // the whole metadata object as read

    // True when this plugin can serve a dependent asking for `wanted`.
    bool provides(const QVersionNumber &wanted) const
    {
        return wanted >= compatVersion && wanted <= version;
    }

    // Parses and checks every key. Returns the problems (errors and warnings); the metadata is usable
    // when none of them is an error. `iid` is the Qt plugin IID found next to it ("" to skip).
    static PluginMetadata fromJson(const QJsonObject &object, QList<MetadataProblem> *problems);
    // Reads a plugin library's embedded metadata without loading it (QPluginLoader::metaData()),
    // checks the IID and the size, then calls fromJson.
    static PluginMetadata fromLibrary(const QString &libraryPath, QList<MetadataProblem> *problems);
};

// "key: message" lines, errors first.
QString describeProblems(const QList<MetadataProblem> &problems);
bool hasErrors(const QList<MetadataProblem> &problems);

// Checks a connection's settings against a connectionSchema (FORMATS.md §2). Returns problems keyed
// by the setting's name.
QList<MetadataProblem> validateSettings(const QJsonObject &schema, const QVariantMap &settings);

// The host's platform string, e.g. "linux-x86_64".
QString hostPlatform();

} // namespace atrium::plugins
