#include "catalog/descriptorfile.h"
#include "catalog/entitydetails.h"

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

const QByteArray kApi = "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: orders\n"
                        "  annotations:\n    backstage.io/techdocs-ref: dir:./docs-site\n"
                        "spec:\n  type: graphql\n  lifecycle: production\n  owner: team-a\n"
                        "  definition:\n    $text: ./schema.graphql\n";

} // namespace

class TestEntityDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheDocumentSourceDefinitionAndDocsFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        const QByteArray first = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n";
        write(file, first + "---\n" + kApi);
        write(dir.filePath(QStringLiteral("schema.graphql")), "type Query { order(id: ID!): Order }\n");
        write(dir.filePath(QStringLiteral("docs-site/docs/index.md")), "# Orders\n");
        const FileResult r = readDescriptorFile(file, dir.path());
        QCOMPARE(int(r.entities.size()), 2);
        const EntityDetails d = loadEntityDetails(r.entities[1]);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QVERIFY(d.sourceText.startsWith(QLatin1String("apiVersion: backstage.io/v1alpha1\nkind: API")));
        QVERIFY(!d.sourceText.contains(QLatin1String("kind: Group")));
        QCOMPARE(d.definition, QStringLiteral("type Query { order(id: ID!): Order }\n"));
        QCOMPARE(d.definitionLanguage, QStringLiteral("GraphQL"));
        QCOMPARE(d.docsDir, QFileInfo(dir.filePath(QStringLiteral("docs-site"))).canonicalFilePath());
        QCOMPARE(d.descriptor.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("orders"));
    }

    void aDocsFolderOutsideTheRootIsNotOpened()
    {
        QTemporaryDir outer;
        const QString root = outer.filePath(QStringLiteral("root"));
        write(outer.filePath(QStringLiteral("elsewhere/docs/index.md")), "# secret\n");
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::link(outer.filePath(QStringLiteral("elsewhere")), root + QStringLiteral("/linked")));
        for (const char *ref : {"dir:../elsewhere", "dir:./linked", "dir:/tmp"}) {
            QByteArray api = kApi;
            api.replace("dir:./docs-site", ref);
            api.replace("    $text: ./schema.graphql\n", "    $text: https://example.com/schema.graphql\n");
            write(root + QStringLiteral("/catalog-info.yaml"), api);
            const FileResult r = readDescriptorFile(root + QStringLiteral("/catalog-info.yaml"), root);
            QCOMPARE(int(r.entities.size()), 1);
            const EntityDetails d = loadEntityDetails(r.entities[0]);
            QVERIFY2(d.docsDir.isEmpty(), ref);
            // A remote definition is named, not fetched.
            QVERIFY(d.definition.isEmpty());
            QVERIFY(d.definitionError.contains(QLatin1String("https://example.com/schema.graphql")));
        }
    }

    void aFileThatChangedIntoGarbageIsAnError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(file, kApi);
        write(dir.filePath(QStringLiteral("schema.graphql")), "type Query { a: Int }\n");
        const FileResult r = readDescriptorFile(file, dir.path());
        write(file, "kind: [broken\n");
        const EntityDetails d = loadEntityDetails(r.entities[0]);
        QVERIFY(d.error.contains(QLatin1String("catalog-info.yaml:")));
    }
};

QTEST_GUILESS_MAIN(TestEntityDetails)
#include "tst_entitydetails.moc"
