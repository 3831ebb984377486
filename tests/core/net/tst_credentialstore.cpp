// Runs against the real keychain: the suite runs inside dbus-run-session with a throwaway HOME
// (scripts/test.sh); initTestCase starts gnome-keyring-daemon on that bus when no Secret Service
// answers yet. The no-keychain case runs in a sub-process whose D-Bus address is a dead socket.

#include "credentials/credentialstore.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using atrium::credentials::CredentialResult;
using atrium::credentials::CredentialStore;

namespace {

const char ChildVariable[] = "ATRIUM_TST_CREDENTIALSTORE_CHILD";
const QString SecretsService = QStringLiteral("org.freedesktop.secrets");

bool isChild()
{
    return qEnvironmentVariableIsSet(ChildVariable);
}

// Secrets generated per run, never printed: compared with QVERIFY, reported by length only.
QByteArray makeSecret(const char *label)
{
    return QByteArray(label) + '-' + QCryptographicHash::hash(QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + label,
                                                             QCryptographicHash::Sha256).toHex().left(24);
}

using Operation = std::function<void(QObject *, CredentialStore::Callback)>;

CredentialResult wait(const Operation &operation, int timeoutMs = 15000)
{
    QObject context;
    CredentialResult result;
    int calls = 0;
    operation(&context, [&](const CredentialResult &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, timeoutMs))
        result.message = QStringLiteral("no answer within the test's timeout");
    return result;
}

CredentialResult readFresh(const QString &key)
{
    CredentialStore store; // no cache: asks the keychain
    return wait([&](QObject *ctx, CredentialStore::Callback done) { store.read(key, ctx, done); });
}

// Files under `root` containing `needle`, except gnome-keyring's own (encrypted) keyrings.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/keyrings/")))
            continue;
        QFile file(path);
        if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        if (file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keyFormat();
    void roundTrip();
    void keysAreNamespaced();
    void noKeychain();
    void noKeychainChild();

private:
    void runChild(const QProcessEnvironment &env, const QString &program, const QStringList &arguments,
                  const QByteArray &secret);

    qint64 m_startedDaemonPid = 0;
    QList<QByteArray> m_writtenSecrets;
};

void TestCredentialStore::initTestCase()
{
    if (isChild())
        return;
    const QString home = QDir::homePath();
    if (!home.startsWith(QDir::tempPath()) && qEnvironmentVariable("ATRIUM_TEST_REAL_KEYCHAIN") != QLatin1String("1"))
        QSKIP("HOME is not a throwaway folder: run under scripts/test.sh (refusing to touch a real keyring)");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no D-Bus session bus: run under dbus-run-session");
    if (!bus.interface()->isServiceRegistered(SecretsService)) {
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--daemonize"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY2(daemon.waitForStarted(10000), "gnome-keyring-daemon could not be started (package gnome-keyring)");
        daemon.write("pw");
        daemon.closeWriteChannel();
        QVERIFY(daemon.waitForFinished(20000));
        QVERIFY2(QTest::qWaitFor([&] { return bus.interface()->isServiceRegistered(SecretsService).value(); }, 10000),
                 daemon.readAll().constData());
        m_startedDaemonPid = bus.interface()->servicePid(SecretsService).value();
    }
}

void TestCredentialStore::cleanupTestCase()
{
    if (isChild())
        return;
    const QString home = QDir::homePath();
    for (const QByteArray &secret : std::as_const(m_writtenSecrets)) {
        const QStringList hits = filesContaining(home, secret) + filesContaining(qEnvironmentVariable("XDG_RUNTIME_DIR"), secret);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a secret is in plain text in: ") + hits.join(QLatin1String(", "))));
    }
    if (m_startedDaemonPid > 0)
        ::kill(pid_t(m_startedDaemonPid), SIGTERM);
}

void TestCredentialStore::keyFormat()
{
    if (isChild())
        QSKIP("parent only");
    const QString path = QStringLiteral("/home/alice/work/atrium.yaml");
    const QString workspaceKey = CredentialStore::workspaceKey(QStringLiteral("platform"), path);
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QCOMPARE(workspaceKey, QStringLiteral("platform-") + hex);
    QCOMPARE(CredentialStore::key(workspaceKey, QStringLiteral("backstage-prod"), QStringLiteral("token")),
             QStringLiteral("platform-%1/backstage-prod/token").arg(hex));
    QCOMPARE(CredentialStore::workspaceKey(QStringLiteral("platform"), QStringLiteral("/home/alice/work/./atrium.yaml")),
             workspaceKey);
}

void TestCredentialStore::roundTrip()
{
    if (isChild())
        QSKIP("parent only");
    const QString key = CredentialStore::key(CredentialStore::workspaceKey(QStringLiteral("tst"), QDir::homePath() + QStringLiteral("/atrium.yaml")),
                                             QStringLiteral("conn"), QStringLiteral("token"));
    const QByteArray first = makeSecret("first");
    const QByteArray second = makeSecret("second");
    m_writtenSecrets << first << second;

    CredentialStore store;
    CredentialResult written = wait([&](QObject *ctx, CredentialStore::Callback done) { store.write(key, first, ctx, done); });
    QVERIFY2(written.ok, qPrintable(written.message));
    QVERIFY(store.keychainAvailable());
    QVERIFY(!store.isSessionOnly(key));

    CredentialResult read = readFresh(key);
    QVERIFY2(read.ok, qPrintable(read.message));
    QVERIFY2(read.secret == first, qPrintable(QStringLiteral("read %1 bytes").arg(read.secret.size())));
    QVERIFY(!read.sessionOnly);

    written = wait([&](QObject *ctx, CredentialStore::Callback done) { store.write(key, second, ctx, done); });
    QVERIFY2(written.ok, qPrintable(written.message));
    read = readFresh(key);
    QVERIFY2(read.ok && read.secret == second, qPrintable(read.message));
    // The writing store answers from its cache.
    read = wait([&](QObject *ctx, CredentialStore::Callback done) { store.read(key, ctx, done); });
    QVERIFY(read.ok && read.secret == second);

    const CredentialResult removed = wait([&](QObject *ctx, CredentialStore::Callback done) { store.remove(key, ctx, done); });
    QVERIFY2(removed.ok, qPrintable(removed.message));
    read = readFresh(key);
    QVERIFY(!read.ok);
    QCOMPARE(read.error, CredentialResult::Error::NotFound);
    QVERIFY(read.secret.isEmpty());
    read = wait([&](QObject *ctx, CredentialStore::Callback done) { store.read(key, ctx, done); });
    QCOMPARE(read.error, CredentialResult::Error::NotFound);

    // Removing what is not there is fine.
    QVERIFY(wait([&](QObject *ctx, CredentialStore::Callback done) { store.remove(key, ctx, done); }).ok);
}

void TestCredentialStore::keysAreNamespaced()
{
    if (isChild())
        QSKIP("parent only");
    const QString a = CredentialStore::key(CredentialStore::workspaceKey(QStringLiteral("same"), QStringLiteral("/work/a/atrium.yaml")),
                                           QStringLiteral("backstage"), QStringLiteral("token"));
    const QString b = CredentialStore::key(CredentialStore::workspaceKey(QStringLiteral("same"), QStringLiteral("/work/b/atrium.yaml")),
                                           QStringLiteral("backstage"), QStringLiteral("token"));
    QVERIFY(a != b);
    const QByteArray secretA = makeSecret("workspace-a");
    const QByteArray secretB = makeSecret("workspace-b");
    m_writtenSecrets << secretA << secretB;
    CredentialStore store;
    QVERIFY(wait([&](QObject *ctx, CredentialStore::Callback done) { store.write(a, secretA, ctx, done); }).ok);
    QVERIFY(wait([&](QObject *ctx, CredentialStore::Callback done) { store.write(b, secretB, ctx, done); }).ok);
    const CredentialResult readA = readFresh(a);
    const CredentialResult readB = readFresh(b);
    QVERIFY(readA.ok && readA.secret == secretA);
    QVERIFY(readB.ok && readB.secret == secretB);
    QVERIFY(wait([&](QObject *ctx, CredentialStore::Callback done) { store.remove(a, ctx, done); }).ok);
    QVERIFY(wait([&](QObject *ctx, CredentialStore::Callback done) { store.remove(b, ctx, done); }).ok);
}

void TestCredentialStore::noKeychain()
{
    if (isChild())
        QSKIP("parent only");
    QTemporaryDir dead;
    QVERIFY(dead.isValid());
    const QByteArray secret = makeSecret("session-only");
    m_writtenSecrets << secret;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), QString::fromLatin1(secret));
    env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus

    // 1. The D-Bus address points to a dead socket.
    QProcessEnvironment deadBus = env;
    deadBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dead.filePath(QStringLiteral("no-bus")));
    runChild(deadBus, QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")}, secret);

    // 2. A session bus on which nothing provides org.freedesktop.secrets (no service activation,
    //    so no keyring daemon is started behind our back).
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    if (dbusRunSession.isEmpty())
        QSKIP("dbus-run-session is not installed");
    QFile config(dead.filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    config.close();
    runChild(env, dbusRunSession,
             {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"),
              QCoreApplication::applicationFilePath(), QStringLiteral("noKeychainChild")},
             secret);
}

void TestCredentialStore::runChild(const QProcessEnvironment &env, const QString &program, const QStringList &arguments,
                                   const QByteArray &secret)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, arguments);
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(!output.contains(secret), "the child printed the secret");
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestCredentialStore::noKeychainChild()"), output.constData());
}

