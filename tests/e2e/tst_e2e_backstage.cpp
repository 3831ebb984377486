// A Backstage connection end to end in the real application: the real Backstage plugin from the
// build tree, its token in the real keychain, the recorded real responses served on loopback.
// The catalog fills from Backstage, a refused sync keeps the data and says so on the Catalog page,
// a restart shows the cached entities before any request, and removing the connection takes them
// away.

#include "appcontroller.h"
#include "application.h"
#include "cache/catalogcache.h"
#include "catalog/localcatalog.h"
#include "connectionscontroller.h"
#include "backstagefixtures.h"
#include "e2ehelpers.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace e2e;
using namespace backstagetest;

namespace {

const QString kConnection = QStringLiteral("acme-backstage");
const QByteArray kByQuery = QByteArrayLiteral("/api/catalog/entities/by-query");

QList<ScriptedReply> recordedPages()
{
    return {reply(fixture(QStringLiteral("catalog-by-query-page1.json"))),
            reply(fixture(QStringLiteral("catalog-by-query-page2.json"))),
            reply(fixture(QStringLiteral("catalog-by-query-page3-last.json")))};
}

} // namespace

class BackstageEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void aConnectionWithATokenFillsTheCatalog();
    void aBackstageEntityOpensItsPage();
    void aRefusedSyncKeepsTheDataAndSaysSo();
    void aRestartShowsTheCachedEntitiesAtOnce();
    void removingTheConnectionTakesItsEntitiesAway();

private:
    void startSession();
    bool has(const QString &ref) const
    {
        return m_app->catalog()->snapshot()->find(ref) != atrium::catalog::InvalidEntity;
    }
    QVariantMap syncState() const
    {
        return m_app->connections()->catalogSyncs().value(kConnection).toMap();
    }
    void saveScreenshot(const QString &name);

    QTemporaryDir m_workspace;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<atrium::app::GuiSession> m_session;
    QQuickWindow *m_window = nullptr;
    AppController *m_app = nullptr;
    QByteArray m_secret;
    int m_localCount = 0;
};

void BackstageEndToEndTest::startSession()
{
    m_session = std::make_unique<atrium::app::GuiSession>();
    const QString error = e2e::startSession(*m_session, m_workspace.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_session->window();
    m_app = m_session->app();
    QVERIFY(m_app->connections());
}

void BackstageEndToEndTest::initTestCase()
{
    m_secret = QByteArrayLiteral("bs-token-") + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    // Twice: the sync that starts with the connection and the one that follows its token may both
    // run (the server does not check tokens; the requests are checked below).
    m_server->route(kByQuery, recordedPages() + recordedPages());

    QVERIFY(m_workspace.isValid());
    QVERIFY(copyTree(QStringLiteral(ATRIUM_SOURCE_DIR "/resources/demo"), m_workspace.path()));
    startSession();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->loading() && m_app->entityCount() > 0, kTimeout);
    m_app->setIdentity(QStringLiteral("user:default/amara.okafor"));
    m_localCount = m_app->entityCount();
    QVERIFY(!has(QStringLiteral("component:default/checkout-web")));
}

void BackstageEndToEndTest::cleanupTestCase()
{
    m_session.reset();
}

void BackstageEndToEndTest::saveScreenshot(const QString &name)
{
    const QString error = saveWindowShot(m_window, QStringLiteral("e2e-backstage-") + name);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void BackstageEndToEndTest::aConnectionWithATokenFillsTheCatalog()
{
    ConnectionsController *connections = m_app->connections();
    const QVariantMap saved = connections->save({{QStringLiteral("id"), kConnection},
                                                 {QStringLiteral("pluginId"), QStringLiteral("dev.atrium.backstage")},
                                                 {QStringLiteral("title"), QStringLiteral("Acme Backstage")},
                                                 {QStringLiteral("baseUrl"), m_server->url()},
                                                 {QStringLiteral("settings"), QVariantMap{{QStringLiteral("pageSize"), 20}}}},
                                                QString());
    QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("message")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!syncState().isEmpty(), kTimeout);
    connections->setSecret(kConnection, QString::fromLatin1(m_secret));

    // The token arrives, the sync runs over the three recorded pages, the entities join the index.
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("component:default/checkout-web")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("component:default/shared-ui-kit")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(syncState().value(QStringLiteral("entityCount")).toInt(), 6, kTimeout);
    QCOMPARE(syncState().value(QStringLiteral("lastError")).toString(), QString());
    QVERIFY(syncState().value(QStringLiteral("syncedAt")).toLongLong() > 0);
    const SeenRequest *last = m_server->last(kByQuery);
    QVERIFY(last);
    QVERIFY2(last->header("Authorization") == "Bearer " + m_secret, "the host injects the keychain token");
    QVERIFY(last->target.contains("limit=20")); // the connection's page size, sent with the cursor too
    QVERIFY(last->target.contains("cursor="));

    // Settings shows the size and age of the data.
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QQuickItem *row = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((row = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("catalogSync_") + kConnection, true))),
                             kTimeout);
    QQuickItem *text = qobject_cast<QQuickItem *>(findNamed(row, QStringLiteral("catalogSyncText"), true));
    QVERIFY(text);
    QTRY_VERIFY_WITH_TIMEOUT(text->property("text").toString().contains(QLatin1String("6 entities")), kTimeout);
    saveScreenshot(QStringLiteral("settings-synced"));
}

