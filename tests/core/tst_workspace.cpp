#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using atrium::Workspace;

namespace {

QString writeWorkspace(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("atrium.yaml"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsIdentitySourcesAndWidgets()
    {
        QTemporaryDir dir;
        writeWorkspace(dir, "apiVersion: atrium.dev/v1alpha1\nkind: Workspace\nmetadata:\n  name: acme\n  title: Acme Corp\n"
                            "spec:\n  identity: jane.doe\n  catalog:\n    sources:\n      - path: catalog\n        include: [all.yaml]\n"
                            "      - /srv/shared-catalog\n  dashboard:\n    widgets: [my-services, documentation]\n");
        Workspace ws;
        QString error;
        QVERIFY2(ws.load(dir.path(), &error), qPrintable(error));
        QCOMPARE(ws.title(), QStringLiteral("Acme Corp"));
        QCOMPARE(ws.identity(), QStringLiteral("user:default/jane.doe"));
        QCOMPARE(ws.sources().size(), 2);
        QCOMPARE(ws.sources().at(0).path, dir.filePath(QStringLiteral("catalog")));
        QCOMPARE(ws.sources().at(0).include, (QStringList{"all.yaml"}));
        QCOMPARE(ws.sources().at(1).path, QStringLiteral("/srv/shared-catalog"));
        QCOMPARE(ws.widgets(), (QStringList{"my-services", "documentation"}));
    }

    void withoutDashboardAllWidgetsShow()
    {
        QTemporaryDir dir;
        writeWorkspace(dir, "kind: Workspace\nspec:\n  catalog:\n    sources: [catalog]\n");
        Workspace ws;
        QString error;
        QVERIFY2(ws.load(dir.filePath(QStringLiteral("atrium.yaml")), &error), qPrintable(error));
        QCOMPARE(ws.widgets(), Workspace::defaultWidgets());
        QVERIFY(ws.identity().isEmpty());
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yaml") << QByteArray("spec: [\n") << QStringLiteral("atrium.yaml:2:");
        QTest::newRow("kind") << QByteArray("kind: Catalog\nspec: {}\n") << QStringLiteral("atrium.yaml:1:7: kind must be Workspace");
        QTest::newRow("no sources") << QByteArray("kind: Workspace\nspec:\n  catalog: {}\n") << QStringLiteral("spec.catalog.sources");
        QTest::newRow("identity") << QByteArray("kind: Workspace\nspec:\n  identity: group:default/x\n  catalog:\n    sources: [c]\n")
                                  << QStringLiteral("atrium.yaml:3:13: identity must be a User");
        QTest::newRow("widget") << QByteArray("kind: Workspace\nspec:\n  catalog:\n    sources: [c]\n  dashboard:\n    widgets: [weather]\n")
                                << QStringLiteral("unknown dashboard widget \"weather\"");
    }
    void errorsSayWhatAndWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeWorkspace(dir, text);
        Workspace ws;
        QString error;
        QVERIFY(!ws.load(dir.path(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void aMissingWorkspaceIsAnError()
    {
        QTemporaryDir dir;
        Workspace ws;
        QString error;
        QVERIFY(!ws.load(dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("atrium.yaml")));
    }

    void savingTheIdentityTouchesOnlyThatLine()
    {
        QTemporaryDir dir;
        const QByteArray original = "# our workspace\nkind: Workspace\nspec:\n  # where the YAML lives\n  catalog:\n    sources: [catalog]\n";
        const QString path = writeWorkspace(dir, original);
        Workspace ws;
        QString error;
        QVERIFY(ws.load(path, &error));
        QVERIFY2(ws.saveIdentity(QStringLiteral("user:default/alice"), &error), qPrintable(error));
        Workspace again;
        QVERIFY(again.load(path, &error));
        QCOMPARE(again.identity(), QStringLiteral("user:default/alice"));
        QVERIFY(ws.saveIdentity(QStringLiteral("user:default/bob"), &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QCOMPARE(saved, QByteArray("# our workspace\nkind: Workspace\nspec:\n  identity: user:default/bob\n  # where the YAML lives\n"
                                   "  catalog:\n    sources: [catalog]\n"));
    }

    void aReadOnlyWorkspaceRefusesToSave()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir, "kind: Workspace\nspec:\n  catalog:\n    sources: [c]\n");
        QFile::setPermissions(path, QFile::ReadOwner);
        Workspace ws;
        QString error;
        QVERIFY(ws.load(path, &error));
        QVERIFY(!ws.saveIdentity(QStringLiteral("user:default/x"), &error));
        QVERIFY(error.contains(QLatin1String("read-only")));
    }

    void connectionsAreReadAndBrokenOnesReported()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir,
            "kind: Workspace\nspec:\n  catalog:\n    sources: [c]\n  connections:\n"
            "    - id: hello-local\n      plugin: dev.atrium.hello\n      baseUrl: http://127.0.0.1:8080/\n"
            "      settings: { greeting: Hi, retries: 3 }\n"
            "    - id: Bad_Id\n      plugin: x.y\n      baseUrl: https://a.example/\n"
            "    - id: nourl\n      plugin: x.y\n"
            "    - id: creds\n      plugin: x.y\n      baseUrl: https://me:pw@a.example/\n"
            "    - id: hello-local\n      plugin: x.y\n      baseUrl: https://b.example/\n");
        Workspace ws;
        QString error;
        QVERIFY2(ws.load(path, &error), qPrintable(error));
        QCOMPARE(ws.connections().size(), 1);
        const auto c = ws.connections().first();
        QCOMPARE(c.id, QStringLiteral("hello-local"));
        QCOMPARE(c.pluginId, QStringLiteral("dev.atrium.hello"));
        QCOMPARE(c.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        QCOMPARE(c.settings.value(QStringLiteral("greeting")).toString(), QStringLiteral("Hi"));
        QCOMPARE(c.settings.value(QStringLiteral("retries")).toInt(), 3);
        const QStringList problems = ws.connectionProblems();
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems[0].contains(QLatin1String("atrium.yaml:10:7")) && problems[0].contains(QLatin1String("Bad_Id")), qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QLatin1String("base URL")), qPrintable(problems[1]));
        QVERIFY2(problems[2].contains(QLatin1String("keychain")), qPrintable(problems[2]));
        QVERIFY2(problems[3].contains(QLatin1String("used twice")), qPrintable(problems[3]));
    }

    void savingConnectionsRewritesOnlyTheirBlock()
    {
        QTemporaryDir dir;
        const QByteArray original = "# ours\nkind: Workspace\nspec:\n  # sources\n  catalog:\n    sources: [c]\n"
                                    "  dashboard:\n    widgets: [my-services]\n# trailing comment\n";
        const QString path = writeWorkspace(dir, original);
        Workspace ws;
        QString error;
        QVERIFY(ws.load(path, &error));
        atrium::WorkspaceConnection c;
        c.id = QStringLiteral("hello");
        c.pluginId = QStringLiteral("dev.atrium.hello");
        c.title = QStringLiteral("Quote \" and: colon\n# not a comment");
        c.baseUrl = QUrl(QStringLiteral("https://hello.example/api/"));
        c.settings = {{QStringLiteral("greeting"), QStringLiteral("Hi: there")}, {QStringLiteral("n"), 2}};
        QVERIFY2(ws.saveConnections({c}, &error), qPrintable(error));
        Workspace again;
        QVERIFY2(again.load(path, &error), qPrintable(error));
        QCOMPARE(again.connections().size(), 1);
        auto read = again.connections().first();
        read.line = 0;
        c.line = 0;
        QCOMPARE(read.title, c.title);
        QCOMPARE(read.settings.value(QStringLiteral("greeting")).toString(), QStringLiteral("Hi: there"));
        QCOMPARE(read.baseUrl, c.baseUrl);
        QCOMPARE(again.widgets(), QStringList{QStringLiteral("my-services")});

        // Edit, then remove all: the rest of the file is as the user wrote it.
        atrium::WorkspaceConnection d = c;
        d.id = QStringLiteral("second");
        QVERIFY(again.saveConnections({c, d}, &error));
        Workspace third;
        QVERIFY(third.load(path, &error));
        QCOMPARE(third.connections().size(), 2);
        QVERIFY(third.saveConnections({}, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("# ours\nkind: Workspace\nspec:\n  # sources\n  catalog:\n    sources: [c]\n"
                                         "  dashboard:\n    widgets: [my-services]\n  connections: []\n# trailing comment\n"));
    }

    void aReadOnlyWorkspaceRefusesToSaveConnections()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir, "kind: Workspace\nspec:\n  catalog:\n    sources: [c]\n");
        QFile::setPermissions(path, QFile::ReadOwner);
        Workspace ws;
        QString error;
        QVERIFY(ws.load(path, &error));
        atrium::WorkspaceConnection c{QStringLiteral("x"), QStringLiteral("a.b"), {}, QUrl(QStringLiteral("https://a.example/")), {}, 0};
        QVERIFY(!ws.saveConnections({c}, &error));
        QVERIFY(error.contains(QLatin1String("read-only")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
