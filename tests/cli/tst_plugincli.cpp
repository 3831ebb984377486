// `atrium plugin install|list|enable|disable|remove|trust`, run as the real binary on real packages
// built and signed at test time (tests/core/packages/packagetestkit.h), in a throwaway XDG home.

#include "packages/signing.h"
#include "clirun.h"
#include "packagetestkit.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace packagetest;

namespace {

CliRun runAtrium(const QStringList &arguments)
{
    return runAtriumBinary(QStringList{QStringLiteral("plugin")} + arguments);
}

#define QVERIFY_CONTAINS(haystack, needle)                                                                             \
    QVERIFY2(QString::fromUtf8(haystack).contains(needle),                                                          \
             qPrintable(QStringLiteral("\"%1\" not in: %2").arg(needle, QString::fromUtf8(haystack))))

} // namespace

class TestPluginCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void usageErrorsExitTwo();
    void helpNamesEveryCommand();
    void listWithNothingInstalled();
    void anUntrustedKeyIsRefusedWithItsFingerprint();
    void refusedPackagesSayWhyAndInstallNothing_data();
    void refusedPackagesSayWhyAndInstallNothing();
    void installWithTrustThenListEnableDisableRemove();
    void upgradeAndVersionChecks();
    void unsignedOnlyInDeveloperMode();
    void trustApprovesAKeyOnce();

private:
    QString pluginFolder(const QString &id) const { return m_home.filePath(QStringLiteral("data/atrium/plugins/") + id); }
    QJsonArray listJson();
    // The version in the installed package's manifest. (Both packages of this test carry the same
    // library, whose embedded metadata says 1.0.0; the manifest is what the installer compares.)
    QString installedVersion() const
    {
        QFile file(pluginFolder(QStringLiteral("fixture.packaged")) + QStringLiteral("/manifest.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("version")).toString();
    }

    QTemporaryDir m_workDir;
    QTemporaryDir m_homeDir;
    QDir m_home;
    std::unique_ptr<PackageKit> m_kit;
    QString m_key;
    QString m_fingerprint;
    QString m_signed;
    QString m_signed2;
};

void TestPluginCli::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    m_kit = std::make_unique<PackageKit>(m_workDir.path());
    m_key = m_kit->makeKey(QStringLiteral("producer"));
    QVERIFY(!m_key.isEmpty());
    m_fingerprint = atrium::packages::fingerprint(PackageKit::publicKeyPem(m_key));
    QCOMPARE(m_fingerprint.split(QLatin1Char(' ')).size(), 16);
    m_signed = m_kit->build(QStringLiteral("signed"), PackageKit::metadata(), m_key);
    m_signed2 = m_kit->build(QStringLiteral("signed2"), PackageKit::metadata(QStringLiteral("2.0.0")), m_key);
    QVERIFY(!m_signed.isEmpty() && !m_signed2.isEmpty());
}

// Every test starts from an empty user: no plugins, no approved keys, no settings, no policy.
void TestPluginCli::init()
{
    QVERIFY(m_homeDir.isValid());
    m_home.setPath(m_homeDir.path());
    QVERIFY(m_home.removeRecursively());
    QVERIFY(m_home.mkpath(QStringLiteral("empty")));
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("ATRIUM_POLICY_FILE", m_home.filePath(QStringLiteral("no-policy.json")).toLocal8Bit());
    // Only the user's folder (and the system one, which a test machine does not have) are searched.
    qputenv("ATRIUM_PLUGIN_PATH", m_home.filePath(QStringLiteral("empty")).toLocal8Bit());
}

