#include "cli/plugincommand.h"

#include "packages/installer.h"
#include "packages/signing.h"
#include "packages/truststore.h"
#include "plugins/pluginmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>
#include <algorithm>
#include <functional>
#include <map>

using namespace atrium::packages;
using atrium::plugins::PluginManager;
using atrium::plugins::PluginRecord;

namespace atrium::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atrium::plugin)
};

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString usageLines()
{
    return Tr::tr("Usage: atrium plugin install FILE [--trust] [--developer-mode]\n"
                  "       atrium plugin list [--format human|json]\n"
                  "       atrium plugin enable ID\n"
                  "       atrium plugin disable ID\n"
                  "       atrium plugin remove ID\n"
                  "       atrium plugin trust FILE\n");
}

int usageError(const QString &command, const QString &message)
{
    print(stderr, QStringLiteral("atrium plugin%1: ").arg(command.isEmpty() ? QString() : QLatin1Char(' ') + command)
                     + message + QLatin1Char('\n') + usageLines()
                     + Tr::tr("Run `atrium plugin --help` for details.") + QLatin1Char('\n'));
    return 2;
}

int failure(const QString &command, const QString &message)
{
    print(stderr, QStringLiteral("atrium plugin %1: ").arg(command) + message + QLatin1Char('\n'));
    return 1;
}

QString helpText()
{
    QString text = usageLines() + QLatin1Char('\n');
    text += Tr::tr("Installs, lists, enables, disables and removes Atrium plugins in your plugin folder (%1), "
                   "and approves the keys plugin packages are signed with.")
                .arg(PluginManager::userPluginDirectory())
        + QStringLiteral("\n\n");
    text += Tr::tr("Commands:") + QLatin1Char('\n');
    const auto command = [&text](const QString &synopsis, const QString &what) {
        text += QStringLiteral("  ") + synopsis + QLatin1Char('\n') + QStringLiteral("      ") + what + QLatin1Char('\n');
    };
    command(QStringLiteral("install FILE [--trust] [--developer-mode]"),
            Tr::tr("Check and install a .atrium-plugin package (a newer version replaces the installed one). "
                   "--trust approves the package's key first; --developer-mode accepts an unsigned package "
                   "for this command when the policy allows it."));
    command(QStringLiteral("list [--format human|json]"), Tr::tr("Show every plugin Atrium finds, with its state."));
    command(QStringLiteral("enable ID"), Tr::tr("Load the plugin from the next start on."));
    command(QStringLiteral("disable ID"), Tr::tr("Do not load the plugin any more."));
    command(QStringLiteral("remove ID"), Tr::tr("Delete a plugin installed from a package."));
    command(QStringLiteral("trust FILE"), Tr::tr("Show who signed a package and the key's fingerprint, and approve the key."));
    text += QLatin1Char('\n')
        + Tr::tr("Exit code 0 when done, 1 when a package is refused or a command fails (the reason is on stderr), "
                 "2 on usage errors.")
        + QLatin1Char('\n');
    return text;
}

// Parses one command's options; returns -1 to go on, or the exit code.
int parseCommand(const QString &command, const QStringList &arguments, const QList<QCommandLineOption> &options,
                 int positionals, QCommandLineParser &parser)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOptions(options);
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("atrium")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, helpText());
        return 0;
    }
    const QStringList rest = parser.positionalArguments();
    if (rest.size() < positionals)
        return usageError(command, positionals == 1 && command == QLatin1String("install")
                                       ? Tr::tr("Give the package file to install.")
                                       : Tr::tr("Missing argument."));
    if (rest.size() > positionals)
        return usageError(command, Tr::tr("Unexpected argument: %1").arg(rest.at(positionals)));
    return -1;
}

QString keyDetails(const PackageCheck &check)
{
    return QStringLiteral("  ") + Tr::tr("Producer:    %1").arg(check.producer) + QLatin1Char('\n')
        + QStringLiteral("  ") + Tr::tr("Fingerprint: %1").arg(check.fingerprint) + QLatin1Char('\n');
}

bool developerModeFor(bool flag)
{
    return flag || QSettings().value(QStringLiteral("plugins/developerMode"), false).toBool();
}

