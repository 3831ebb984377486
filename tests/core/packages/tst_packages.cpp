// .atrium-plugin packages end to end: real packages of a real plugin library, built and signed at
// test time, inspected and installed into a fresh $XDG_DATA_HOME per test.

#include "packagetestkit.h"

#include "packages/installer.h"
#include "packages/package.h"
#include "packages/signing.h"
#include "packages/truststore.h"
#include "plugins/pluginmanager.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace atrium::packages;
using namespace packagetest;
using atrium::plugins::PluginMetadata;

namespace QTest {
template<>
char *toString(const Refusal &refusal)
{
    return qstrdup(refusalName(refusal).toUtf8().constData());
}
} // namespace QTest

// Asserts the refusal kind and that the reason names each of `needles`.
#define QCOMPARE_REFUSAL(check, expected, needles)                                                                  \
    do {                                                                                                            \
        const PackageCheck &c_ = (check);                                                                           \
        QVERIFY2(c_.refusal == (expected), qPrintable(refusalName(c_.refusal) + QStringLiteral(": ") + c_.reason)); \
        for (const QString &needle_ : QStringList(needles))                                                         \
            QVERIFY2(c_.reason.contains(needle_),                                                                   \
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(needle_, c_.reason)));                       \
    } while (false)

namespace {

// A trust store loaded from the test's environment and an installer over it, with no other plugins.
struct Setup
{
    TrustStore trust;
    Installer installer{&trust};
    explicit Setup(bool developerMode = false)
    {
        trust.load();
        installer.setDeveloperMode(developerMode);
        installer.setPluginLookup([] { return QList<PluginMetadata>(); });
    }
};

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fingerprintIsSha256OfTheRawKeyInGroups();
    void compareVersionsFollowsSemver();
    void goodSignedTrustedPackageInstallsAndIsDiscovered();
    void badSignatureIsRefused();
    void tamperedLibraryIsRefused();
    void unlistedFileIsRefused();
    void untrustedKeyOffersApproval();
    void approvingTheKeyLetsItInstall();
    void adminPolicyKeyIsTrusted();
    void policyForbiddingUserKeys();
    void brokenPolicyFailsClosed_data();
    void brokenPolicyFailsClosed();
    void unsignedNeedsDeveloperMode();
    void unsignedRefusedWhenPolicyForbids();
    void wrongApiVersion();
    void wrongPlatform();
    void badMetadata();
    void manifestIdDiffersFromMetadata();
    void unsafeEntries_data();
    void unsafeEntries();
    void oversizeManifest();
    void tooManyEntries();
    void notAZip();
    void missingDependency();
    void upgradeReplacesTheOldVersion();
    void sameVersionAndDowngradeAreRefused();
    void removeDeletesOnlyUserPlugins();
    void revokeForgetsTheKey();

private:
    QString goodPackage();
    void writePolicy(const QByteArray &json);
    QByteArray policyWithProducerKey(const QString &extra = QString()) const;
    QString userDir() const { return m_home->filePath(QStringLiteral("data/atrium/plugins")); }
    PackageCheck inspect(const QString &package, bool developerMode = false);

    std::unique_ptr<QTemporaryDir> m_work;   // keys and packages, for the whole run
    std::unique_ptr<PackageKit> m_kit;
    std::unique_ptr<QTemporaryDir> m_home;   // fresh per test
    QString m_producerKey;
    QString m_otherKey;
    QString m_producerFingerprint;
    QString m_good;
};

void TestPackages::initTestCase()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_kit = std::make_unique<PackageKit>(m_work->path());
    m_producerKey = m_kit->makeKey(QStringLiteral("producer"));
    m_otherKey = m_kit->makeKey(QStringLiteral("other"));
    QVERIFY(!m_producerKey.isEmpty() && !m_otherKey.isEmpty());
    m_producerFingerprint = fingerprint(PackageKit::publicKeyPem(m_producerKey));
    m_good = m_kit->build(QStringLiteral("good"), PackageKit::metadata(), m_producerKey);
    QVERIFY(!m_good.isEmpty());
}

void TestPackages::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    qputenv("ATRIUM_POLICY_FILE", m_home->filePath(QStringLiteral("policy.json")).toUtf8());
    qunsetenv("ATRIUM_PLUGIN_PATH");
}

void TestPackages::cleanup()
{
    m_home.reset();
}

QString TestPackages::goodPackage()
{
    return m_good;
}