void TestCredentialStore::noKeychainChild()
{
    if (!isChild())
        QSKIP("runs in a sub-process (see noKeychain)");
    const QByteArray secret = qgetenv(ChildVariable);
    const QString key = CredentialStore::key(QStringLiteral("offline-00000000"), QStringLiteral("conn"), QStringLiteral("token"));
    CredentialStore store;

    const CredentialResult written = wait([&](QObject *ctx, CredentialStore::Callback done) { store.write(key, secret, ctx, done); });
    QVERIFY(!written.ok);
    QCOMPARE(written.error, CredentialResult::Error::NoKeychain);
    QVERIFY2(written.message.startsWith(QStringLiteral("No keychain is available")), qPrintable(written.message));
    QVERIFY(!store.keychainAvailable());

    CredentialResult read = wait([&](QObject *ctx, CredentialStore::Callback done) { store.read(key, ctx, done); });
    QCOMPARE(read.error, CredentialResult::Error::NoKeychain);

    store.setSessionSecret(key, secret);
    QVERIFY(store.isSessionOnly(key));
    read = wait([&](QObject *ctx, CredentialStore::Callback done) { store.read(key, ctx, done); });
    QVERIFY(read.ok);
    QVERIFY(read.sessionOnly);
    QVERIFY2(read.secret == secret, qPrintable(QStringLiteral("read %1 bytes").arg(read.secret.size())));

    const QStringList hits = filesContaining(QDir::homePath(), secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
