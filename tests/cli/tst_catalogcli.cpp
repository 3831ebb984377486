// `atrium catalog sync|list|show`, run as the real binary with the real Backstage plugin of the build
// tree, its token in the real keychain (the suite runs gnome-keyring in its D-Bus session) and the
// recorded Backstage pages served on loopback, in a throwaway XDG home shared with this test.

#include "backstagefixtures.h"
#include "clirun.h"
#include "cache/catalogcache.h"
#include "credentials/credentialstore.h"
#include "testhttpserver.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace backstagetest;

namespace {

const QString kConnection = QStringLiteral("acme-backstage");

using Run = CliRun;

void startAtrium(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(ATRIUM_BINARY_DIR "/bin/atrium"), QStringList{QStringLiteral("catalog")} + arguments);
}

// Runs `atrium catalog ...` while this process's event loop keeps serving HTTP.
Run finish(QProcess &process)
{
    Run run;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray jsonArray(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning().noquote() << "not a JSON array:" << error.errorString() << bytes;
    return doc.array();
}

QJsonObject byRef(const QJsonArray &array, const QString &ref)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(QLatin1String("ref")).toString() == ref)
            return v.toObject();
    }
    return {};
}

QList<ScriptedReply> recordedPages()
{
    return {reply(fixture(QStringLiteral("catalog-by-query-page1.json"))),
            reply(fixture(QStringLiteral("catalog-by-query-page2.json"))),
            reply(fixture(QStringLiteral("catalog-by-query-page3-last.json")))};
}

// A loopback port nothing listens on.
QString deadUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1/").arg(port);
}

#define QVERIFY_CONTAINS(haystack, needle)                                                                             \
    QVERIFY2(QString::fromUtf8(haystack).contains(needle),                                                          \
             qPrintable(QStringLiteral("\"%1\" not in: %2").arg(needle, QString::fromUtf8(haystack))))

} // namespace

class TestCatalogCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheCommandsAndExitCodes();
    void aWorkspaceWithoutCatalogConnectionHasNothingToSync();
    void anUnknownConnectionIsAUsageError();
    void syncFillsTheCacheAndListShowsRemoteAndLocalEntities();
    void aSecondSyncReadsOnlyTheChanges();
    void listFilters();
    void showOfARemoteEntityPrintsItsCachedJson();
    void showOfALocalEntityPrintsItsFileAndLine();
    void anUnknownRefFails();
    void aServerThatIsDownFailsAndKeepsTheCache();
    void aRefusedTokenSaysWhereToStoreOne();
    void ctrlCCancelsAndKeepsTheLastGoodData();
    void listWorksOfflineWithoutAnyServer();
    void theTokenIsNeverPrinted();

private:
    Run catalog(const QStringList &arguments)
    {
        QProcess process;
        startAtrium(process, arguments);
        Run run = finish(process);
        m_printed += run.out + run.err;
        return run;
    }
    QStringList inWorkspace(QStringList arguments) const
    {
        return arguments << QStringLiteral("--workspace") << m_workspace.path();
    }
    void writeWorkspace(const QString &baseUrl);
    QJsonArray listJson(const QStringList &extra = {});

    QTemporaryDir m_home;
    QTemporaryDir m_workspace;
    QTemporaryDir m_bare;
    std::unique_ptr<TestHttpServer> m_server;
    QByteArray m_token;
    QByteArray m_printed;
};