int runInstall(const QStringList &arguments)
{
    const QCommandLineOption trustOption(QStringLiteral("trust"), Tr::tr("Approve the package's key first."));
    const QCommandLineOption developerOption(QStringLiteral("developer-mode"), Tr::tr("Accept an unsigned package."));
    QCommandLineParser parser;
    if (const int exit = parseCommand(QStringLiteral("install"), arguments, {trustOption, developerOption}, 1, parser);
        exit >= 0)
        return exit;
    const QString file = parser.positionalArguments().constFirst();

    TrustStore trust;
    trust.load();
    Installer installer(&trust);
    installer.setDeveloperMode(developerModeFor(parser.isSet(developerOption)));
    const InstallResult result = installer.install(file, parser.isSet(trustOption));
    const PackageCheck &check = result.check;
    if (result.keyApproved)
        print(stdout, Tr::tr("Approved the key of %1 (%2).").arg(check.producer, check.fingerprint) + QLatin1Char('\n'));
    if (!result.ok()) {
        QString message = check.reason;
        if (check.refusal == Refusal::UntrustedKey) {
            message += QLatin1Char('\n') + keyDetails(check)
                + Tr::tr("Compare the fingerprint with the one %1 publishes. If they match, approve the key and "
                         "install with:")
                      .arg(check.producer)
                + QLatin1Char('\n') + QStringLiteral("  atrium plugin install %1 --trust").arg(file);
        } else if (check.refusal == Refusal::Unsigned) {
            message += QLatin1Char('\n') + Tr::tr("To install it anyway, add --developer-mode.");
        }
        return failure(QStringLiteral("install"), message);
    }
    for (const auto &warning : check.warnings)
        print(stderr, Tr::tr("warning: %1: %2").arg(warning.key, warning.message) + QLatin1Char('\n'));
    const QString name = check.metadata.name.isEmpty() ? check.id : check.metadata.name;
    print(stdout, (result.previousVersion.isEmpty()
                      ? Tr::tr("Installed %1 %2 (%3) into %4.").arg(check.id, check.version, name, result.directory)
                      : Tr::tr("Upgraded %1 from %2 to %3 in %4.")
                            .arg(check.id, result.previousVersion, check.version, result.directory))
                     + QLatin1Char('\n') + Tr::tr("Atrium loads it the next time it starts.") + QLatin1Char('\n'));
    return 0;
}

int runTrust(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int exit = parseCommand(QStringLiteral("trust"), arguments, {}, 1, parser); exit >= 0)
        return exit;
    const QString file = parser.positionalArguments().constFirst();
    TrustStore trust;
    trust.load();
    const PackageCheck check = readPackage(file);
    if (!check.isSigned && check.refusal == Refusal::None)
        return failure(QStringLiteral("trust"), Tr::tr("The package %1 is not signed: there is no key to approve.").arg(file));
    if (!check.signatureValid)
        return failure(QStringLiteral("trust"), check.reason.isEmpty()
                                                    ? Tr::tr("The package %1 has no valid signature.").arg(file)
                                                    : check.reason);
    print(stdout, Tr::tr("%1 is signed by:").arg(file) + QLatin1Char('\n') + keyDetails(check));
    if (trust.isTrusted(check.fingerprint)) {
        const bool byPolicy = trust.find(check.fingerprint)->source == TrustedKey::Source::Policy;
        print(stdout, (byPolicy ? Tr::tr("The key is already trusted by the plugin policy %1.").arg(trust.policyFile())
                               : Tr::tr("You have already approved this key."))
                         + QLatin1Char('\n'));
        return 0;
    }
    QString error;
    if (!trust.approve(check.publicKey, check.producer, &error))
        return failure(QStringLiteral("trust"), error);
    print(stdout, Tr::tr("Approved. Packages signed with this key can now be installed.") + QLatin1Char('\n'));
    if (!check.ok())
        print(stderr, Tr::tr("Note: this package itself is still refused: %1").arg(check.reason) + QLatin1Char('\n'));
    return 0;
}

QString originName(PluginRecord::Origin origin)
{
    switch (origin) {
    case PluginRecord::Origin::Development: return QStringLiteral("development");
    case PluginRecord::Origin::User: return QStringLiteral("user");
    case PluginRecord::Origin::System: return QStringLiteral("system");
    }
    return {};
}


