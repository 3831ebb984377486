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
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
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

const QString kFrontend = QStringLiteral("https://backstage.acme.example");
const QString kViewUrl = QStringLiteral("https://git.acme.example/web/notifications/blob/main/catalog-info.yaml");
const QString kLongTitle = QStringLiteral("Customer Notification Preferences, Consent Records and Multi-Channel Delivery "
                                          "Scheduling Orchestrator Service (EMEA and APAC)");

// The recorded catalog with the recorded OpenAPI entity and a component with a long title, as one
// page: whatever the plugin asks by-query for (a full read, a check for changes), it gets all of it.
ScriptedReply catalogWithAnApi()
{
    QJsonArray items;
    for (const char *page : {"catalog-by-query-page1.json", "catalog-by-query-page2.json", "catalog-by-query-page3-last.json"}) {
        for (const QJsonValue &item : fixtureObject(QString::fromLatin1(page)).value(QLatin1String("items")).toArray())
            items.append(item);
    }
    items.append(fixtureObject(QStringLiteral("catalog-by-name-api-openapi.json")));
    QJsonObject longTitle = items.at(0).toObject();
    QJsonObject metadata = longTitle.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("name"), QStringLiteral("notification-orchestrator"));
    metadata.insert(QStringLiteral("title"), kLongTitle);
    metadata.remove(QStringLiteral("uid"));
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    annotations.insert(QStringLiteral("backstage.io/view-url"), kViewUrl);
    annotations.insert(QStringLiteral("backstage.io/edit-url"), kViewUrl + QStringLiteral("?edit=1"));
    metadata.insert(QStringLiteral("annotations"), annotations);
    longTitle.insert(QStringLiteral("metadata"), metadata);
    items.append(longTitle);
    const QJsonObject page{{QStringLiteral("items"), items},
                           {QStringLiteral("totalItems"), int(items.size())},
                           {QStringLiteral("pageInfo"), QJsonObject()}};
    return reply(QJsonDocument(page).toJson(QJsonDocument::Compact));
}

} // namespace

// Stands in for the desktop's browser: QDesktopServices hands it the URLs the app opens.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

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
    void aBackstageApiPageShowsWhatBackstageSent();

private:
    void startSession();
    // Catalog page requests (the plugin's template lists not counted).
    int catalogHits() const
    {
        int n = 0;
        for (const SeenRequest &r : m_server->seen)
            n += r.path == kByQuery && !r.target.contains("kind%3Dtemplate") && !r.target.contains("kind=template");
        return n;
    }
    bool has(const QString &ref) const
    {
        return m_app->catalog()->snapshot()->find(ref) != atrium::catalog::InvalidEntity;
    }
    QVariantMap syncState() const
    {
        return m_app->connections()->catalogSyncs().value(kConnection).toMap();
    }
    void saveScreenshot(const QString &name);
    QQuickItem *openEntityPage(const QString &ref, const QString &title);
    void showTab(const QString &tab);
    QString viewText(const QString &objectName);
    void click(QQuickItem *item);

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
    // The plugin also lists the connection's templates (by-query with filter=kind=template): this
    // Backstage has none, and those requests leave the scripted catalog pages alone.
    m_server->setHandler([](const SeenRequest &request) -> std::optional<ScriptedReply> {
        if (request.path == kByQuery && queryOf(request).queryItemValue(QStringLiteral("filter")) == QLatin1String("kind=template"))
            return reply(R"({"items":[],"totalItems":0,"pageInfo":{}})");
        return std::nullopt;
    });
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
    const SeenRequest *last = nullptr; // the last catalog page asked for (not a template list)
    for (const SeenRequest &r : m_server->seen) {
        if (r.path == kByQuery && !r.target.contains("kind%3Dtemplate") && !r.target.contains("kind=template"))
            last = &r;
    }
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

QQuickItem *BackstageEndToEndTest::openEntityPage(const QString &ref, const QString &title)
{
    if (!QMetaObject::invokeMethod(m_window, "openEntity", Q_ARG(QString, ref)))
        return nullptr;
    QQuickItem *heading = nullptr;
    if (!QTest::qWaitFor([&] {
            heading = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityTitle"), true));
            return heading && heading->property("text").toString() == title;
        }, kTimeout))
        return nullptr;
    return qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityPage"), true));
}