void TestCatalogCli::writeWorkspace(const QString &baseUrl)
{
    QFile file(m_workspace.filePath(QStringLiteral("atrium.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("apiVersion: atrium.dev/v1alpha1\n"
                              "kind: Workspace\n"
                              "metadata:\n"
                              "  name: clitest\n"
                              "spec:\n"
                              "  catalog:\n"
                              "    sources:\n"
                              "      - path: catalog\n"
                              "  connections:\n"
                              "    - id: %1\n"
                              "      plugin: dev.atrium.backstage\n"
                              "      title: Acme Backstage\n"
                              "      baseUrl: %2\n"
                              "      settings: { pageSize: 20 }\n")
                   .arg(kConnection, baseUrl)
                   .toUtf8());
}

QJsonArray TestCatalogCli::listJson(const QStringList &extra)
{
    const Run run = catalog(inWorkspace(QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + extra));
    if (run.exitCode != 0)
        qWarning().noquote() << "list failed:" << run.exitCode << run.err;
    return jsonArray(run.out);
}

void TestCatalogCli::initTestCase()
{
    // The binary and this test share one throwaway cache, settings and data folder.
    QVERIFY(m_home.isValid() && m_workspace.isValid() && m_bare.isValid());
    for (const char *name : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(name).toLower());
        QVERIFY(QDir().mkpath(dir));
        qputenv(name, dir.toLocal8Bit());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Atrium"));
    QCoreApplication::setApplicationName(QStringLiteral("atrium"));

    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());

    QVERIFY(QDir().mkpath(m_workspace.filePath(QStringLiteral("catalog"))));
    QVERIFY(QFile::copy(QStringLiteral(ATRIUM_TEST_FIXTURES "/catalog-workspace/catalog/catalog-info.yaml"),
                        m_workspace.filePath(QStringLiteral("catalog/catalog-info.yaml"))));
    writeWorkspace(m_server->url());

    QFile bare(m_bare.filePath(QStringLiteral("atrium.yaml")));
    QVERIFY(bare.open(QIODevice::WriteOnly));
    bare.write("apiVersion: atrium.dev/v1alpha1\nkind: Workspace\nmetadata:\n  name: bare\n"
               "spec:\n  catalog:\n    sources:\n      - path: .\n");
    bare.close();

    // The token goes where Settings → Connections puts it: the keychain, under the workspace's key.
    atrium::Workspace workspace;
    QString error;
    QVERIFY2(workspace.load(m_workspace.path(), &error), qPrintable(error));
    m_token = QByteArrayLiteral("cli-token-") + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    atrium::credentials::CredentialStore store;
    bool stored = false;
    QString storeError;
    store.write(atrium::credentials::CredentialStore::key(
                    atrium::credentials::CredentialStore::workspaceKey(workspace.name(), workspace.filePath()), kConnection,
                    QStringLiteral("token")),
                m_token, this, [&](const atrium::credentials::CredentialResult &r) {
                    stored = true;
                    storeError = r.ok ? QString() : r.message;
                });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);
    QVERIFY2(storeError.isEmpty(), qPrintable(QStringLiteral("the keychain refused the token (run inside "
                                                             "dbus-run-session with scripts/with-keyring.sh): ")
                                              + storeError));
}