void TestPackages::writePolicy(const QByteArray &json)
{
    QFile file(m_home->filePath(QStringLiteral("policy.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

QByteArray TestPackages::policyWithProducerKey(const QString &extra) const
{
    QJsonObject policy{{QStringLiteral("trustedKeys"),
                        QJsonArray{QJsonObject{{QStringLiteral("producer"), QStringLiteral("Platform Enablement")},
                                               {QStringLiteral("publicKey"),
                                                QString::fromLatin1(PackageKit::publicKeyPem(m_producerKey))}}}}};
    QJsonObject more = QJsonDocument::fromJson(extra.toUtf8()).object();
    for (auto it = more.begin(); it != more.end(); ++it)
        policy.insert(it.key(), it.value());
    return QJsonDocument(policy).toJson();
}

PackageCheck TestPackages::inspect(const QString &package, bool developerMode)
{
    Setup setup(developerMode);
    return setup.installer.inspect(package);
}

// --- keys and versions ---------------------------------------------------------------------------

void TestPackages::fingerprintIsSha256OfTheRawKeyInGroups()
{
    static const QRegularExpression shape(QStringLiteral("^([0-9A-F]{4} ){15}[0-9A-F]{4}$"));
    QVERIFY2(shape.match(m_producerFingerprint).hasMatch(), qPrintable(m_producerFingerprint));
    const QByteArray raw = PackageKit::rawPublicKey(m_producerKey);
    QCOMPARE(raw.size(), 32);
    QCOMPARE(compactFingerprint(m_producerFingerprint).toLatin1(),
             QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().toUpper());
    QVERIFY(fingerprint("not a key").isEmpty());
    QVERIFY(fingerprint(PackageKit::publicKeyPem(m_otherKey)) != m_producerFingerprint);
}

void TestPackages::compareVersionsFollowsSemver()
{
    QVERIFY(compareVersions(QStringLiteral("1.0.0"), QStringLiteral("1.0.0")) == 0);
    QVERIFY(compareVersions(QStringLiteral("1.10.0"), QStringLiteral("1.9.0")) > 0);
    QVERIFY(compareVersions(QStringLiteral("1.0.0-beta"), QStringLiteral("1.0.0")) < 0);
    QVERIFY(compareVersions(QStringLiteral("1.0.0-beta.2"), QStringLiteral("1.0.0-beta.10")) < 0);
    QVERIFY(compareVersions(QStringLiteral("1.0.0-alpha"), QStringLiteral("1.0.0-beta")) < 0);
    QVERIFY(compareVersions(QStringLiteral("2.0.0"), QStringLiteral("1.99.99")) > 0);
}

// --- the good path -------------------------------------------------------------------------------

void TestPackages::goodSignedTrustedPackageInstallsAndIsDiscovered()
{
    writePolicy(policyWithProducerKey());
    Setup setup;
    QVERIFY(setup.trust.policyError().isEmpty());
    Installer &installer = setup.installer;
    QCOMPARE(installer.pluginDirectory(), userDir());

    const InstallResult result = installer.install(goodPackage());
    QVERIFY2(result.ok(), qPrintable(result.check.reason));
    QCOMPARE(result.check.id, QStringLiteral("fixture.packaged"));
    QCOMPARE(result.check.version, QStringLiteral("1.0.0"));
    QCOMPARE(result.check.producer, QStringLiteral("Atrium package tests"));
    QCOMPARE(result.check.fingerprint, m_producerFingerprint);
    QCOMPARE(result.check.trustedBy, QStringLiteral("policy"));
    QVERIFY(result.previousVersion.isEmpty());
    QCOMPARE(result.directory, userDir() + QStringLiteral("/fixture.packaged"));

    const QDir installed(result.directory);
    QVERIFY(installed.exists(QStringLiteral("manifest.json")));
    QVERIFY(installed.exists(QStringLiteral("signature.json")));
    QVERIFY(installed.exists(libraryEntryName()));
    QFile library(installed.filePath(libraryEntryName()));
    QFile original(QStringLiteral(PACKAGE_FIXTURE_LIBRARY));
    QVERIFY(library.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
    QCOMPARE(library.readAll(), original.readAll());
    // Nothing temporary is left next to it.
    QCOMPARE(QDir(userDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("fixture.packaged")});
    QCOMPARE(installer.installedVersion(QStringLiteral("fixture.packaged")), QStringLiteral("1.0.0"));

    // The plugin manager finds it as a user plugin with valid metadata.
    atrium::plugins::PluginManager::Options options;
    options.searchPaths = {userDir()};
    options.crashMarkerPath = m_home->filePath(QStringLiteral("no-marker"));
    atrium::plugins::PluginManager manager(options);
    manager.discover();
    const atrium::plugins::PluginRecord *record = manager.plugin(QStringLiteral("fixture.packaged"));
    QVERIFY(record);
    QCOMPARE(record->origin, atrium::plugins::PluginRecord::Origin::User);
    QVERIFY2(record->state == atrium::plugins::PluginRecord::State::Ready, qPrintable(record->error));
}

// --- signature and integrity ---------------------------------------------------------------------

void TestPackages::badSignatureIsRefused()
{
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("flipped"), [](QList<ZipEntry> &entries) {
        ZipEntry *signature = findEntry(entries, "signature.json");
        QJsonObject object = QJsonDocument::fromJson(signature->data).object();
        QByteArray bytes = QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
        bytes[10] = char(bytes[10] ^ 0x01);
        object.insert(QStringLiteral("signature"), QString::fromLatin1(bytes.toBase64()));
        signature->data = QJsonDocument(object).toJson();
    });
    QVERIFY(!package.isEmpty());
    const PackageCheck check = inspect(package);
    QCOMPARE_REFUSAL(check, Refusal::BadSignature, (QStringList{QStringLiteral("signature"), m_producerFingerprint}));
    QVERIFY(!check.signatureValid);

    // A changed manifest with the original signature is the same refusal.
    const QString edited = m_kit->rewrite(goodPackage(), QStringLiteral("edited"), [](QList<ZipEntry> &entries) {
        ZipEntry *manifest = findEntry(entries, "manifest.json");
        manifest->data.replace("Packaged fixture", "Packaged fixturE");
    });
    QCOMPARE_REFUSAL(inspect(edited), Refusal::BadSignature, QStringList{QStringLiteral("manifest.json")});
}

void TestPackages::tamperedLibraryIsRefused()
{
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("tampered"), [](QList<ZipEntry> &entries) {
        ZipEntry *library = findEntry(entries, libraryEntryName().toUtf8());
        library->data[library->data.size() / 2] = char(library->data[library->data.size() / 2] ^ 0x20);
    });
    const PackageCheck check = inspect(package);
    QCOMPARE_REFUSAL(check, Refusal::Tampered, (QStringList{libraryEntryName(), QStringLiteral("SHA-256")}));
    QVERIFY(check.signatureValid);

    const QString truncated = m_kit->rewrite(goodPackage(), QStringLiteral("truncated"), [](QList<ZipEntry> &entries) {
        findEntry(entries, libraryEntryName().toUtf8())->data.chop(1);
    });
    QCOMPARE_REFUSAL(inspect(truncated), Refusal::Tampered, (QStringList{libraryEntryName(), QStringLiteral("bytes")}));

    const QString missing = m_kit->rewrite(goodPackage(), QStringLiteral("missing"), [](QList<ZipEntry> &entries) {
        entries.removeIf([](const ZipEntry &e) { return e.name.startsWith("lib/"); });
    });
    QCOMPARE_REFUSAL(inspect(missing), Refusal::Tampered, QStringList{libraryEntryName()});

    // Nothing was installed by any of them.
    Setup setup;
    Installer &installer = setup.installer;
    QCOMPARE(installer.install(package).check.refusal, Refusal::Tampered);
    QVERIFY(!QFileInfo::exists(userDir() + QStringLiteral("/fixture.packaged")));
}

void TestPackages::unlistedFileIsRefused()
{
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("unlisted"), [](QList<ZipEntry> &entries) {
        entries.append({"lib/extra.so", "not listed", ZipEntry::Kind::File, {}});
    });
    QCOMPARE_REFUSAL(inspect(package), Refusal::Tampered, QStringList{QStringLiteral("lib/extra.so")});
}

// --- trust -----------------------------------------------------------------------------------------

void TestPackages::untrustedKeyOffersApproval()
{
    const PackageCheck check = inspect(goodPackage());
    QCOMPARE_REFUSAL(check, Refusal::UntrustedKey,
                     (QStringList{QStringLiteral("Atrium package tests"), m_producerFingerprint}));
    QVERIFY(check.canApprove);
    QCOMPARE(check.producer, QStringLiteral("Atrium package tests"));
    QCOMPARE(check.fingerprint, m_producerFingerprint);
    QCOMPARE(check.publicKey, PackageKit::publicKeyPem(m_producerKey));
    QCOMPARE(check.id, QStringLiteral("fixture.packaged"));

    Setup setup;
    Installer &installer = setup.installer;
    QCOMPARE(installer.install(goodPackage()).check.refusal, Refusal::UntrustedKey);
    QVERIFY(!QFileInfo::exists(userDir()));
}

void TestPackages::approvingTheKeyLetsItInstall()
{
    {
        // Approving on install (the UI's and the CLI's --trust).
        Setup setup;
        Installer &installer = setup.installer;
        const InstallResult result = installer.install(goodPackage(), true);
        QVERIFY2(result.ok(), qPrintable(result.check.reason));
        QVERIFY(result.keyApproved);
        QCOMPARE(result.check.trustedBy, QStringLiteral("user"));
    }
    const QString keyFile = m_home->filePath(QStringLiteral("data/atrium/trusted-keys/"))
                            + compactFingerprint(m_producerFingerprint) + QStringLiteral(".json");
    QVERIFY(QFileInfo::exists(keyFile));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(stored.value(QStringLiteral("producer")).toString(), QStringLiteral("Atrium package tests"));
    QCOMPARE(stored.value(QStringLiteral("publicKey")).toString().toLatin1(), PackageKit::publicKeyPem(m_producerKey));
    QCOMPARE(stored.value(QStringLiteral("approved")).toString(), QDate::currentDate().toString(Qt::ISODate));

    // A new store reads the approval back; a second package by the same key needs no question.
    TrustStore reread;
    QVERIFY(reread.load());
    const std::optional<TrustedKey> key = reread.find(compactFingerprint(m_producerFingerprint).toLower());
    QVERIFY(key);
    QCOMPARE(key->source, TrustedKey::Source::User);
    QCOMPARE(key->fingerprint, m_producerFingerprint);
    const QString newer = m_kit->build(QStringLiteral("approved-newer"), PackageKit::metadata(QStringLiteral("1.0.1")),
                                       m_producerKey);
    QVERIFY2(inspect(newer).ok(), qPrintable(inspect(newer).reason));

    // Approving by hand (`atrium plugin trust`) works the same.
    QVERIFY(reread.revoke(m_producerFingerprint));
    QCOMPARE(inspect(newer).refusal, Refusal::UntrustedKey);
    QString error;
    QVERIFY2(reread.approve(PackageKit::publicKeyPem(m_producerKey), QStringLiteral("Atrium package tests"), &error),
             qPrintable(error));
    QVERIFY(inspect(newer).ok());
}

void TestPackages::adminPolicyKeyIsTrusted()
{
    writePolicy(policyWithProducerKey());
    TrustStore trust;
    QVERIFY(trust.load());
    QVERIFY(trust.policyExists());
    QCOMPARE(trust.keys().size(), 1);
    QCOMPARE(trust.keys().constFirst().producer, QStringLiteral("Platform Enablement"));
    QCOMPARE(trust.keys().constFirst().source, TrustedKey::Source::Policy);
    QVERIFY(trust.isTrusted(m_producerFingerprint));
    QVERIFY(trust.allowUserKeys());
    QVERIFY(trust.allowDeveloperMode());
    const PackageCheck check = inspect(goodPackage());
    QVERIFY2(check.ok(), qPrintable(check.reason));
    QCOMPARE(check.trustedBy, QStringLiteral("policy"));

    // Another key is not trusted by that policy.
    const QString other = m_kit->build(QStringLiteral("other-signer"), PackageKit::metadata(), m_otherKey);
    QCOMPARE_REFUSAL(inspect(other), Refusal::UntrustedKey, QStringList{fingerprint(PackageKit::publicKeyPem(m_otherKey))});
}

void TestPackages::policyForbiddingUserKeys()
{
    // Approved while allowed...
    {
        TrustStore trust;
        trust.load();
        QVERIFY(trust.approve(PackageKit::publicKeyPem(m_otherKey), QStringLiteral("Someone")));
    }
    const QString other = m_kit->build(QStringLiteral("user-signed"), PackageKit::metadata(), m_otherKey);
    QVERIFY(inspect(other).ok());

    // ... then the admin forbids user keys: the approval no longer counts, and no new one is taken.
    writePolicy(policyWithProducerKey(QStringLiteral("{\"allowUserKeys\": false}")));
    const QString policyFile = m_home->filePath(QStringLiteral("policy.json"));
    const PackageCheck check = inspect(other);
    QCOMPARE_REFUSAL(check, Refusal::PolicyForbids, (QStringList{policyFile, fingerprint(PackageKit::publicKeyPem(m_otherKey))}));
    QVERIFY(!check.canApprove);

    Setup setup;
    QVERIFY(setup.trust.policyError().isEmpty());
    QVERIFY(!setup.trust.allowUserKeys());
    QString error;
    QVERIFY(!setup.trust.approve(PackageKit::publicKeyPem(m_otherKey), QStringLiteral("Someone"), &error));
    QVERIFY2(error.contains(policyFile), qPrintable(error));
    QCOMPARE(setup.installer.install(other, true).check.refusal, Refusal::PolicyForbids);

    // The admin's own key still works.
    QVERIFY(inspect(goodPackage()).ok());
}

void TestPackages::brokenPolicyFailsClosed_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("named");
    QTest::newRow("not JSON") << QByteArray("{ \"trustedKeys\": [") << QStringLiteral("JSON");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("flag not a bool") << QByteArray("{\"allowUserKeys\": \"yes\"}") << QStringLiteral("allowUserKeys");
    QTest::newRow("keys not an array") << QByteArray("{\"trustedKeys\": {}}") << QStringLiteral("trustedKeys");
    QTest::newRow("bad key") << QByteArray("{\"trustedKeys\": [{\"producer\": \"X\", \"publicKey\": \"nope\"}]}")
                             << QStringLiteral("trustedKeys[0].publicKey");
    QTest::newRow("no producer") << QByteArray("{\"trustedKeys\": [{\"publicKey\": \"nope\"}]}")
                                 << QStringLiteral("trustedKeys[0].producer");
}

void TestPackages::brokenPolicyFailsClosed()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, named);
    // Even a key the user approved and the developer mode stop counting.
    {
        TrustStore trust;
        trust.load();
        QVERIFY(trust.approve(PackageKit::publicKeyPem(m_producerKey), QStringLiteral("Atrium package tests")));
    }
    QVERIFY(inspect(goodPackage()).ok());
    writePolicy(policy);
    const QString policyFile = m_home->filePath(QStringLiteral("policy.json"));

    TrustStore trust;
    QVERIFY(!trust.load());
    QVERIFY2(trust.policyError().contains(policyFile), qPrintable(trust.policyError()));
    QVERIFY2(trust.policyError().contains(named), qPrintable(trust.policyError()));
    QVERIFY(trust.keys().isEmpty());
    QVERIFY(!trust.allowUserKeys());
    QVERIFY(!trust.allowDeveloperMode());
    QVERIFY(!trust.isTrusted(m_producerFingerprint));

    QCOMPARE_REFUSAL(inspect(goodPackage()), Refusal::PolicyBroken, QStringList{policyFile});
    const QString unsigned_ = m_kit->build(QStringLiteral("unsigned-broken"), PackageKit::metadata(), QString());
    QCOMPARE_REFUSAL(inspect(unsigned_, true), Refusal::PolicyBroken, QStringList{policyFile});
}

