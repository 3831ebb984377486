#include "catalog/descriptorfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace atrium::catalog;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(text);
}

const QByteArray kComponent = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n"
                              "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n";

QByteArray component(const char *name)
{
    return QByteArray(kComponent).replace("%1", name);
}

} // namespace

class TestDescriptorFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryDocumentWithItsSourceSpan()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(file, component("one") + "---\n" + component("two"));
        const FileResult r = readDescriptorFile(file, dir.path());
        QVERIFY(!r.failed);
        QCOMPARE(int(r.entities.size()), 2);
        QCOMPARE(r.entities[0].name, QStringLiteral("one"));
        QCOMPARE(r.entities[1].name, QStringLiteral("two"));
        QCOMPARE(r.entities[1].source.documentIndex, 1);
        QCOMPARE(r.entities[1].source.file, file);
        QCOMPARE(r.entities[1].source.rootDir, dir.path());
        QVERIFY(r.entities[1].source.firstLine >= 9 && r.entities[1].source.firstLine <= 10);
        QCOMPARE(r.entities[0].source.firstLine, 1);
    }

    void anInvalidEntityIsDroppedButItsNeighboursLoad()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(file, component("good") + "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: bad name!\n"
                                        "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n");
        const FileResult r = readDescriptorFile(file, dir.path());
        QCOMPARE(int(r.entities.size()), 1);
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(r.problems.first().line, 13);
    }

    void aFileOverTheSizeLimitIsNotRead()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.yaml"));
        write(file, QByteArray(2048, '#'));
        atrium::yaml::Limits limits;
        limits.maxFileBytes = 1024;
        const FileResult r = readDescriptorFile(file, dir.path(), limits);
        QVERIFY(r.failed);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().rule, QStringLiteral("limit.file-size"));
        QCOMPARE(r.problems.first().line, 1);
    }

    void anUnreadableFileIsAnError()
    {
        const FileResult r = readDescriptorFile(QStringLiteral("/nonexistent/catalog-info.yaml"), QStringLiteral("/nonexistent"));
        QVERIFY(r.failed);
        QCOMPARE(r.problems.first().rule, QStringLiteral("file.read"));
    }

    void invalidUtf8IsAPerFileErrorWithItsLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(file, "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: caf\xc3\x28\n");
        const FileResult r = readDescriptorFile(file, dir.path());
        QVERIFY(r.failed);
        QCOMPARE(r.problems.first().line, 4);
    }

    void locationTargetsExpandRelativePathsAndGlobs()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a/catalog-info.yaml")), component("a"));
        write(dir.filePath(QStringLiteral("a/deep/er/catalog-info.yaml")), component("b"));
        write(dir.filePath(QStringLiteral("a/other.yaml")), component("c"));
        QString error;
        QCOMPARE(expandLocationTarget(QStringLiteral("./a/other.yaml"), dir.path(), dir.path(), &error),
                 (QStringList{dir.filePath(QStringLiteral("a/other.yaml"))}));
        QVERIFY(error.isEmpty());
        QCOMPARE(expandLocationTarget(QStringLiteral("a/*.yaml"), dir.path(), dir.path(), &error),
                 (QStringList{dir.filePath(QStringLiteral("a/catalog-info.yaml")), dir.filePath(QStringLiteral("a/other.yaml"))}));
        QCOMPARE(expandLocationTarget(QStringLiteral("**/catalog-info.yaml"), dir.path(), dir.path(), &error),
                 (QStringList{dir.filePath(QStringLiteral("a/catalog-info.yaml")), dir.filePath(QStringLiteral("a/deep/er/catalog-info.yaml"))}));
        QCOMPARE(expandLocationTarget(QStringLiteral("a/d?ep/**/*.yaml"), dir.path(), dir.path(), &error),
                 (QStringList{dir.filePath(QStringLiteral("a/deep/er/catalog-info.yaml"))}));
    }

    void locationTargetsCannotLeaveTheRoot_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dot-dot") << QStringLiteral("../outside.yaml") << QStringLiteral("leaves the catalog root");
        QTest::newRow("dot-dot glob") << QStringLiteral("../*.yaml") << QStringLiteral("leaves the catalog root");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("absolute path");
        QTest::newRow("missing") << QStringLiteral("nope.yaml") << QStringLiteral("does not exist");
        QTest::newRow("symlink") << QStringLiteral("link.yaml") << QStringLiteral("link that leaves");
        QTest::newRow("no match") << QStringLiteral("*.json") << QStringLiteral("matches no file");
    }
    void locationTargetsCannotLeaveTheRoot()
    {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        QTemporaryDir outer;
        const QString root = outer.filePath(QStringLiteral("root"));
        write(outer.filePath(QStringLiteral("outside.yaml")), component("outside"));
        write(root + QStringLiteral("/inside.yaml"), component("inside"));
        QVERIFY(QFile::link(outer.filePath(QStringLiteral("outside.yaml")), root + QStringLiteral("/link.yaml")));
        QString error;
        const QStringList files = expandLocationTarget(target, root, root, &error);
        QVERIFY2(error.contains(expected), qPrintable(error));
        for (const QString &f : files)
            QVERIFY2(!f.contains(QLatin1String("outside")), qPrintable(f));
    }

    void aGlobDoesNotFollowALinkOutOfTheRoot()
    {
        QTemporaryDir outer;
        const QString root = outer.filePath(QStringLiteral("root"));
        write(outer.filePath(QStringLiteral("secret.yaml")), component("secret"));
        write(root + QStringLiteral("/inside.yaml"), component("inside"));
        QVERIFY(QFile::link(outer.filePath(QStringLiteral("secret.yaml")), root + QStringLiteral("/zz-link.yaml")));
        QString error;
        QCOMPARE(expandLocationTarget(QStringLiteral("*.yaml"), root, root, &error), (QStringList{root + QStringLiteral("/inside.yaml")}));
    }
};

QTEST_GUILESS_MAIN(TestDescriptorFile)
#include "tst_descriptorfile.moc"