QJsonArray TestPluginCli::listJson()
{
    const CliRun run = runAtrium({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode != 0)
        qWarning("plugin list failed: %s", run.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("plugin list printed no JSON array: %s", run.out.constData());
    return doc.array();
}

void TestPluginCli::usageErrorsExitTwo()
{
    const QList<QStringList> cases{{},
                                   {QStringLiteral("frobnicate")},
                                   {QStringLiteral("install")},
                                   {QStringLiteral("install"), QStringLiteral("a"), QStringLiteral("b")},
                                   {QStringLiteral("remove")},
                                   {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")},
                                   {QStringLiteral("list"), QStringLiteral("--no-such-option")}};
    for (const QStringList &arguments : cases) {
        const CliRun run = runAtrium(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" exited with %1").arg(run.exitCode)));
        QVERIFY_CONTAINS(run.err, QStringLiteral("Usage: atrium plugin"));
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY_CONTAINS(runAtrium({QStringLiteral("frobnicate")}).err, QStringLiteral("frobnicate"));
    QVERIFY_CONTAINS(runAtrium({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).err,
                     QStringLiteral("xml"));
}

void TestPluginCli::helpNamesEveryCommand()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("install"), QStringLiteral("--help")}}) {
        const CliRun run = runAtrium(arguments);
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"install FILE", "list", "enable ID", "disable ID", "remove ID", "trust FILE", "--trust",
                                    "--developer-mode"})
            QVERIFY_CONTAINS(run.out, QString::fromLatin1(command));
        QVERIFY_CONTAINS(run.out, m_home.filePath(QStringLiteral("data/atrium/plugins")));
    }
}

void TestPluginCli::listWithNothingInstalled()
{
    const CliRun human = runAtrium({QStringLiteral("list")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY_CONTAINS(human.out, QStringLiteral("No plugins found"));
    QCOMPARE(listJson().size(), 0);
}

void TestPluginCli::anUntrustedKeyIsRefusedWithItsFingerprint()
{
    const CliRun run = runAtrium({QStringLiteral("install"), m_signed});
    QCOMPARE(run.exitCode, 1);
    QVERIFY_CONTAINS(run.err, m_fingerprint);
    QVERIFY_CONTAINS(run.err, QStringLiteral("Atrium package tests")); // the producer it claims to be
    QVERIFY_CONTAINS(run.err, QStringLiteral("atrium plugin install %1 --trust").arg(m_signed));
    QVERIFY(!QFileInfo::exists(pluginFolder(QStringLiteral("fixture.packaged"))));
    QCOMPARE(listJson().size(), 0);
}

void TestPluginCli::refusedPackagesSayWhyAndInstallNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("tampered library") << QStringLiteral("tampered") << QStringList{libraryEntryName(), QStringLiteral("SHA-256")};
    QTest::newRow("bad signature") << QStringLiteral("badSignature") << QStringList{QStringLiteral("signature")};
    QTest::newRow("path traversal") << QStringLiteral("traversal") << QStringList{QStringLiteral("../evil.so")};
    QTest::newRow("wrong API version") << QStringLiteral("api") << QStringList{QStringLiteral("API")};
    QTest::newRow("wrong platform") << QStringLiteral("platform") << QStringList{QStringLiteral("windows-x86_64")};
    QTest::newRow("missing dependency") << QStringLiteral("dependency") << QStringList{QStringLiteral("dev.nowhere.base")};
    QTest::newRow("not a package") << QStringLiteral("text") << QStringList{QStringLiteral("ZIP")};
}

void TestPluginCli::refusedPackagesSayWhyAndInstallNothing()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, named);
    QString package;
    if (kind == QLatin1String("tampered")) {
        package = m_kit->rewrite(m_signed, kind, [](QList<ZipEntry> &entries) {
            ZipEntry *library = findEntry(entries, libraryEntryName().toUtf8());
            library->data[library->data.size() / 2] = char(library->data[library->data.size() / 2] ^ 0x20);
        });
    } else if (kind == QLatin1String("badSignature")) {
        // Signed by another key than the one signature.json names.
        const QString other = m_kit->makeKey(QStringLiteral("other"));
        package = m_kit->rewrite(m_signed, kind, [&](QList<ZipEntry> &entries) {
            ZipEntry *manifest = findEntry(entries, "manifest.json");
            ZipEntry *signature = findEntry(entries, "signature.json");
            QJsonObject object = QJsonDocument::fromJson(m_kit->signatureJson(other, manifest->data)).object();
            object.insert(QStringLiteral("publicKey"), QString::fromLatin1(PackageKit::publicKeyPem(m_key)));
            signature->data = QJsonDocument(object).toJson();
        });
    } else if (kind == QLatin1String("traversal")) {
        package = m_kit->rewrite(m_signed, kind, [](QList<ZipEntry> &entries) { entries.append(ZipEntry{"../evil.so", "x", ZipEntry::Kind::File, {}}); });
    } else if (kind == QLatin1String("api")) {
        QJsonObject metadata = PackageKit::metadata();
        metadata.insert(QStringLiteral("apiVersion"), 99);
        package = m_kit->build(kind, metadata, m_key);
    } else if (kind == QLatin1String("platform")) {
        package = m_kit->build(kind, PackageKit::metadata(), m_key, QStringLiteral("windows-x86_64"));
    } else if (kind == QLatin1String("dependency")) {
        QJsonObject metadata = PackageKit::metadata();
        metadata.insert(QStringLiteral("dependencies"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("dev.nowhere.base")},
                                               {QStringLiteral("version"), QStringLiteral("1.0.0")}}});
        package = m_kit->build(kind, metadata, m_key);
    } else {
        package = m_kit->path(QStringLiteral("text.atrium-plugin"));
        QFile file(package);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("this is not a plugin package\n");
    }
    QVERIFY(!package.isEmpty());

    // --trust approves a key; it never makes a broken package acceptable.
    const CliRun run = runAtrium({QStringLiteral("install"), package, QStringLiteral("--trust")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty() || !run.out.contains("Installed"));
    QVERIFY_CONTAINS(run.err, QStringLiteral("atrium plugin install: "));
    for (const QString &needle : named)
        QVERIFY_CONTAINS(run.err, needle);
    QVERIFY(!QFileInfo::exists(pluginFolder(QStringLiteral("fixture.packaged"))));
    QCOMPARE(listJson().size(), 0);
}