void TestPackages::unsignedNeedsDeveloperMode()
{
    const QString package = m_kit->build(QStringLiteral("unsigned"), PackageKit::metadata(), QString());
    QVERIFY(!package.isEmpty());
    const PackageCheck refused = inspect(package);
    QCOMPARE_REFUSAL(refused, Refusal::Unsigned, (QStringList{QStringLiteral("signature.json"), QStringLiteral("developer mode")}));
    QVERIFY(!refused.isSigned);

    Setup setup(true);
    Installer &installer = setup.installer;
    const InstallResult result = installer.install(package);
    QVERIFY2(result.ok(), qPrintable(result.check.reason));
    QVERIFY(QFileInfo::exists(result.directory + QStringLiteral("/manifest.json")));
    QVERIFY(!QFileInfo::exists(result.directory + QStringLiteral("/signature.json")));
}

void TestPackages::unsignedRefusedWhenPolicyForbids()
{
    writePolicy("{\"allowDeveloperMode\": false}");
    const QString package = m_kit->build(QStringLiteral("unsigned-forbidden"), PackageKit::metadata(), QString());
    QCOMPARE_REFUSAL(inspect(package, true), Refusal::PolicyForbids,
                     (QStringList{QStringLiteral("not signed"), m_home->filePath(QStringLiteral("policy.json"))}));
}

