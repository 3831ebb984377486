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
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