void BackstageEndToEndTest::click(QQuickItem *item)
{
    QVERIFY(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

void BackstageEndToEndTest::showTab(const QString &tab)
{
    QQuickItem *button = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((button = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityTab_") + tab, true))),
                             kTimeout);
    click(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->property("checked").toBool(), kTimeout);
}

// The plain text of a code view on the current tab.
QString BackstageEndToEndTest::viewText(const QString &objectName)
{
    QObject *view = findNamed(m_window, objectName, true);
    if (!view)
        return {};
    QString text;
    const int length = view->property("length").toInt();
    QMetaObject::invokeMethod(view, "getText", Q_RETURN_ARG(QString, text), Q_ARG(int, 0), Q_ARG(int, length));
    return text;
}

void BackstageEndToEndTest::aBackstageApiPageShowsWhatBackstageSent()
{
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto restoreBrowser = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    });

    // Another connection, to a Backstage with an API and a web address, in a new session.
    if (!m_session)
        startSession();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->loading() && m_app->entityCount() > 0, kTimeout);
    const QString portal = QStringLiteral("acme-portal");
    m_server->route(kByQuery, catalogWithAnApi());
    ConnectionsController *connections = m_app->connections();
    const QVariantMap saved = connections->save({{QStringLiteral("id"), portal},
                                                 {QStringLiteral("pluginId"), QStringLiteral("dev.atrium.backstage")},
                                                 {QStringLiteral("title"), QStringLiteral("Acme Portal")},
                                                 {QStringLiteral("baseUrl"), m_server->url()},
                                                 {QStringLiteral("settings"), QVariantMap{{QStringLiteral("pageSize"), 20},
                                                                                          {QStringLiteral("frontendUrl"), kFrontend}}}},
                                                QString());
    QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("message")).toString()));
    const auto portalSync = [&] { return connections->catalogSyncs().value(portal).toMap(); };
    QTRY_VERIFY_WITH_TIMEOUT(!portalSync().isEmpty(), kTimeout);
    connections->setSecret(portal, QString::fromLatin1(m_secret));
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("api:default/payments-api")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("component:default/payments-service")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!portalSync().value(QStringLiteral("syncing")).toBool(), kTimeout);

    QQuickItem *page = openEntityPage(QStringLiteral("api:default/payments-api"), QStringLiteral("Payments API"));
    QVERIFY(page);
    QObject *origin = findNamed(page, QStringLiteral("entityOrigin"), true);
    QVERIFY(origin);
    QTRY_VERIFY_WITH_TIMEOUT(origin->property("text").toString().startsWith(
                                 QLatin1String("From Backstage connection Acme Portal, synced ")),
                             kTimeout);
    saveScreenshot(QStringLiteral("api-overview"));

    // The definition as Backstage sent it (a string in spec.definition), highlighted as YAML.
    showTab(QStringLiteral("definition"));
    QTRY_VERIFY_WITH_TIMEOUT(viewText(QStringLiteral("definitionView")).contains(QLatin1String("operationId: createPayment")),
                             kTimeout);
    QVERIFY(viewText(QStringLiteral("definitionView")).startsWith(QLatin1String("openapi: 3.0.3")));
    saveScreenshot(QStringLiteral("api-definition"));

    // The entity itself, as JSON.
    showTab(QStringLiteral("source"));
    QTRY_VERIFY_WITH_TIMEOUT(viewText(QStringLiteral("sourceView")).contains(QLatin1String("\"kind\": \"API\"")), kTimeout);
    const QString source = viewText(QStringLiteral("sourceView"));
    QVERIFY(source.contains(QLatin1String("\"name\": \"payments-api\"")));
    QVERIFY(source.contains(QLatin1String("\"targetRef\": \"component:default/payments-service\"")));
    saveScreenshot(QStringLiteral("api-source"));

    // "Open in Backstage": the button and its shortcut open Backstage's entity route.
    const QUrl expected(kFrontend + QStringLiteral("/catalog/default/api/payments-api"));
    QQuickItem *openButton = qobject_cast<QQuickItem *>(findNamed(page, QStringLiteral("openInBackstage"), true));
    QVERIFY(openButton);
    click(openButton);
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls.size(), 1, kTimeout);
    QCOMPARE(browser.urls.last(), expected);
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls.size(), 2, kTimeout);
    QCOMPARE(browser.urls.last(), expected);

    // A relation to an entity in the index opens it; its link opens in the browser.
    showTab(QStringLiteral("overview"));
    QQuickItem *provider = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((provider = qobject_cast<QQuickItem *>(
                                  findNamed(page, QStringLiteral("relation_component:default/payments-service"), true))),
                             kTimeout);
    click(provider);
    QQuickItem *title = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((title = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityTitle"), true)))
                                 && title->property("text").toString() == QStringLiteral("Payments Service"),
                             kTimeout);
    page = qobject_cast<QQuickItem *>(findNamed(m_window, QStringLiteral("entityPage"), true));
    QQuickItem *link = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((link = qobject_cast<QQuickItem *>(findNamed(page, QStringLiteral("entityLink_0"), true))), kTimeout);
    QCOMPARE(link->property("text").toString(), QStringLiteral("Dashboard"));
    click(link);
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls.size(), 3, kTimeout);
    QCOMPARE(browser.urls.last(), QUrl(QStringLiteral("https://grafana.acme.example/d/payments")));
    saveScreenshot(QStringLiteral("component-overview"));
    showTab(QStringLiteral("source"));
    QTRY_VERIFY_WITH_TIMEOUT(viewText(QStringLiteral("sourceView")).contains(QLatin1String("\"name\": \"payments-service\"")),
                             kTimeout);

    // Dark, and a title too long for the header.
    m_app->setThemeOverride(QStringLiteral("dark"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->dark(), kTimeout);
    saveScreenshot(QStringLiteral("component-source-dark"));
    showTab(QStringLiteral("overview"));
    saveScreenshot(QStringLiteral("component-overview-dark"));
    page = openEntityPage(QStringLiteral("api:default/payments-api"), QStringLiteral("Payments API"));
    QVERIFY(page);
    showTab(QStringLiteral("definition"));
    QTRY_VERIFY_WITH_TIMEOUT(viewText(QStringLiteral("definitionView")).contains(QLatin1String("operationId: createPayment")),
                             kTimeout);
    saveScreenshot(QStringLiteral("api-definition-dark"));
    m_app->setThemeOverride(QStringLiteral("light"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->dark(), kTimeout);
    page = openEntityPage(QStringLiteral("component:default/notification-orchestrator"), kLongTitle);
    QVERIFY(page);
    // Backstage's view-url and edit-url annotations are links too.
    QTRY_VERIFY_WITH_TIMEOUT((link = qobject_cast<QQuickItem *>(findNamed(page, QStringLiteral("entityLink_1"), true))), kTimeout);
    QCOMPARE(link->property("text").toString(), QStringLiteral("Edit source"));
    link = qobject_cast<QQuickItem *>(findNamed(page, QStringLiteral("entityLink_0"), true));
    QVERIFY(link);
    QCOMPARE(link->property("text").toString(), QStringLiteral("View source"));
    click(link);
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls.size(), 4, kTimeout);
    QCOMPARE(browser.urls.last(), QUrl(kViewUrl));
    saveScreenshot(QStringLiteral("component-long-title"));

    // The offline copy no longer has the entity (the index still does): the tabs say so.
    QDirIterator caches(qEnvironmentVariable("XDG_CACHE_HOME"), {QStringLiteral("*.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
    QVERIFY(caches.hasNext());
    const QString cachePath = caches.next();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e2e-cache"));
        db.setDatabaseName(cachePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM entities WHERE lower(ref) = 'api:default/payments-api'")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("e2e-cache"));
    page = openEntityPage(QStringLiteral("api:default/payments-api"), QStringLiteral("Payments API"));
    QVERIFY(page);
    QObject *controller = findNamed(page, QStringLiteral("entityController"), false);
    QVERIFY(controller);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->property("detailsError").toString().isEmpty(), kTimeout);
    const QString missing = controller->property("definitionError").toString();
    QVERIFY2(missing.contains(QLatin1String("api:default/payments-api")) && missing.contains(portal), qPrintable(missing));
    showTab(QStringLiteral("definition"));
    saveScreenshot(QStringLiteral("api-definition-missing"));

    const QVariantMap removed = connections->remove(portal);
    QVERIFY2(removed.value(QStringLiteral("ok")).toBool(), qPrintable(removed.value(QStringLiteral("message")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!has(QStringLiteral("api:default/payments-api")), kTimeout);
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
    const int hitsBefore = catalogHits();
    m_session.reset();
    startSession();
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("component:default/checkout-web")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->entityCount(), m_localCount + 6, kTimeout);
    // The cache is minutes old, the interval is 15 minutes: no request was needed.
    QCOMPARE(catalogHits(), hitsBefore);
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
    QTemporaryDir home;
    e2e::isolate(home.path());
    QApplication app(argc, argv);
    BackstageEndToEndTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_backstage.moc"