// --- manifest content ----------------------------------------------------------------------------

void TestPackages::wrongApiVersion()
{
    writePolicy(policyWithProducerKey());
    QJsonObject metadata = PackageKit::metadata();
    metadata.insert(QStringLiteral("apiVersion"), 2);
    const QString package = m_kit->build(QStringLiteral("api2"), metadata, m_producerKey);
    QCOMPARE_REFUSAL(inspect(package), Refusal::WrongApiVersion,
                     (QStringList{QStringLiteral("API version 2"), QStringLiteral("API version 1"), QStringLiteral("apiVersion")}));
}

void TestPackages::wrongPlatform()
{
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->build(QStringLiteral("riscv"), PackageKit::metadata(), m_producerKey,
                                         QStringLiteral("linux-riscv64"));
    QCOMPARE_REFUSAL(inspect(package), Refusal::WrongPlatform,
                     (QStringList{QStringLiteral("linux-riscv64"), atrium::plugins::hostPlatform()}));
}

void TestPackages::badMetadata()
{
    writePolicy(policyWithProducerKey());
    QJsonObject metadata = PackageKit::metadata();
    metadata.remove(QStringLiteral("capabilities"));
    const QString package = m_kit->build(QStringLiteral("nocaps"), metadata, m_producerKey);
    QCOMPARE_REFUSAL(inspect(package), Refusal::BadManifest, QStringList{QStringLiteral("plugin.capabilities")});

    const QString noManifest = m_kit->rewrite(goodPackage(), QStringLiteral("nomanifest"), [](QList<ZipEntry> &entries) {
        entries.removeIf([](const ZipEntry &e) { return e.name == "manifest.json"; });
    });
    QCOMPARE_REFUSAL(inspect(noManifest), Refusal::BadManifest, QStringList{QStringLiteral("manifest.json")});

    const QString notJson = m_kit->rewrite(goodPackage(), QStringLiteral("notjson"), [this](QList<ZipEntry> &entries) {
        findEntry(entries, "manifest.json")->data = "{ nope";
        findEntry(entries, "signature.json")->data = m_kit->signatureJson(m_producerKey, "{ nope");
    });
    QCOMPARE_REFUSAL(inspect(notJson), Refusal::BadManifest, (QStringList{QStringLiteral("manifest.json"), QStringLiteral("JSON")}));

    const QString badSignatureFile = m_kit->rewrite(goodPackage(), QStringLiteral("badsigfile"), [](QList<ZipEntry> &entries) {
        findEntry(entries, "signature.json")->data = "{\"algorithm\": \"rsa\"}";
    });
    QCOMPARE_REFUSAL(inspect(badSignatureFile), Refusal::BadSignature,
                     (QStringList{QStringLiteral("signature.json"), QStringLiteral("algorithm")}));
}

