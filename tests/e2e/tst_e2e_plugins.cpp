// End to end for plugins: the real application in a real X window installs the example plugin's
// signed package through the install dialog (approving the producer's key), shows its widget on
// Home without a restart, feeds it from a local HTTP API with a token held in the real keychain,
// then removes connection and plugin. At the end no secret may be found in the workspace file,
// settings, cache, data folders or any log line. Screenshots go to $ATRIUM_TEST_ARTIFACTS.

#include "appcontroller.h"
#include "application.h"
#include "connectionscontroller.h"
#include "credentials/credentialstore.h"
#include "e2ehelpers.h"
#include "net/redactor.h"
#include "pluginscontroller.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDirIterator>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace e2e;

namespace {

// Made at run time so that it cannot be found in the source or the binary by accident.
QByteArray makeSecret()
{
    return QByteArrayLiteral("e2e-token-") + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

class PluginsEndToEndTest : public QObject
{
    Q_OBJECT

public:
    explicit PluginsEndToEndTest(QString home) : m_home(std::move(home)) {}

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void startsWithoutPlugins();
    void aBrokenPackageIsRefusedWithTheReason();
    void installsTheSignedExampleAfterTheKeyIsApproved();
    void itsWidgetAppearsOnHomeWithoutARestart();
    void aConnectionWithAKeychainTokenFeedsTheWidget();
    void theEntityTabAsksAboutThatEntity();
    void removingTheConnectionDeletesItsSecret();
    void removingThePluginTakesItsWidgetAway();
    void noSecretIsWrittenOrLoggedAnywhere();

private:
    QQuickItem *findItem(const QString &name) { return qobject_cast<QQuickItem *>(findNamed(m_window, name, true)); }
    QQuickItem *findItemPrefixed(const QString &prefix);
    void click(QQuickItem *item);
    void scrollIntoView(QQuickItem *item);
    void saveScreenshot(const QString &name);
    QStringList texts(QQuickItem *root);

    QString m_home;
    QTemporaryDir m_workspace;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<atrium::app::GuiSession> m_session;
    QQuickWindow *m_window = nullptr;
    AppController *m_app = nullptr;
    QByteArray m_secret = makeSecret();
    QString m_secretKey;
};

void PluginsEndToEndTest::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ATRIUM_HELLO_PACKAGE)), ATRIUM_HELLO_PACKAGE " is not built");
    s_previous = qInstallMessageHandler(captureMessage);
    atrium::net::SecretRedactor::installMessageHandler();

    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    ScriptedReply hello;
    hello.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    hello.body = R"({"message": "Hello from the end-to-end server", "services": 7})";
    m_server->route(QByteArrayLiteral("/api/hello"), hello);

    QVERIFY(m_workspace.isValid());
    QVERIFY(copyTree(QStringLiteral(ATRIUM_SOURCE_DIR "/resources/demo"), m_workspace.path()));
    m_session = std::make_unique<atrium::app::GuiSession>();
    const QString error = startSession(*m_session, m_workspace.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_session->window();
    m_app = m_session->app();
    QVERIFY(m_app->plugins() && m_app->connections());
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->loading() && m_app->entityCount() > 0, kTimeout);
    // Nobody asks "who are you?" in the middle of this test.
    m_app->setIdentity(QStringLiteral("user:default/amara.okafor"));
    QVERIFY(!m_app->needsIdentity());
}

void PluginsEndToEndTest::cleanupTestCase()
{
    m_session.reset();
    qInstallMessageHandler(s_previous);
}

QQuickItem *PluginsEndToEndTest::findItemPrefixed(const QString &prefix)
{
    QList<QQuickItem *> queue{m_window->contentItem()};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (!item->isVisible())
            continue;
        if (item->objectName().startsWith(prefix))
            return item;
        queue.append(item->childItems());
    }
    return nullptr;
}

QStringList PluginsEndToEndTest::texts(QQuickItem *root)
{
    QStringList out;
    QList<QQuickItem *> queue{root};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (!item->isVisible())
            continue;
        const QVariant text = item->property("text");
        if (text.isValid() && !text.toString().isEmpty())
            out.append(text.toString());
        queue.append(item->childItems());
    }
    return out;
}