void BackstageEndToEndTest::aBackstageEntityOpensItsPage()
{
    QVERIFY(QMetaObject::invokeMethod(m_window, "openEntity", Q_ARG(QString, QStringLiteral("component:default/checkout-web"))));
    QQuickItem *title = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((title = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityTitle"), true))), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(title->property("text").toString(), QStringLiteral("Checkout Web"), kTimeout);
    // Its relations come from Backstage's stitched relations.
    QQuickItem *page = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityPage"), true));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(findNamed(page, QStringLiteral("entityOwner"), true), kTimeout);
    saveScreenshot(QStringLiteral("entity"));
    // Back to the page it was opened over.
    QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!findNamed(m_window, QStringLiteral("entityPage"), true), kTimeout);
}

void BackstageEndToEndTest::aRefusedSyncKeepsTheDataAndSaysSo()
{
    m_server->route(kByQuery, reply(fixture(QStringLiteral("error-401-wrong-token.json")), 401));
    QSignalSpy changed(m_app->connections(), &ConnectionsController::catalogSyncsChanged);
    m_app->connections()->syncCatalog(kConnection);
    QTRY_VERIFY_WITH_TIMEOUT(!syncState().value(QStringLiteral("lastError")).toString().isEmpty(), kTimeout);
    QVERIFY(!syncState().value(QStringLiteral("syncing")).toBool());
    QVERIFY(changed.size() > 0);
    // The last good data stays in the catalog.
    QVERIFY(has(QStringLiteral("component:default/checkout-web")));
    QCOMPARE(syncState().value(QStringLiteral("entityCount")).toInt(), 6);

    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QQuickItem *banner = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((banner = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("remoteCatalogBanner"), true))),
                             kTimeout);
    const QString said = banner->property("text").toString();
    QVERIFY2(said.contains(kConnection) && said.contains(QLatin1String("refused its credential")), qPrintable(said));
    QVERIFY(syncState().value(QStringLiteral("credentialRefused")).toBool());
    saveScreenshot(QStringLiteral("catalog-refused"));

    // Settings offers to enter the token again.
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QQuickItem *button = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((button = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("catalogCredentialButton"), true))),
                             kTimeout);
    QCOMPARE(button->property("text").toString(), QStringLiteral("Enter Token…"));
    saveScreenshot(QStringLiteral("settings-refused"));
}

void BackstageEndToEndTest::aRestartShowsTheCachedEntitiesAtOnce()
{
    // The server is back but answers nothing: whatever shows now comes from the cache.
    m_server->route(kByQuery, ScriptedReply::stalled());
    const int hitsBefore = m_server->hits(kByQuery);
    m_session.reset();
    startSession();
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("component:default/checkout-web")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->entityCount(), m_localCount + 6, kTimeout);
    // The cache is minutes old, the interval is 15 minutes: no request was needed.
    QCOMPARE(m_server->hits(kByQuery), hitsBefore);
    QVERIFY(!syncState().value(QStringLiteral("lastError")).toString().isEmpty()); // still refused last time
}

void BackstageEndToEndTest::removingTheConnectionTakesItsEntitiesAway()
{
    const QVariantMap removed = m_app->connections()->remove(kConnection);
    QVERIFY2(removed.value(QStringLiteral("ok")).toBool(), qPrintable(removed.value(QStringLiteral("message")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!has(QStringLiteral("component:default/checkout-web")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->entityCount(), m_localCount, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(syncState().isEmpty(), kTimeout);
    m_session.reset(); // the cache closes
    atrium::cache::CatalogCache cache;
    // Every cache file of this home: none holds the connection any more.
    QDirIterator it(qEnvironmentVariable("XDG_CACHE_HOME"), {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QVERIFY(cache.open(it.next()));
        QVERIFY(!cache.sources().contains(kConnection));
        cache.close();
        ++files;
    }
    QCOMPARE(files, 1);
}

int main(int argc, char **argv)
{
    // Settings, caches and plugins in a throw-away home; only the plugins built in this tree load.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (home.path() + QStringLiteral("/state")).toLocal8Bit());
    qputenv("ATRIUM_PLUGIN_PATH", QByteArrayLiteral(ATRIUM_BINARY_DIR "/plugins"));
    qputenv("ATRIUM_POLICY_FILE", (home.path() + QStringLiteral("/no-policy.json")).toLocal8Bit());

    QApplication app(argc, argv);
    BackstageEndToEndTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_backstage.moc"