void TestPackages::manifestIdDiffersFromMetadata()
{
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("otherid"), [this](QList<ZipEntry> &entries) {
        QJsonObject manifest = QJsonDocument::fromJson(findEntry(entries, "manifest.json")->data).object();
        manifest.insert(QStringLiteral("id"), QStringLiteral("fixture.other"));
        const QByteArray bytes = QJsonDocument(manifest).toJson();
        findEntry(entries, "manifest.json")->data = bytes;
        findEntry(entries, "signature.json")->data = m_kit->signatureJson(m_producerKey, bytes);
    });
    QCOMPARE_REFUSAL(inspect(package), Refusal::BadManifest,
                     (QStringList{QStringLiteral("fixture.other"), QStringLiteral("fixture.packaged")}));
}

// --- archive structure ---------------------------------------------------------------------------

void TestPackages::unsafeEntries_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("named");
    QTest::newRow("parent") << QByteArray("../evil.so") << int(ZipEntry::Kind::File) << QStringLiteral("..");
    QTest::newRow("nested parent") << QByteArray("lib/../../evil.so") << int(ZipEntry::Kind::File) << QStringLiteral("..");
    QTest::newRow("absolute") << QByteArray("/tmp/evil.so") << int(ZipEntry::Kind::File) << QStringLiteral("absolute");
    // libarchive reads a backslash as "/" (ZIPs from Windows), so "..\\" is a parent folder as well.
    QTest::newRow("backslash parent") << QByteArray("..\\evil.so") << int(ZipEntry::Kind::File) << QStringLiteral("..");
    QTest::newRow("symlink") << QByteArray("lib/link.so") << int(ZipEntry::Kind::Symlink) << QStringLiteral("symbolic link");
}