void PluginsEndToEndTest::click(QQuickItem *item)
{
    QVERIFY(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
}

// Scrolls the nearest Flickable around `item` so that the item is on screen (for the screenshots).
void PluginsEndToEndTest::scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
        p->setProperty("contentY", std::clamp<qreal>(top - 16, 0, maxY));
        return;
    }
}

void PluginsEndToEndTest::saveScreenshot(const QString &name)
{
    const QString error = saveWindowShot(m_window, QStringLiteral("e2e-plugins-") + name);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void PluginsEndToEndTest::startsWithoutPlugins()
{
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("installPluginButton")), kTimeout);
    QCOMPARE(m_app->plugins()->model()->rowCount(), 0);
    QVERIFY(m_app->plugins()->dashboardPanels().isEmpty());
    saveScreenshot(QStringLiteral("empty"));
}

void PluginsEndToEndTest::aBrokenPackageIsRefusedWithTheReason()
{
    // A download cut short: the first half of the real package.
    QFile package(QStringLiteral(ATRIUM_HELLO_PACKAGE));
    QVERIFY(package.open(QIODevice::ReadOnly));
    const QString broken = m_workspace.filePath(QStringLiteral("cut-short.atrium-plugin"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(package.read(package.size() / 2));
    out.close();

    QObject *dialog = findNamed(m_window, QStringLiteral("installDialog"), false);
    QVERIFY(dialog);
    QVERIFY(QMetaObject::invokeMethod(dialog, "inspect", Q_ARG(QUrl, QUrl::fromLocalFile(broken))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), kTimeout);
    QQuickItem *refusal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((refusal = findItem(QStringLiteral("installRefusal"))), kTimeout);
    const QString reason = texts(refusal).join(QLatin1Char(' '));
    QVERIFY2(reason.contains(QLatin1String("cut-short.atrium-plugin")), qPrintable(reason));
    QVERIFY(!findItem(QStringLiteral("installButton")));
    saveScreenshot(QStringLiteral("refused"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("opened").toBool(), kTimeout);
    QCOMPARE(m_app->plugins()->model()->rowCount(), 0);
}

void PluginsEndToEndTest::installsTheSignedExampleAfterTheKeyIsApproved()
{
    QObject *dialog = findNamed(m_window, QStringLiteral("installDialog"), false);
    QVERIFY(dialog);
    // What the file picker and a drop both do with the chosen file.
    QVERIFY(QMetaObject::invokeMethod(dialog, "inspect", Q_ARG(QUrl, QUrl::fromLocalFile(QStringLiteral(ATRIUM_HELLO_PACKAGE)))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), kTimeout);
    const QVariantMap info = dialog->property("info").toMap();
    QCOMPARE(info.value(QStringLiteral("id")).toString(), QStringLiteral("dev.atrium.hello"));
    QVERIFY2(info.value(QStringLiteral("needsApproval")).toBool(), "a key nobody approved yet must be asked about");
    QCOMPARE(info.value(QStringLiteral("fingerprint")).toString().split(QLatin1Char(' ')).size(), 16);
    QQuickItem *fingerprint = findItem(QStringLiteral("installFingerprint"));
    QVERIFY(fingerprint);
    saveScreenshot(QStringLiteral("approve-key"));

    click(findItem(QStringLiteral("installButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("installResult").isNull() && dialog->property("installResult").toMap().size() > 0, kTimeout);
    const QVariantMap result = dialog->property("installResult").toMap();
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), qPrintable(result.value(QStringLiteral("message")).toString()));
    saveScreenshot(QStringLiteral("installed"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("opened").toBool(), kTimeout);

    auto *model = m_app->plugins()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, kTimeout);
    QCOMPARE(model->data(model->index(0, 0), PluginListModel::PluginIdRole).toString(), QStringLiteral("dev.atrium.hello"));
    QCOMPARE(model->data(model->index(0, 0), PluginListModel::StateRole).toString(), QStringLiteral("loaded"));
    QVERIFY(model->data(model->index(0, 0), PluginListModel::SignerRole).toString().size() > 0);
}

void PluginsEndToEndTest::itsWidgetAppearsOnHomeWithoutARestart()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->plugins()->dashboardPanels().isEmpty(), kTimeout);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QQuickItem *card = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((card = findItemPrefixed(QStringLiteral("pluginCard_dev.atrium.hello/"))), kTimeout);
    scrollIntoView(card);
    saveScreenshot(QStringLiteral("home-widget-no-connection"));
}

void PluginsEndToEndTest::aConnectionWithAKeychainTokenFeedsTheWidget()
{
    ConnectionsController *connections = m_app->connections();
    const QVariantMap saved = connections->save({{QStringLiteral("id"), QStringLiteral("hello-e2e")},
                                                 {QStringLiteral("pluginId"), QStringLiteral("dev.atrium.hello")},
                                                 {QStringLiteral("title"), QStringLiteral("Hello (end to end)")},
                                                 {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port())},
                                                 {QStringLiteral("settings"), QVariantMap()}},
                                                QString());
    QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("message")).toString()));
    QSignalSpy stored(connections, &ConnectionsController::secretStored);
    connections->setSecret(QStringLiteral("hello-e2e"), QString::fromLatin1(m_secret));
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, kTimeout);
    QVERIFY2(stored.first().at(1).toBool(), qPrintable(stored.first().at(2).toString()));

    // The widget is created again for the new connection and calls the API with the token.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hits(QByteArrayLiteral("/api/hello")) > 0, kTimeout);
    const SeenRequest *request = m_server->last(QByteArrayLiteral("/api/hello"));
    QVERIFY(request);
    QVERIFY2(request->header("Authorization") == "Bearer " + m_secret, "the host must inject the keychain token");
    QQuickItem *card = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((card = findItemPrefixed(QStringLiteral("pluginCard_dev.atrium.hello/"))), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(texts(card).join(QLatin1Char('\n')).contains(QLatin1String("Hello from the end-to-end server")), kTimeout);
    scrollIntoView(card);
    saveScreenshot(QStringLiteral("home-widget"));

    // The workspace file names the connection, never the secret.
    QFile file(m_workspace.filePath(QStringLiteral("atrium.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    QVERIFY(yaml.contains("hello-e2e"));
    QVERIFY(!yaml.contains(m_secret));
}

void PluginsEndToEndTest::theEntityTabAsksAboutThatEntity()
{
    ScriptedReply entity;
    entity.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    entity.body = R"({"message": "Auth Service is known to the end-to-end server"})";
    m_server->route(QByteArrayLiteral("*"), entity);
    const auto entityRequests = [this] {
        QList<SeenRequest> found;
        for (const SeenRequest &r : std::as_const(m_server->seen)) {
            if (r.path.startsWith("/api/hello/entities/") && r.path.contains("auth-service"))
                found.append(r);
        }
        return found;
    };
    QVERIFY(entityRequests().isEmpty());

    QVERIFY(QMetaObject::invokeMethod(m_window, "openEntity", Q_ARG(QString, QStringLiteral("component:default/auth-service"))));
    QQuickItem *tab = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((tab = findItemPrefixed(QStringLiteral("entityTab_plugin:dev.atrium.hello/"))), kTimeout);
    QTest::qWait(300); // the page lays out its header first: click where the tab ends up
    click(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!entityRequests().isEmpty(), kTimeout);
    QVERIFY2(entityRequests().constFirst().header("Authorization") == "Bearer " + m_secret,
             "the entity tab's request carries the keychain token too");
    QQuickItem *page = findItem(QStringLiteral("entityPage"));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(texts(page).join(QLatin1Char('\n')).contains(QLatin1String("Auth Service is known to the end-to-end server")),
                             kTimeout);
    saveScreenshot(QStringLiteral("entity-tab"));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
}

void PluginsEndToEndTest::removingTheConnectionDeletesItsSecret()
{
    const QString key = atrium::credentials::CredentialStore::key(
        atrium::credentials::CredentialStore::workspaceKey(m_app->workspace().name(), m_app->workspace().filePath()),
        QStringLiteral("hello-e2e"), QStringLiteral("token"));
    atrium::credentials::CredentialStore probe;
    bool found = false;
    bool done = false;
    probe.read(key, this, [&](const atrium::credentials::CredentialResult &r) {
        found = r.ok && r.secret == m_secret;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY2(found, "the token must be in the keychain under the workspace and connection");

    const QVariantMap removed = m_app->connections()->remove(QStringLiteral("hello-e2e"));
    QVERIFY2(removed.value(QStringLiteral("ok")).toBool(), qPrintable(removed.value(QStringLiteral("message")).toString()));
    bool gone = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 done = false;
                                 atrium::credentials::CredentialStore fresh;
                                 fresh.read(key, this, [&](const atrium::credentials::CredentialResult &r) {
                                     gone = !r.ok && r.error == atrium::credentials::CredentialResult::Error::NotFound;
                                     done = true;
                                 });
                                 QTest::qWaitFor([&] { return done; }, kTimeout);
                                 return gone;
                             }()),
                             kTimeout);
}

void PluginsEndToEndTest::removingThePluginTakesItsWidgetAway()
{
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
    QObject *dialog = findNamed(m_window, QStringLiteral("removePluginDialog"), false);
    QVERIFY(dialog);
    QVERIFY(QMetaObject::invokeMethod(dialog, "ask", Q_ARG(QString, QStringLiteral("dev.atrium.hello")),
                                      Q_ARG(QString, QStringLiteral("Hello Capability"))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), kTimeout);
    saveScreenshot(QStringLiteral("remove-confirm"));
    QQuickItem *confirm = qobject_cast<QQuickItem *>(findNamed(dialog, QStringLiteral("confirmButton"), true));
    QVERIFY(confirm);
    click(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->plugins()->dashboardPanels().isEmpty(), kTimeout);
    QVERIFY(!QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                               + QStringLiteral("/atrium/plugins/dev.atrium.hello")));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTest::qWait(300);
    QVERIFY(!findItemPrefixed(QStringLiteral("pluginCard_dev.atrium.hello/")));
    saveScreenshot(QStringLiteral("home-after-remove"));
}

void PluginsEndToEndTest::noSecretIsWrittenOrLoggedAnywhere()
{
    // Every file the session may have written, except the keychain's own (encrypted) keyring.
    QStringList roots{m_workspace.path(), m_home};
    const QString artifacts = qEnvironmentVariable("ATRIUM_TEST_ARTIFACTS");
    if (!artifacts.isEmpty())
        roots.append(artifacts);
    int scanned = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QVERIFY2(!f.readAll().contains(m_secret), qPrintable(QStringLiteral("the secret is in %1").arg(path)));
        }
    }
    QVERIFY(scanned > 10);
    QMutexLocker lock(&s_logMutex);
    QVERIFY(s_log.size() > 0);
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.toUtf8().contains(m_secret), "a log line holds the secret");
}

int main(int argc, char **argv)
{
    // Settings, caches, installed plugins and approved keys go to a throw-away location. No plugin
    // folder from the build tree or the system is searched, and no admin policy applies.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (home.path() + QStringLiteral("/state")).toLocal8Bit());
    QDir().mkpath(home.path() + QStringLiteral("/no-plugins"));
    qputenv("ATRIUM_PLUGIN_PATH", (home.path() + QStringLiteral("/no-plugins")).toLocal8Bit());
    qputenv("ATRIUM_POLICY_FILE", (home.path() + QStringLiteral("/no-policy.json")).toLocal8Bit());
    // Every category on, so that a secret slipping into any debug line would be caught.
    qputenv("QT_LOGGING_RULES", "atrium.*=true");

    QApplication app(argc, argv);
    PluginsEndToEndTest test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_plugins.moc"