void TestCatalogCli::helpListsTheCommandsAndExitCodes()
{
    const Run run = catalog({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const QString &word : {QStringLiteral("sync"), QStringLiteral("list"), QStringLiteral("show"),
                                QStringLiteral("--connection"), QStringLiteral("130"), QStringLiteral("Settings → Connections")})
        QVERIFY_CONTAINS(run.out, word);
    const Run main = [] {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(QStringLiteral(ATRIUM_BINARY_DIR "/bin/atrium"), {QStringLiteral("--help")});
        return finish(process);
    }();
    QCOMPARE(main.exitCode, 0);
    QVERIFY_CONTAINS(main.out, QStringLiteral("catalog sync|list|show"));

    const Run unknown = catalog({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY_CONTAINS(unknown.err, QStringLiteral("Unknown command"));
    const Run badFormat = catalog(inWorkspace({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}));
    QCOMPARE(badFormat.exitCode, 2);
}

void TestCatalogCli::aWorkspaceWithoutCatalogConnectionHasNothingToSync()
{
    const Run run = catalog({QStringLiteral("sync"), QStringLiteral("--workspace"), m_bare.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY_CONTAINS(run.err, QStringLiteral("no catalog connection"));
    const Run json = catalog({QStringLiteral("sync"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--workspace"), m_bare.path()});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(jsonArray(json.out).size(), 0);
    QCOMPARE(m_server->hits(ByQuery), 0);
}

void TestCatalogCli::anUnknownConnectionIsAUsageError()
{
    const Run run = catalog(inWorkspace({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("nope")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY_CONTAINS(run.err, QStringLiteral("No connection \"nope\""));
    QVERIFY_CONTAINS(run.err, kConnection); // it names the ones there are
    QCOMPARE(m_server->hits(ByQuery), 0);
}

void TestCatalogCli::syncFillsTheCacheAndListShowsRemoteAndLocalEntities()
{
    m_server->route(ByQuery, recordedPages());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Run run = catalog(inWorkspace({QStringLiteral("sync")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY_CONTAINS(run.out, kConnection + QStringLiteral(": 6 entities in "));
    QVERIFY_CONTAINS(run.err, kConnection + QStringLiteral(": syncing from ") + m_server->url());
    QVERIFY2(!run.err.contains("atrium."), run.err.constData()); // progress lines, not the engine's log
    QCOMPARE(m_server->hits(ByQuery), 3); // one sync: three pages
    const SeenRequest *last = m_server->last(ByQuery);
    QVERIFY(last);
    QVERIFY2(last->header("Authorization") == "Bearer " + m_token, "the token comes from the keychain");

    // The same file the app starts from.
    atrium::Workspace workspace;
    QString error;
    QVERIFY(workspace.load(m_workspace.path(), &error));
    atrium::cache::CatalogCache cache;
    QVERIFY(cache.open(atrium::cache::CatalogCache::defaultPath(
                           atrium::credentials::CredentialStore::workspaceKey(workspace.name(), workspace.filePath())),
                       &error));
    QCOMPARE(cache.sourceInfo(kConnection).entityCount, 6);
    cache.close();

    // JSON: the six Backstage entities and the local one, with their exact values.
    const Run list = catalog(inWorkspace({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(list.exitCode, 0);
    QVERIFY_CONTAINS(list.err, kConnection + QStringLiteral(": 6 entities cached, synced just now"));
    const QJsonArray all = jsonArray(list.out);
    QCOMPARE(all.size(), 7);
    const QJsonObject web = byRef(all, QStringLiteral("component:default/checkout-web"));
    QCOMPARE(web.value(QLatin1String("kind")).toString(), QStringLiteral("Component"));
    QCOMPARE(web.value(QLatin1String("namespace")).toString(), QStringLiteral("default"));
    QCOMPARE(web.value(QLatin1String("name")).toString(), QStringLiteral("checkout-web"));
    QCOMPARE(web.value(QLatin1String("title")).toString(), QStringLiteral("Checkout Web"));
    QCOMPARE(web.value(QLatin1String("owner")).toString(), QStringLiteral("group:default/web-team"));
    QCOMPARE(web.value(QLatin1String("system")).toString(), QStringLiteral("system:default/storefront"));
    QCOMPARE(web.value(QLatin1String("lifecycle")).toString(), QStringLiteral("production"));
    QCOMPARE(web.value(QLatin1String("type")).toString(), QStringLiteral("website"));
    QCOMPARE(web.value(QLatin1String("source")).toString(), kConnection);
    QCOMPARE(web.value(QLatin1String("connection")).toString(), kConnection);
    const QDateTime syncedAt = QDateTime::fromString(web.value(QLatin1String("syncedAt")).toString(), Qt::ISODate);
    QVERIFY(syncedAt.isValid() && syncedAt >= before && syncedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(byRef(all, QStringLiteral("component:default/shared-ui-kit")).value(QLatin1String("owner")).toString(),
             QStringLiteral("user:default/carol"));

    const QJsonObject local = byRef(all, QStringLiteral("component:default/inventory-api"));
    QCOMPARE(local.value(QLatin1String("title")).toString(), QStringLiteral("Inventory API"));
    QCOMPARE(local.value(QLatin1String("owner")).toString(), QStringLiteral("group:default/web-team"));
    QCOMPARE(local.value(QLatin1String("system")).toString(), QStringLiteral("system:default/storefront"));
    QCOMPARE(local.value(QLatin1String("type")).toString(), QStringLiteral("service"));
    QCOMPARE(local.value(QLatin1String("source")).toString(), QStringLiteral("local"));
    QVERIFY(!local.contains(QLatin1String("connection")));
    QCOMPARE(local.value(QLatin1String("file")).toString(),
             QDir::cleanPath(m_workspace.filePath(QStringLiteral("catalog/catalog-info.yaml"))));

    // Text: an aligned table.
    const Run text = catalog(inWorkspace({QStringLiteral("list")}));
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.constFirst().startsWith(QLatin1String("REF")));
    const qsizetype titleColumn = lines.constFirst().indexOf(QLatin1String("TITLE"));
    const QString webLine = *std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("component:default/checkout-web "));
    });
    QCOMPARE(webLine.indexOf(QLatin1String("Checkout Web")), titleColumn);
    QVERIFY(webLine.contains(QLatin1String("group:web-team")) && webLine.endsWith(kConnection));
}

// The cache holds the first sync: the next one reads Backstage's index (refs and etags) and only
// the entity that changed; --full reads every page again.
void TestCatalogCli::aSecondSyncReadsOnlyTheChanges()
{
    QList<QJsonObject> entities;
    for (const QString &page : {QStringLiteral("catalog-by-query-page1.json"), QStringLiteral("catalog-by-query-page2.json"),
                                QStringLiteral("catalog-by-query-page3-last.json")}) {
        for (const QJsonValue &v : fixtureObject(page).value(QLatin1String("items")).toArray())
            entities.append(v.toObject());
    }
    QJsonObject changed = entities[0];
    QJsonObject metadata = changed.value(QLatin1String("metadata")).toObject();
    metadata[QLatin1String("title")] = QStringLiteral("Retitled in Backstage");
    metadata[QLatin1String("etag")] = QStringLiteral("ffffffffffffffffffff");
    changed[QLatin1String("metadata")] = metadata;
    entities[0] = changed;
    m_server->route(ByQuery, indexPage(entities));
    m_server->route("/api/catalog/entities/by-refs", byRefsReply({changed}));
    m_server->seen.clear();

    const Run run = catalog(inWorkspace({QStringLiteral("sync")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->hits(ByQuery), 1);
    QVERIFY(queryOf(*m_server->last(ByQuery)).hasQueryItem(QStringLiteral("fields")));
    QCOMPARE(m_server->hits("/api/catalog/entities/by-refs"), 1);
    QVERIFY_CONTAINS(run.err, QStringLiteral("Changed or new entities read: 1; removed: 0."));
    const QString ref = QStringLiteral("component:default/") + metadata.value(QLatin1String("name")).toString();
    QCOMPARE(byRef(listJson(), ref).value(QLatin1String("title")).toString(), QStringLiteral("Retitled in Backstage"));
    QCOMPARE(listJson().size(), 7);

    // --full: every page again, and what they hold is all there is.
    m_server->route(ByQuery, recordedPages());
    m_server->seen.clear();
    const Run full = catalog(inWorkspace({QStringLiteral("sync"), QStringLiteral("--full")}));
    QVERIFY2(full.exitCode == 0, full.err.constData());
    QCOMPARE(m_server->hits(ByQuery), 3);
    QCOMPARE(m_server->hits("/api/catalog/entities/by-refs"), 0);
    QCOMPARE(byRef(listJson(), ref).value(QLatin1String("title")).toString(), QStringLiteral("Checkout Web"));
}

void TestCatalogCli::listFilters()
{
    const auto refs = [](const QJsonArray &array) {
        QStringList out;
        for (const QJsonValue &v : array)
            out.append(v.toObject().value(QLatin1String("ref")).toString());
        out.sort();
        return out;
    };
    QCOMPARE(refs(listJson({QStringLiteral("--source"), QStringLiteral("local")})),
             QStringList{QStringLiteral("component:default/inventory-api")});
    QCOMPARE(refs(listJson({QStringLiteral("--source"), kConnection})).size(), 6);
    QCOMPARE(refs(listJson({QStringLiteral("--owner"), QStringLiteral("web-team")})),
             (QStringList{QStringLiteral("component:default/checkout-web"), QStringLiteral("component:default/inventory-api"),
                          QStringLiteral("component:default/product-catalog")}));
    QCOMPARE(refs(listJson({QStringLiteral("--owner"), QStringLiteral("user:carol"), QStringLiteral("--kind"),
                            QStringLiteral("COMPONENT")})),
             QStringList{QStringLiteral("component:default/shared-ui-kit")});
    QCOMPARE(refs(listJson({QStringLiteral("--search"), QStringLiteral("fraud"), QStringLiteral("--offline")})),
             QStringList{QStringLiteral("component:default/fraud-detector")});
    QCOMPARE(listJson({QStringLiteral("--kind"), QStringLiteral("api")}).size(), 0);

    const Run unknown = catalog(inWorkspace({QStringLiteral("list"), QStringLiteral("--source"), QStringLiteral("nope")}));
    QCOMPARE(unknown.exitCode, 2);
}

void TestCatalogCli::showOfARemoteEntityPrintsItsCachedJson()
{
    const QJsonObject recorded = fixtureObject(QStringLiteral("catalog-by-query-page1.json"))
                                     .value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(recorded.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("checkout-web"));

    // Case-insensitive, and "kind:name" / "name" mean the default namespace.
    for (const QString &ref : {QStringLiteral("Component:Default/Checkout-Web"), QStringLiteral("component:checkout-web"),
                               QStringLiteral("checkout-web")}) {
        const Run run = catalog(inWorkspace({QStringLiteral("show"), ref, QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(shown.value(QLatin1String("ref")).toString(), QStringLiteral("component:default/checkout-web"));
        QCOMPARE(shown.value(QLatin1String("source")).toString(), kConnection);
        QCOMPARE(shown.value(QLatin1String("entity")).toObject(), recorded); // the whole entity, as Backstage sent it
    }

    const Run text = catalog(inWorkspace({QStringLiteral("show"), QStringLiteral("checkout-web")}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY_CONTAINS(text.out, QStringLiteral("Checkout Web"));
    QVERIFY_CONTAINS(text.out, kConnection + QStringLiteral(", synced "));
    QVERIFY_CONTAINS(text.out, QStringLiteral("\"uid\": \"%1\"")
                                   .arg(recorded.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString()));
}

void TestCatalogCli::showOfALocalEntityPrintsItsFileAndLine()
{
    const QString file = QDir::cleanPath(m_workspace.filePath(QStringLiteral("catalog/catalog-info.yaml")));
    const Run text = catalog(inWorkspace({QStringLiteral("show"), QStringLiteral("inventory-api")}));
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY_CONTAINS(text.out, file + QStringLiteral(":2"));
    QVERIFY_CONTAINS(text.out, QStringLiteral("description: Stock levels per warehouse."));

    const Run json = catalog(inWorkspace({QStringLiteral("show"), QStringLiteral("component:inventory-api"),
                                          QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(shown.value(QLatin1String("source")).toString(), QStringLiteral("local"));
    QCOMPARE(shown.value(QLatin1String("file")).toString(), file);
    QCOMPARE(shown.value(QLatin1String("line")).toInt(), 2);
    QCOMPARE(shown.value(QLatin1String("description")).toString(), QStringLiteral("Stock levels per warehouse."));
}

void TestCatalogCli::anUnknownRefFails()
{
    const Run run = catalog(inWorkspace({QStringLiteral("show"), QStringLiteral("component:default/checkout")}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY_CONTAINS(run.err, QStringLiteral("No entity component:default/checkout"));
    QVERIFY_CONTAINS(run.err, QStringLiteral("Did you mean: component:default/checkout-web"));
    const Run missing = catalog(inWorkspace({QStringLiteral("show")}));
    QCOMPARE(missing.exitCode, 2);
}

void TestCatalogCli::aServerThatIsDownFailsAndKeepsTheCache()
{
    writeWorkspace(deadUrl());
    const Run run = catalog(inWorkspace({QStringLiteral("sync")}));
    writeWorkspace(m_server->url());
    QCOMPARE(run.exitCode, 1);
    QVERIFY_CONTAINS(run.out, kConnection + QStringLiteral(": failed: "));
    QVERIFY_CONTAINS(run.out, QStringLiteral("The cache keeps 6 entities from "));

    const QJsonArray all = listJson();
    QCOMPARE(all.size(), 7);
    QCOMPARE(byRef(all, QStringLiteral("component:default/checkout-web")).value(QLatin1String("title")).toString(),
             QStringLiteral("Checkout Web"));
}

void TestCatalogCli::aRefusedTokenSaysWhereToStoreOne()
{
    m_server->route(ByQuery, reply(fixture(QStringLiteral("error-401-wrong-token.json")), 401));
    const int hits = m_server->hits(ByQuery);
    const Run run = catalog(inWorkspace({QStringLiteral("sync"), QStringLiteral("--connection"), kConnection}));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(m_server->hits(ByQuery), hits + 1); // asked once, not again
    QVERIFY_CONTAINS(run.out, QStringLiteral("HTTP 401"));
    QVERIFY_CONTAINS(run.err, QStringLiteral("Store a token in Atrium (Settings → Connections)"));

    const Run json = catalog(inWorkspace({QStringLiteral("sync"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json.exitCode, 3);
    const QJsonObject result = jsonArray(json.out).at(0).toObject();
    QCOMPARE(result.value(QLatin1String("connection")).toString(), kConnection);
    QCOMPARE(result.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(result.value(QLatin1String("credentialRefused")).toBool(), true);
    QCOMPARE(result.value(QLatin1String("entities")).toInt(), 6); // what the cache still holds

    QCOMPARE(listJson().size(), 7);
}

void TestCatalogCli::ctrlCCancelsAndKeepsTheLastGoodData()
{
    m_server->route(ByQuery, ScriptedReply::stalled());
    QProcess process;
    startAtrium(process, inWorkspace({QStringLiteral("sync")}));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("syncing from"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->hits(ByQuery) > 0, 10000);
    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    Run run = finish(process);
    run.err.prepend(err);
    m_printed += run.out + run.err;
    QCOMPARE(run.exitCode, 130);
    QVERIFY_CONTAINS(run.out, kConnection + QStringLiteral(": cancelled. The cache keeps 6 entities"));
    QCOMPARE(listJson().size(), 7);
}

void TestCatalogCli::listWorksOfflineWithoutAnyServer()
{
    m_server.reset();
    const Run run = catalog(inWorkspace({QStringLiteral("list"), QStringLiteral("--offline"), QStringLiteral("--format"),
                                         QStringLiteral("json")}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonArray(run.out).size(), 7);
    // The age of the data, and that the last attempt failed.
    QVERIFY_CONTAINS(run.err, kConnection + QStringLiteral(": 6 entities cached, synced "));
    QVERIFY_CONTAINS(run.err, QStringLiteral("The last sync failed"));
    const Run show = catalog(inWorkspace({QStringLiteral("show"), QStringLiteral("payments-service")}));
    QCOMPARE(show.exitCode, 0);
    QVERIFY_CONTAINS(show.out, QStringLiteral("Payments Service"));
}

void TestCatalogCli::theTokenIsNeverPrinted()
{
    QVERIFY(!m_printed.isEmpty());
    QVERIFY(!m_token.isEmpty());
    QVERIFY2(!m_printed.contains(m_token), "the token appeared on stdout or stderr");
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