void TestPackages::unsafeEntries()
{
    QFETCH(QByteArray, name);
    QFETCH(int, kind);
    QFETCH(QString, named);
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("unsafe"), [&](QList<ZipEntry> &entries) {
        entries.append({name, "x", ZipEntry::Kind(kind), "/etc/passwd"});
    });
    QVERIFY(!package.isEmpty());
    // The entry really is in the archive as written.
    const QList<ZipEntry> written = readZip(package);
    const QByteArray asRead = QByteArray(name).replace('\\', '/');
    QVERIFY(std::any_of(written.cbegin(), written.cend(), [&](const ZipEntry &e) { return e.name == asRead; }));

    QCOMPARE_REFUSAL(inspect(package, true), Refusal::UnsafePath, (QStringList{QString::fromUtf8(asRead), named}));
    Setup setup;
    Installer &installer = setup.installer;
    QCOMPARE(installer.install(package).check.refusal, Refusal::UnsafePath);
    QVERIFY(!QFileInfo::exists(userDir() + QStringLiteral("/fixture.packaged")));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("data/atrium/evil.so"))));
}

void TestPackages::oversizeManifest()
{
    writePolicy(policyWithProducerKey());
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("bigmanifest"), [](QList<ZipEntry> &entries) {
        ZipEntry *manifest = findEntry(entries, "manifest.json");
        manifest->data.insert(1, QByteArray(1024 * 1024, ' '));
    });
    QCOMPARE_REFUSAL(inspect(package), Refusal::Oversize, (QStringList{QStringLiteral("manifest.json"), QStringLiteral("1 MiB")}));
}

