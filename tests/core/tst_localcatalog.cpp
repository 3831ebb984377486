#include "catalog/localcatalog.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace atrium::catalog;

namespace {

const QString kFixture = QStringLiteral(ATRIUM_TEST_FIXTURES "/catalog");

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(text);
}

bool hasProblem(const SnapshotPtr &s, const QString &rule, const QString &fileSuffix)
{
    for (const Problem &p : s->problems())
        if (p.rule == rule && p.file.endsWith(fileSuffix))
            return true;
    return false;
}

} // namespace

class TestLocalCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsLocationTargetsWithGlobs()
    {
        const LoadOutput out = loadCatalog({{kFixture, {QStringLiteral("all.yaml")}}});
        QCOMPARE(out.snapshot->size(), 6);   // location, group, user, component, api, component
        QVERIFY(out.snapshot->find(QStringLiteral("component:default/search-indexer")) != InvalidEntity);
        QVERIFY(out.snapshot->find(QStringLiteral("location:default/fixture-root")) != InvalidEntity);
        QCOMPARE(out.stats.files, 4);
        // The broken folder is not reachable from all.yaml, so it is not read.
        QVERIFY(!out.files.contains(kFixture + QStringLiteral("/broken/catalog-info.yaml")));
        QCOMPARE(out.snapshot->errorCount(), 0);
        QVERIFY(hasProblem(out.snapshot, QStringLiteral("relation.dangling"), QStringLiteral("search/catalog-info.yaml")));
    }

    void defaultIncludeFindsCatalogInfoFilesAnywhere()
    {
        const LoadOutput out = loadCatalog({{kFixture, {}}});
        // payments, search and broken catalog-info.yaml; broken contributes an error, no entity.
        // templates/svc/skeleton/catalog-info.yaml is template text, not YAML, and is skipped.
        QCOMPARE(out.stats.files, 3);
        QCOMPARE(out.snapshot->size(), 3);
        QCOMPARE(out.snapshot->errorCount(), 1);
        const Problem p = out.snapshot->problems().constFirst();
        QVERIFY(p.file.endsWith(QLatin1String("broken/catalog-info.yaml")));
        QCOMPARE(p.rule, QStringLiteral("yaml.parse"));
        QVERIFY(p.line >= 5);
    }

    void aMissingSourceIsAnError()
    {
        const LoadOutput out = loadCatalog({{QStringLiteral("/nonexistent/atrium-catalog"), {}}});
        QCOMPARE(out.snapshot->size(), 0);
        QCOMPARE(out.snapshot->errorCount(), 1);
        QCOMPARE(out.snapshot->problems().constFirst().rule, QStringLiteral("source.missing"));
    }

    void aLocationTargetCannotLeaveTheRoot()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("catalog-info.yaml")),
              "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: sneaky\nspec:\n  targets:\n"
              "    - ../../etc/passwd\n    - /etc/passwd\n");
        const LoadOutput out = loadCatalog({{dir.path(), {}}});
        int escapes = 0;
        for (const Problem &p : out.snapshot->problems())
            escapes += p.rule == QLatin1String("location.target") && p.severity == Problem::Severity::Error;
        QCOMPARE(escapes, 2);
        QCOMPARE(out.stats.files, 1);
    }

    void anEditShowsUpAndABrokenEditKeepsTheLastGoodEntities()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(kFixture, dir.path()));
        LocalCatalog catalog;
        catalog.setSources({{dir.path(), {QStringLiteral("all.yaml")}}});
        QSignalSpy changed(&catalog, &LocalCatalog::snapshotChanged);
        catalog.reload();
        QVERIFY(changed.wait(5000));
        QCOMPARE(catalog.snapshot()->size(), 6);

        const QString file = dir.filePath(QStringLiteral("services/search/catalog-info.yaml"));
        write(file, "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search-indexer\n"
                    "  title: Search Indexer v2\nspec:\n  type: service\n  lifecycle: production\n  owner: payments-team\n");
        QTRY_COMPARE_WITH_TIMEOUT(catalog.snapshot()->entity(catalog.snapshot()->find(QStringLiteral("search-indexer"))).title,
                                  QStringLiteral("Search Indexer v2"), 1000);
        QCOMPARE(catalog.snapshot()->warningCount(), 0);   // the owner now resolves

        write(file, "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: [unclosed\n");
        QTRY_VERIFY_WITH_TIMEOUT(catalog.snapshot()->errorCount() == 1, 1000);
        const SnapshotPtr s = catalog.snapshot();
        QVERIFY(hasProblem(s, QStringLiteral("yaml.parse"), QStringLiteral("search/catalog-info.yaml")));
        QVERIFY(hasProblem(s, QStringLiteral("file.kept"), QStringLiteral("search/catalog-info.yaml")));
        const EntityId kept = s->find(QStringLiteral("search-indexer"));
        QVERIFY(kept != InvalidEntity);
        QCOMPARE(s->entity(kept).title, QStringLiteral("Search Indexer v2"));
        QCOMPARE(s->size(), 6);
    }

    void aNewFileMatchingALocationGlobIsPickedUp()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(kFixture, dir.path()));
        LocalCatalog catalog;
        catalog.setSources({{dir.path(), {QStringLiteral("all.yaml")}}});
        QSignalSpy changed(&catalog, &LocalCatalog::snapshotChanged);
        catalog.reload();
        QVERIFY(changed.wait(5000));
        write(dir.filePath(QStringLiteral("org/more.yaml")),
              "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: search-team\nspec:\n  type: team\n  children: []\n");
        QTRY_VERIFY_WITH_TIMEOUT(catalog.snapshot()->find(QStringLiteral("group:default/search-team")) != InvalidEntity, 2000);
        QCOMPARE(catalog.snapshot()->size(), 7);
    }

    void theBundledDemoWorkspaceLoadsWithOnlyItsDeliberateWarning()
    {
        atrium::Workspace ws;
        QString error;
        QVERIFY2(ws.load(QStringLiteral(ATRIUM_SOURCE_DIR "/resources/demo"), &error), qPrintable(error));
        const LoadOutput out = loadCatalog(ws.sources());
        for (const Problem &p : out.snapshot->problems())
            if (p.severity != Problem::Severity::Notice)
                qInfo().noquote() << p.file << p.line << p.column << p.message;
        QCOMPARE(out.snapshot->errorCount(), 0);
        QCOMPARE(out.snapshot->warningCount(), 1);
        QVERIFY(out.snapshot->problems().constFirst().message.contains(QLatin1String("legacy-mainframe-gateway")));
        QVERIFY(out.snapshot->size() >= 100);
    }

    void aHostileFileIsAPerFileErrorAndTheRestLoads()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(kFixture, dir.path()));
        QByteArray bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1))
                    + ",*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1)) + ",*" + QByteArray(1, char(c - 1)) + "]\n";
        write(dir.filePath(QStringLiteral("org/bomb.yaml")), bomb);
        const LoadOutput out = loadCatalog({{dir.path(), {QStringLiteral("all.yaml")}}});
        QCOMPARE(out.snapshot->size(), 6);
        QCOMPARE(out.snapshot->errorCount(), 1);
        QVERIFY(hasProblem(out.snapshot, QStringLiteral("yaml.parse"), QStringLiteral("org/bomb.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestLocalCatalog)
#include "tst_localcatalog.moc"