void TestPluginCli::installWithTrustThenListEnableDisableRemove()
{
    const CliRun install = runAtrium({QStringLiteral("install"), m_signed, QStringLiteral("--trust")});
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QVERIFY_CONTAINS(install.out, QStringLiteral("Approved the key of Atrium package tests (%1)").arg(m_fingerprint));
    QVERIFY_CONTAINS(install.out, QStringLiteral("Installed fixture.packaged 1.0.0"));
    QVERIFY(QFileInfo(pluginFolder(QStringLiteral("fixture.packaged")) + QStringLiteral("/manifest.json")).isFile());

    QJsonArray list = listJson();
    QCOMPARE(list.size(), 1);
    QJsonObject entry = list.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), QStringLiteral("fixture.packaged"));
    QCOMPARE(entry.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(entry.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    QCOMPARE(entry.value(QStringLiteral("signer")).toString(), m_fingerprint);
    QCOMPARE(entry.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(entry.value(QStringLiteral("error")).toString(), QString());

    const CliRun human = runAtrium({QStringLiteral("list")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.startsWith("ID"));
    QVERIFY_CONTAINS(human.out, QStringLiteral("fixture.packaged"));
    QVERIFY_CONTAINS(human.out, QStringLiteral("Packaged fixture"));

    QCOMPARE(runAtrium({QStringLiteral("disable"), QStringLiteral("fixture.packaged")}).exitCode, 0);
    QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(runAtrium({QStringLiteral("enable"), QStringLiteral("fixture.packaged")}).exitCode, 0);
    QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("enabled")).toBool(), true);
    const CliRun unknown = runAtrium({QStringLiteral("disable"), QStringLiteral("dev.nobody.here")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY_CONTAINS(unknown.err, QStringLiteral("dev.nobody.here"));

    const CliRun remove = runAtrium({QStringLiteral("remove"), QStringLiteral("fixture.packaged")});
    QVERIFY2(remove.exitCode == 0, remove.err.constData());
    QVERIFY(!QFileInfo::exists(pluginFolder(QStringLiteral("fixture.packaged"))));
    QCOMPARE(listJson().size(), 0);
    const CliRun again = runAtrium({QStringLiteral("remove"), QStringLiteral("fixture.packaged")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY_CONTAINS(again.err, QStringLiteral("fixture.packaged"));
}

void TestPluginCli::upgradeAndVersionChecks()
{
    QCOMPARE(runAtrium({QStringLiteral("install"), m_signed, QStringLiteral("--trust")}).exitCode, 0);
    const CliRun same = runAtrium({QStringLiteral("install"), m_signed});
    QCOMPARE(same.exitCode, 1);
    QVERIFY_CONTAINS(same.err, QStringLiteral("1.0.0"));

    const CliRun upgrade = runAtrium({QStringLiteral("install"), m_signed2});
    QVERIFY2(upgrade.exitCode == 0, upgrade.err.constData());
    QVERIFY_CONTAINS(upgrade.out, QStringLiteral("Upgraded fixture.packaged from 1.0.0 to 2.0.0"));
    QCOMPARE(installedVersion(), QStringLiteral("2.0.0"));

    const CliRun downgrade = runAtrium({QStringLiteral("install"), m_signed});
    QCOMPARE(downgrade.exitCode, 1);
    QVERIFY_CONTAINS(downgrade.err, QStringLiteral("2.0.0"));
    QCOMPARE(installedVersion(), QStringLiteral("2.0.0"));
    QCOMPARE(listJson().size(), 1);
}

void TestPluginCli::unsignedOnlyInDeveloperMode()
{
    const QString unsignedPackage = m_kit->build(QStringLiteral("unsigned"), PackageKit::metadata(), QString());
    QVERIFY(!unsignedPackage.isEmpty());
    const CliRun refused = runAtrium({QStringLiteral("install"), unsignedPackage, QStringLiteral("--trust")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY_CONTAINS(refused.err, QStringLiteral("not signed"));
    QVERIFY_CONTAINS(refused.err, QStringLiteral("--developer-mode"));
    QCOMPARE(listJson().size(), 0);

    const CliRun accepted = runAtrium({QStringLiteral("install"), unsignedPackage, QStringLiteral("--developer-mode")});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    const QJsonObject entry = listJson().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), QStringLiteral("fixture.packaged"));
    QCOMPARE(entry.value(QStringLiteral("signer")).toString(), QString());

    // A policy that forbids unsigned packages wins over the flag.
    QFile policy(m_home.filePath(QStringLiteral("no-policy.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly | QIODevice::Truncate));
    policy.write(R"({"allowDeveloperMode": false, "trustedKeys": []})");
    policy.close();
    QCOMPARE(runAtrium({QStringLiteral("remove"), QStringLiteral("fixture.packaged")}).exitCode, 0);
    const CliRun forbidden = runAtrium({QStringLiteral("install"), unsignedPackage, QStringLiteral("--developer-mode")});
    QCOMPARE(forbidden.exitCode, 1);
    QVERIFY_CONTAINS(forbidden.err, policy.fileName());
}

void TestPluginCli::trustApprovesAKeyOnce()
{
    const CliRun first = runAtrium({QStringLiteral("trust"), m_signed});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY_CONTAINS(first.out, m_fingerprint);
    QVERIFY_CONTAINS(first.out, QStringLiteral("Approved."));
    const CliRun second = runAtrium({QStringLiteral("trust"), m_signed});
    QCOMPARE(second.exitCode, 0);
    QVERIFY_CONTAINS(second.out, QStringLiteral("already approved"));
    // Approved, the package installs without --trust.
    const CliRun install = runAtrium({QStringLiteral("install"), m_signed});
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QVERIFY(!install.out.contains("Approved the key"));
}

QTEST_GUILESS_MAIN(TestPluginCli)
#include "tst_plugincli.moc"