void TestPackages::tooManyEntries()
{
    const QString package = m_kit->rewrite(goodPackage(), QStringLiteral("many"), [](QList<ZipEntry> &entries) {
        for (int i = 0; i < 1000; ++i)
            entries.append({"lib/f" + QByteArray::number(i), QByteArray(), ZipEntry::Kind::File, {}});
    });
    QCOMPARE_REFUSAL(inspect(package), Refusal::Oversize, QStringList{QStringLiteral("1000 entries")});
}

void TestPackages::notAZip()
{
    const QString text = m_kit->path(QStringLiteral("notazip.atrium-plugin"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is not a ZIP archive, just text that happens to have the right name.\n");
    file.close();
    QCOMPARE_REFUSAL(inspect(text), Refusal::NotAnArchive, (QStringList{text, QStringLiteral("ZIP")}));

    const QString absent = m_kit->path(QStringLiteral("absent.atrium-plugin"));
    QCOMPARE_REFUSAL(inspect(absent), Refusal::IoError, QStringList{absent});
}

// --- dependencies and versions -------------------------------------------------------------------

void TestPackages::missingDependency()
{
    writePolicy(policyWithProducerKey());
    QJsonObject metadata = PackageKit::metadata();
    metadata.insert(QStringLiteral("dependencies"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fixture.base")},
                                           {QStringLiteral("version"), QStringLiteral("1.2.0")}}});
    const QString package = m_kit->build(QStringLiteral("dependent"), metadata, m_producerKey);

    Setup setup;
    Installer &installer = setup.installer;
    QList<PluginMetadata> available;
    installer.setPluginLookup([&available] { return available; });
    QCOMPARE_REFUSAL(installer.inspect(package), Refusal::MissingDependency,
                     (QStringList{QStringLiteral("fixture.base"), QStringLiteral("1.2.0"), QStringLiteral("not installed")}));

    PluginMetadata base;
    base.id = QStringLiteral("fixture.base");
    base.versionString = QStringLiteral("1.1.0");
    base.version = QVersionNumber(1, 1, 0);
    base.compatVersion = QVersionNumber(1, 0, 0);
    available = {base};
    QCOMPARE_REFUSAL(installer.inspect(package), Refusal::MissingDependency,
                     (QStringList{QStringLiteral("fixture.base"), QStringLiteral("1.1.0")}));

    base.versionString = QStringLiteral("1.3.0");
    base.version = QVersionNumber(1, 3, 0);
    available = {base};
    const InstallResult result = installer.install(package);
    QVERIFY2(result.ok(), qPrintable(result.check.reason));
}

void TestPackages::upgradeReplacesTheOldVersion()
{
    writePolicy(policyWithProducerKey());
    Setup setup;
    Installer &installer = setup.installer;
    QVERIFY(installer.install(goodPackage()).ok());

    const QString newer = m_kit->build(QStringLiteral("v1.1.0"), PackageKit::metadata(QStringLiteral("1.1.0")), m_producerKey);
    const PackageCheck check = installer.inspect(newer);
    QVERIFY2(check.ok(), qPrintable(check.reason));
    QCOMPARE(check.installedVersion, QStringLiteral("1.0.0"));
    const InstallResult result = installer.install(newer);
    QVERIFY2(result.ok(), qPrintable(result.check.reason));
    QCOMPARE(result.previousVersion, QStringLiteral("1.0.0"));
    QCOMPARE(installer.installedVersion(QStringLiteral("fixture.packaged")), QStringLiteral("1.1.0"));
    QCOMPARE(QDir(userDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("fixture.packaged")});
    QVERIFY(QFileInfo::exists(result.directory + QLatin1Char('/') + libraryEntryName()));
}

void TestPackages::sameVersionAndDowngradeAreRefused()
{
    writePolicy(policyWithProducerKey());
    Setup setup;
    Installer &installer = setup.installer;
    const QString newer = m_kit->build(QStringLiteral("v2.0.0"), PackageKit::metadata(QStringLiteral("2.0.0")), m_producerKey);
    QVERIFY(installer.install(newer).ok());

    const InstallResult again = installer.install(newer);
    QCOMPARE_REFUSAL(again.check, Refusal::AlreadyInstalled, (QStringList{QStringLiteral("fixture.packaged"), QStringLiteral("2.0.0")}));
    const InstallResult older = installer.install(goodPackage());
    QCOMPARE_REFUSAL(older.check, Refusal::Downgrade,
                     (QStringList{QStringLiteral("2.0.0"), QStringLiteral("1.0.0"), QStringLiteral("older")}));
    QCOMPARE(installer.installedVersion(QStringLiteral("fixture.packaged")), QStringLiteral("2.0.0"));
}

void TestPackages::removeDeletesOnlyUserPlugins()
{
    writePolicy(policyWithProducerKey());
    Setup setup;
    Installer &installer = setup.installer;
    QVERIFY(installer.install(goodPackage()).ok());
    QVERIFY(installer.isInstalled(QStringLiteral("fixture.packaged")));

    QString error;
    QVERIFY2(installer.remove(QStringLiteral("fixture.packaged"), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(userDir() + QStringLiteral("/fixture.packaged")));
    QVERIFY(QDir(userDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    QVERIFY(!installer.remove(QStringLiteral("fixture.packaged"), &error));
    QVERIFY2(error.contains(QStringLiteral("fixture.packaged")), qPrintable(error));
    QVERIFY(!installer.remove(QStringLiteral("../data"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a plugin id")), qPrintable(error));

    // A plugin found on another search path is not the installer's to delete.
    const QString elsewhere = m_home->filePath(QStringLiteral("dev-plugins"));
    QVERIFY(QDir().mkpath(elsewhere + QStringLiteral("/fixture.packaged/lib")));
    QVERIFY(QFile::copy(QStringLiteral(PACKAGE_FIXTURE_LIBRARY), elsewhere + QStringLiteral("/fixture.packaged/") + libraryEntryName()));
    qputenv("ATRIUM_PLUGIN_PATH", elsewhere.toUtf8());
    QVERIFY(!installer.remove(QStringLiteral("fixture.packaged"), &error));
    QVERIFY2(error.contains(elsewhere), qPrintable(error));
    QVERIFY(QFileInfo::exists(elsewhere + QStringLiteral("/fixture.packaged/") + libraryEntryName()));
}

void TestPackages::revokeForgetsTheKey()
{
    TrustStore trust;
    trust.load();
    QVERIFY(trust.approve(PackageKit::publicKeyPem(m_producerKey), QStringLiteral("Atrium package tests")));
    QVERIFY(trust.isTrusted(m_producerFingerprint));
    QVERIFY(trust.revoke(m_producerFingerprint));
    QVERIFY(!trust.isTrusted(m_producerFingerprint));
    TrustStore reread;
    reread.load();
    QVERIFY(!reread.find(m_producerFingerprint));
    QString error;
    QVERIFY(!reread.revoke(m_producerFingerprint, &error));
    QVERIFY2(error.contains(m_producerFingerprint), qPrintable(error));

    // A policy key cannot be revoked by the user.
    writePolicy(policyWithProducerKey());
    QVERIFY(reread.load());
    QVERIFY(!reread.revoke(m_producerFingerprint, &error));
    QVERIFY2(error.contains(QStringLiteral("administrator")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
