#include "catalog/descriptorfile.h"
#include "catalog/entitydetails.h"
#include "catalog/remoteentity.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QByteArray backstageFixture(const QString &name)
{
    QFile f(QStringLiteral(ATRIUM_SOURCE_DIR "/tests/plugins/backstage/fixtures/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

    // A remote entity's page: its JSON as Backstage sent it, and spec.definition (a string there).
    void aBackstageApiShowsItsJsonAndItsDefinition()
    {
        const QByteArray json = backstageFixture(QStringLiteral("catalog-by-name-api-openapi.json"));
        QVERIFY(!json.isEmpty());
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const std::optional<Entity> entity = entityFromJson(object, QStringLiteral("backstage:acme"));
        QVERIFY(entity);
        const EntityDetails d = remoteEntityDetails(QJsonDocument(object).toJson(QJsonDocument::Compact), *entity);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.sourceLanguage, QStringLiteral("JSON"));
        QCOMPARE(d.descriptor, object);
        QVERIFY(d.sourceText.contains(QLatin1String("\n    \"kind\": \"API\"")));   // indented, one field a line
        QCOMPARE(QJsonDocument::fromJson(d.sourceText.toUtf8()).object(), object);
        QVERIFY(d.definition.startsWith(QLatin1String("openapi: 3.0.3\n")));
        QCOMPARE(d.definition, object.value(QLatin1String("spec")).toObject().value(QLatin1String("definition")).toString());
        QCOMPARE(d.definitionLanguage, QStringLiteral("YAML"));
        QCOMPARE(d.definitionError, QString());
        QCOMPARE(d.docsDir, QString());
    }

    // The Source tab shows the text as Backstage sent it, indented: members in the server's order
    // (not sorted, as Qt's writer would), numbers and escapes as written, non-ASCII as it is.
    void theSourceKeepsTheServersOrderAndNumbers()
    {
        const QByteArray json = "{\"apiVersion\":\"backstage.io/v1alpha1\",\"kind\":\"Component\",\"metadata\":"
                                "{\"name\":\"caf\xc3\xa9\",\"namespace\":\"default\",\"annotations\":{\"z\":\"say \\\"hi\\\"\",\"a\":\"1\"}},"
                                "\"spec\":{\"type\":\"service\",\"cost\":1.50,\"big\":12345678901234567890,\"tags\":[],\"x\":{}}}";
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        const std::optional<Entity> entity = entityFromJson(object, QStringLiteral("backstage:acme"));
        QVERIFY(entity);
        const EntityDetails d = remoteEntityDetails(json, *entity);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        const QString expected = QString::fromUtf8(
            "{\n"
            "    \"apiVersion\": \"backstage.io/v1alpha1\",\n"
            "    \"kind\": \"Component\",\n"
            "    \"metadata\": {\n"
            "        \"name\": \"caf\xc3\xa9\",\n"
            "        \"namespace\": \"default\",\n"
            "        \"annotations\": {\n"
            "            \"z\": \"say \\\"hi\\\"\",\n"
            "            \"a\": \"1\"\n"
            "        }\n"
            "    },\n"
            "    \"spec\": {\n"
            "        \"type\": \"service\",\n"
            "        \"cost\": 1.50,\n"
            "        \"big\": 12345678901234567890,\n"
            "        \"tags\": [],\n"
            "        \"x\": {}\n"
            "    }\n"
            "}");
        QCOMPARE(d.sourceText, expected);
        QCOMPARE(QJsonDocument::fromJson(d.sourceText.toUtf8()).object(), object);

        // Text only Qt reads (an escape JSON does not have) is still shown, Qt's way.
        const EntityDetails lax = remoteEntityDetails("{\"kind\":\"Component\",\"metadata\":{\"name\":\"a\\lb\"}}", *entity);
        QVERIFY2(lax.error.isEmpty(), qPrintable(lax.error));
        QVERIFY(lax.sourceText.contains(QLatin1String("\"kind\": \"Component\"")));
    }

    void aRemoteDefinitionIsHighlightedByItsType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("language");
        QTest::newRow("openapi yaml") << "openapi" << "openapi: 3.0.0\n" << "YAML";
        QTest::newRow("openapi json") << "openapi" << "  {\"openapi\": \"3.0.0\"}" << "JSON";
        QTest::newRow("asyncapi") << "asyncapi" << "asyncapi: 2.6.0\n" << "YAML";
        QTest::newRow("graphql") << "graphql" << "type Query { a: Int }" << "GraphQL";
        QTest::newRow("grpc") << "grpc" << "syntax = \"proto3\";" << "Protobuf";
        QTest::newRow("unknown") << "soap" << "<definitions/>" << "";
    }

    void aRemoteDefinitionIsHighlightedByItsType()
    {
        QFETCH(QString, type);
        QFETCH(QString, definition);
        QFETCH(QString, language);
        const QJsonObject object{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                                 {QStringLiteral("kind"), QStringLiteral("API")},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}},
                                 {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), type},
                                                                      {QStringLiteral("definition"), definition}}}};
        const std::optional<Entity> entity = entityFromJson(object, QStringLiteral("backstage:acme"));
        QVERIFY(entity);
        const EntityDetails d = remoteEntityDetails(QJsonDocument(object).toJson(), *entity);
        QCOMPARE(d.definition, definition);
        QCOMPARE(d.definitionLanguage, language);
    }

    void aComponentHasNoDefinition()
    {
        const QByteArray json = backstageFixture(QStringLiteral("catalog-by-name-component.json"));
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const std::optional<Entity> entity = entityFromJson(object, QStringLiteral("backstage:acme"));
        QVERIFY(entity);
        const EntityDetails d = remoteEntityDetails(json, *entity);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.definition, QString());
        QCOMPARE(d.definitionLanguage, QString());
        QVERIFY(!d.sourceText.isEmpty());
    }

    void aDamagedStoredCopyIsAnErrorNotABlankPage()
    {
        Entity e;
        e.kind = QStringLiteral("API");
        e.ns = QStringLiteral("default");
        e.name = QStringLiteral("payments-api");
        const EntityDetails truncated = remoteEntityDetails("{\"kind\": \"API\", \"metad", e);
        QVERIFY2(truncated.error.contains(QLatin1String("api:default/payments-api")), qPrintable(truncated.error));
        QCOMPARE(truncated.sourceText, QString());
        const EntityDetails notAnObject = remoteEntityDetails("[1, 2]", e);
        QVERIFY2(notAnObject.error.contains(QLatin1String("not an entity")), qPrintable(notAnObject.error));
    }

    void specFieldsAreTextWithoutTheDefinition()
    {
        const QJsonObject descriptor{
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                         {QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("resource:payments-db"), QStringLiteral("component:ledger")}},
                         {QStringLiteral("replicas"), 3},
                         {QStringLiteral("public"), true},
                         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.c")}}},
                         {QStringLiteral("definition"), QStringLiteral("openapi: 3.0.0")}}}};
        const QList<QPair<QString, QString>> fields = specFields(descriptor);
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("dependsOn"), QStringLiteral("resource:payments-db, component:ledger")},
            {QStringLiteral("profile"), QStringLiteral("{\"email\":\"a@b.c\"}")},
            {QStringLiteral("public"), QStringLiteral("true")},
            {QStringLiteral("replicas"), QStringLiteral("3")},
            {QStringLiteral("type"), QStringLiteral("service")},
        };
        QCOMPARE(fields, expected);
        QVERIFY(specFields(QJsonObject()).isEmpty());
    }

    void backstageUrlFollowsTheEntityRoute()
    {
        Entity e;
        e.kind = QStringLiteral("Component");
        e.ns = QStringLiteral("default");
        e.name = QStringLiteral("checkout-web");
        QCOMPARE(backstageEntityUrl(QStringLiteral("https://backstage.acme.example"), e),
                 QStringLiteral("https://backstage.acme.example/catalog/default/component/checkout-web"));
        QCOMPARE(backstageEntityUrl(QStringLiteral("https://acme.example/portal/ "), e),
                 QStringLiteral("https://acme.example/portal/catalog/default/component/checkout-web"));
        e.kind = QStringLiteral("API");
        e.ns = QStringLiteral("Payments");
        e.name = QStringLiteral("card api");
        QCOMPARE(backstageEntityUrl(QStringLiteral("http://localhost:3000/"), e),
                 QStringLiteral("http://localhost:3000/catalog/Payments/api/card%20api"));
        QCOMPARE(backstageEntityUrl(QString(), e), QString());
    }
};

QTEST_GUILESS_MAIN(TestEntityDetails)
#include "tst_entitydetails.moc"