int runList(const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: human (default) or json."),
                                    Tr::tr("FORMAT"), QStringLiteral("human"));
    QCommandLineParser parser;
    if (const int exit = parseCommand(QStringLiteral("list"), arguments, {format}, 0, parser); exit >= 0)
        return exit;
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("human") && formatName != QLatin1String("json"))
        return usageError(QStringLiteral("list"), Tr::tr("Unknown format \"%1\": use human or json.").arg(formatName));

    TrustStore trust;
    if (!trust.load())
        print(stderr, Tr::tr("warning: %1").arg(trust.policyError()) + QLatin1Char('\n'));
    const QList<PluginRecord> records = Installer::discoverPlugins();

    if (formatName == QLatin1String("json")) {
        QJsonArray array;
        for (const PluginRecord &r : records) {
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("name"), r.metadata.name},
                {QStringLiteral("version"), r.metadata.versionString},
                {QStringLiteral("state"), plugins::stateName(r.state)},
                {QStringLiteral("enabled"), PluginManager::isEnabledInSettings(r.id)},
                {QStringLiteral("origin"), originName(r.origin)},
                {QStringLiteral("producer"), r.metadata.producerTeam},
                {QStringLiteral("capabilities"), QJsonArray::fromStringList(r.metadata.capabilities)},
                {QStringLiteral("library"), r.libraryPath},
                {QStringLiteral("signer"), r.origin == PluginRecord::Origin::User
                                               ? Installer::signerFingerprint(r.libraryPath) : QString()},
                {QStringLiteral("error"), r.error},
            });
        }
        print(stdout, QString::fromUtf8(QJsonDocument(array).toJson()));
        return 0;
    }
    if (records.isEmpty()) {
        print(stdout, Tr::tr("No plugins found. Install one with `atrium plugin install FILE`.") + QLatin1Char('\n'));
        return 0;
    }
    // Columns as wide as their longest cell.
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("VERSION"), Tr::tr("STATE"), Tr::tr("ORIGIN"), Tr::tr("NAME")}};
    for (const PluginRecord &r : records)
        rows.append({r.id, r.metadata.versionString, plugins::stateName(r.state), originName(r.origin), r.metadata.name});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out += line.trimmed() + QLatin1Char('\n');
    }
    for (const PluginRecord &r : records) {
        if (!r.error.isEmpty())
            out += QStringLiteral("%1: %2\n").arg(r.id, r.error);
    }
    print(stdout, out);
    return 0;
}

int runEnable(const QStringList &arguments, bool enable)
{
    const QString command = enable ? QStringLiteral("enable") : QStringLiteral("disable");
    QCommandLineParser parser;
    if (const int exit = parseCommand(command, arguments, {}, 1, parser); exit >= 0)
        return exit;
    const QString id = parser.positionalArguments().constFirst();
    const QList<PluginRecord> records = Installer::discoverPlugins();
    const bool known = std::any_of(records.cbegin(), records.cend(), [&](const PluginRecord &r) { return r.id == id; });
    if (!known)
        return failure(command, Tr::tr("No plugin %1 is installed. `atrium plugin list` shows the plugins there are.").arg(id));
    PluginManager::setEnabledInSettings(id, enable);
    print(stdout, (enable ? Tr::tr("Enabled %1; Atrium loads it the next time it starts.").arg(id)
                         : Tr::tr("Disabled %1; Atrium no longer loads it from the next start on.").arg(id))
                     + QLatin1Char('\n'));
    return 0;
}

int runRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int exit = parseCommand(QStringLiteral("remove"), arguments, {}, 1, parser); exit >= 0)
        return exit;
    const QString id = parser.positionalArguments().constFirst();
    TrustStore trust;
    trust.load();
    Installer installer(&trust);
    QString error;
    if (!installer.remove(id, &error))
        return failure(QStringLiteral("remove"), error);
    print(stdout, Tr::tr("Removed %1 from %2.").arg(id, installer.pluginDirectory()) + QLatin1Char('\n'));
    return 0;
}

} // namespace

int runPlugin(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QString(), Tr::tr("Give a command."));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        print(stdout, helpText());
        return 0;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("install"), runInstall},
        {QStringLiteral("list"), runList},
        {QStringLiteral("enable"), [](const QStringList &a) { return runEnable(a, true); }},
        {QStringLiteral("disable"), [](const QStringList &a) { return runEnable(a, false); }},
        {QStringLiteral("remove"), runRemove},
        {QStringLiteral("trust"), runTrust},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(QString(), Tr::tr("Unknown command \"%1\".").arg(command));
    return it->second(rest);
}

} // namespace atrium::app
