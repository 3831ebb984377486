#include "catalog/entityreader.h"
#include "yaml/yamldocument.h"

#include <QtTest>

#include <algorithm>

using namespace atrium::catalog;
namespace yaml = atrium::yaml;

namespace {

const QString kFile = QStringLiteral("/srv/catalog/services/catalog-info.yaml");
const QString kRoot = QStringLiteral("/srv/catalog");

ReadResult readYaml(const QByteArray &text, const QString &file = kFile, const QString &root = kRoot,
                    int documentIndex = 0)
{
    const yaml::ParseResult parsed = yaml::parse(text);
    if (!parsed.ok || std::size_t(documentIndex) >= parsed.documents.size()) {
        ReadResult failed;
        Problem p;
        p.rule = QStringLiteral("test.yamlDidNotParse");
        p.message = parsed.error.message;
        p.line = parsed.error.line;
        p.column = parsed.error.column;
        failed.problems.append(p);
        return failed;
    }
    return readEntity(parsed.documents.at(std::size_t(documentIndex)), ReadContext{file, root, documentIndex});
}

QStringList rulesOf(const ReadResult &r)
{
    QStringList rules;
    for (const Problem &p : r.problems)
        rules.append(p.rule);
    return rules;
}

QString dump(const ReadResult &r)
{
    QStringList lines;
    for (const Problem &p : r.problems) {
        lines.append(QStringLiteral("[%1] %2 @%3:%4 %5")
                         .arg(Problem::severityName(p.severity), p.rule)
                         .arg(p.line)
                         .arg(p.column)
                         .arg(p.message));
    }
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

const Problem *findRule(const ReadResult &r, const QString &rule)
{
    const auto it = std::find_if(r.problems.cbegin(), r.problems.cend(), [&](const Problem &p) { return p.rule == rule; });
    return it == r.problems.cend() ? nullptr : &*it;
}

QStringList relationsOf(const Entity &e)
{
    QStringList out;
    for (const EntityRelation &r : e.relations)
        out.append(r.type + QLatin1Char(' ') + r.targetKey);
    out.sort();
    return out;
}

// A valid Component whose metadata body the test supplies; metadata lines start at line 4.
QByteArray componentWithMetadata(const QByteArray &metadataBody)
{
    return QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\n"
                             "kind: Component\n"
                             "metadata:\n")
        + metadataBody
        + QByteArrayLiteral("spec:\n"
                            "  type: service\n"
                            "  lifecycle: production\n"
                            "  owner: team-a\n");
}

// A document of the given kind whose spec fields start at line 6, column 3.
QByteArray entityWithSpec(const QByteArray &kind, const QByteArray &specBody,
                          const QByteArray &apiVersion = QByteArrayLiteral("backstage.io/v1alpha1"))
{
    return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: example\nspec:\n" + specBody;
}

struct KindSample {
    QByteArray kind;
    QByteArray apiVersion;
    QList<QByteArray> fields;   // one line each, without the indentation
    QStringList required;       // field names that must be present
};

QList<KindSample> kindSamples()
{
    const QByteArray v1 = QByteArrayLiteral("backstage.io/v1alpha1");
    return {
        {"Component", v1, {"type: service", "lifecycle: production", "owner: team-a"}, {"type", "lifecycle", "owner"}},
        {"API", v1, {"type: openapi", "lifecycle: production", "owner: team-a", "definition: 'openapi: 3.0.0'"},
         {"type", "lifecycle", "owner", "definition"}},
        {"Resource", v1, {"type: database", "owner: team-a"}, {"type", "owner"}},
        {"System", v1, {"owner: team-a"}, {"owner"}},
        {"Domain", v1, {"owner: team-a"}, {"owner"}},
        {"Group", "backstage.io/v1beta1", {"type: team", "children: []"}, {"type", "children"}},
        {"User", v1, {"memberOf: [team-a]"}, {"memberOf"}},
        {"Location", v1, {"target: ./other/catalog-info.yaml"}, {}},
        {"Template", "scaffolder.backstage.io/v1beta3", {"type: service", "steps: [{action: 'debug:log'}]"},
         {"type", "steps"}},
    };
}

QByteArray specOf(const QList<QByteArray> &fields)
{
    QByteArray body;
    for (const QByteArray &f : fields)
        body += "  " + f + "\n";
    return body;
}

} // namespace

class TestEntityReader : public QObject
{
    Q_OBJECT

private slots:
    // Whole entities
    void readsAValidComponent();
    void realWorldCatalogInfoLoadsWithoutProblems();
    void everyBuiltInKindLoadsWithItsRequiredFields_data();
    void everyBuiltInKindLoadsWithItsRequiredFields();
    void emptyDocumentIsSkipped();
    void errorsDropTheEntityButNoticesDoNot();
    void problemsCarryFileAndEntityRef();
    void recordsWhereTheEntityCameFrom();

    // Envelope (apiVersion, kind, metadata)
    void envelopeRules_data();
    void envelopeRules();
    void metadataRules_data();
    void metadataRules();
    void acceptsValidMetadataValues_data();
    void acceptsValidMetadataValues();
    void namespaceDefaultsAndIsKept();
    void reportsEveryProblemNotOnlyTheFirst();

    // Spec rules per kind
    void missingRequiredSpecField_data();
    void missingRequiredSpecField();
    void specFieldRules_data();
    void specFieldRules();

    // Relations
    void relationsPerKind_data();
    void relationsPerKind();
    void refsDefaultToTheEntitysNamespace();
    void duplicateRefsGiveOneRelation();
    void refsOutsideAsciiAndWithSpacesResolveAlike();
    void profileGivesDisplayNameAndEmail();

    // Custom kinds
    void customKindGetsEnvelopeValidationAndNotice();
    void customKindStillFailsOnEnvelopeErrors();

    // Placeholders
    void placeholderTargets_data();
    void placeholderTargets();
    void placeholderAnywhereInTheDocumentIsChecked();
    void parsedPlaceholderInDefinitionWarns();
    void placeholderInIdentityOrRefFieldIsRejected();
    void onlyExactPlaceholderMappingsAreResolved();
    void resolvePlaceholderReadsContent();
    void resolvePlaceholderRefusesEscapesAndLeavesUrls();
    void resolvePlaceholderCapsSize();
    void resolveInsideRootReturnsCanonicalPath();

    // Locations
    void locationTargetsAreCollected();
    void remoteLocationTargetsAreNoticedNotFollowed();
    void locationWithoutTargetsWarns();
};

// ------------------------------------------------------------------------------------------------
// Whole entities
// ------------------------------------------------------------------------------------------------

void TestEntityReader::readsAValidComponent()
{
    const ReadResult r = readYaml(QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\n"
                                                    "kind: Component\n"
                                                    "metadata:\n"
                                                    "  name: checkout-web\n"
                                                    "  title: Checkout\n"
                                                    "  description: The storefront checkout.\n"
                                                    "  labels:\n"
                                                    "    tier: gold\n"
                                                    "  annotations:\n"
                                                    "    backstage.io/techdocs-ref: dir:.\n"
                                                    "  tags: [web, typescript]\n"
                                                    "  links:\n"
                                                    "    - url: https://checkout.acme.example\n"
                                                    "      title: Production\n"
                                                    "      icon: web\n"
                                                    "      type: website\n"
                                                    "spec:\n"
                                                    "  type: website\n"
                                                    "  lifecycle: production\n"
                                                    "  owner: web-team\n"
                                                    "  system: storefront\n"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QVERIFY(r.entity.has_value());
    const Entity &e = *r.entity;
    QCOMPARE(e.apiVersion, QStringLiteral("backstage.io/v1alpha1"));
    QCOMPARE(e.kind, QStringLiteral("Component"));
    QCOMPARE(e.ns, QStringLiteral("default"));
    QCOMPARE(e.name, QStringLiteral("checkout-web"));
    QCOMPARE(e.key(), QStringLiteral("component:default/checkout-web"));
    QCOMPARE(e.title, QStringLiteral("Checkout"));
    QCOMPARE(e.description, QStringLiteral("The storefront checkout."));
    QCOMPARE(e.specType, QStringLiteral("website"));
    QCOMPARE(e.lifecycle, QStringLiteral("production"));
    QCOMPARE(e.ownerKey, QStringLiteral("group:default/web-team"));
    QCOMPARE(e.systemKey, QStringLiteral("system:default/storefront"));
    QCOMPARE(e.tags, QStringList({QStringLiteral("web"), QStringLiteral("typescript")}));
    QCOMPARE(e.labels.size(), 1);
    QCOMPARE(e.labels.at(0).first, QStringLiteral("tier"));
    QCOMPARE(e.labels.at(0).second, QStringLiteral("gold"));
    QCOMPARE(e.annotations.size(), 1);
    QCOMPARE(e.annotations.at(0).first, QStringLiteral("backstage.io/techdocs-ref"));
    QCOMPARE(e.annotations.at(0).second, QStringLiteral("dir:."));
    QCOMPARE(e.links.size(), 1);
    QCOMPARE(e.links.at(0).url, QStringLiteral("https://checkout.acme.example"));
    QCOMPARE(e.links.at(0).title, QStringLiteral("Production"));
    QCOMPARE(e.links.at(0).icon, QStringLiteral("web"));
    QCOMPARE(e.links.at(0).type, QStringLiteral("website"));
    QCOMPARE(relationsOf(e), QStringList({QStringLiteral("ownedBy group:default/web-team"),
                                          QStringLiteral("partOf system:default/storefront")}));
    QVERIFY(!e.customKind);
    QVERIFY(r.locationTargets.isEmpty());
}

void TestEntityReader::realWorldCatalogInfoLoadsWithoutProblems()
{
    const QString dir = QStringLiteral(ATRIUM_TEST_FIXTURES "/descriptors/real-world");
    const QString file = dir + QStringLiteral("/catalog-info.yaml");
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const yaml::ParseResult parsed = yaml::parse(f.readAll());
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.documents.size(), std::size_t(3));

    QList<Entity> entities;
    for (std::size_t i = 0; i < parsed.documents.size(); ++i) {
        const ReadResult r = readEntity(parsed.documents[i], ReadContext{file, dir, int(i)});
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
        QVERIFY(r.entity.has_value());
        entities.append(*r.entity);
    }

    const Entity &component = entities.at(0);
    QCOMPARE(component.key(), QStringLiteral("component:default/payments-service"));
    QCOMPARE(component.annotations.size(), 8);
    QCOMPARE(component.annotations.at(0),
             qMakePair(QStringLiteral("github.com/project-slug"), QStringLiteral("acme/payments-service")));
    QCOMPARE(component.tags.size(), 4);
    QCOMPARE(component.links.size(), 3);
    QCOMPARE(component.links.at(1).title, QStringLiteral("On-call"));
    QCOMPARE(relationsOf(component), QStringList({
                                         QStringLiteral("consumesApi api:default/fraud-api"),
                                         QStringLiteral("dependsOn resource:default/orders-queue"),
                                         QStringLiteral("dependsOn resource:default/payments-db"),
                                         QStringLiteral("ownedBy group:default/payments-team"),
                                         QStringLiteral("partOf system:default/payments"),
                                         QStringLiteral("providesApi api:default/payments-api"),
                                     }));

    const Entity &api = entities.at(1);
    QCOMPARE(api.key(), QStringLiteral("api:default/payments-api"));
    QCOMPARE(api.ownerKey, QStringLiteral("group:default/payments-team"));
    QCOMPARE(api.source.documentIndex, 1);

    const Entity &resource = entities.at(2);
    QCOMPARE(resource.specType, QStringLiteral("database"));
    QCOMPARE(resource.systemKey, QStringLiteral("system:default/payments"));
}

void TestEntityReader::everyBuiltInKindLoadsWithItsRequiredFields_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("kind");
    for (const KindSample &s : kindSamples())
        QTest::newRow(s.kind.constData()) << entityWithSpec(s.kind, specOf(s.fields), s.apiVersion)
                                          << QString::fromLatin1(s.kind);
}

void TestEntityReader::everyBuiltInKindLoadsWithItsRequiredFields()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, kind);
    const ReadResult r = readYaml(yaml);
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QVERIFY(r.entity.has_value());
    QCOMPARE(r.entity->kind, kind);
    QVERIFY(!r.entity->customKind);
}

void TestEntityReader::emptyDocumentIsSkipped()
{
    const ReadResult r = readYaml(QByteArrayLiteral("~\n"));
    QVERIFY(!r.entity.has_value());
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
}

void TestEntityReader::errorsDropTheEntityButNoticesDoNot()
{
    const ReadResult bad = readYaml(componentWithMetadata("  name: bad name\n"));
    QVERIFY(!bad.entity.has_value());
    QCOMPARE(rulesOf(bad), QStringList{QStringLiteral("metadata.name.format")});
    QCOMPARE(bad.problems.first().severity, Problem::Severity::Error);

    const ReadResult noticed = readYaml(QByteArrayLiteral("apiVersion: acme.com/v1\n"
                                                          "kind: Service\n"
                                                          "metadata:\n"
                                                          "  name: billing\n"));
    QVERIFY(noticed.entity.has_value());
    QCOMPARE(noticed.problems.size(), 1);
    QCOMPARE(noticed.problems.first().severity, Problem::Severity::Notice);
}

void TestEntityReader::problemsCarryFileAndEntityRef()
{
    const ReadResult r = readYaml(entityWithSpec("Component", "  type: service\n  lifecycle: production\n"));
    const Problem *p = findRule(r, QStringLiteral("spec.owner.required"));
    QVERIFY2(p, qPrintable(dump(r)));
    QCOMPARE(p->file, kFile);
    QCOMPARE(p->entityRef, QStringLiteral("component:default/example"));
    QCOMPARE(p->severity, Problem::Severity::Error);
    QVERIFY2(p->message.contains(QLatin1String("spec.owner")), qPrintable(p->message));
    QVERIFY2(p->message.contains(QLatin1String("Component")), qPrintable(p->message));
}

void TestEntityReader::recordsWhereTheEntityCameFrom()
{
    const QByteArray text = QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\n"
                                              "kind: System\n"
                                              "metadata:\n"
                                              "  name: first\n"
                                              "spec:\n"
                                              "  owner: team-a\n"
                                              "---\n"
                                              "apiVersion: backstage.io/v1alpha1\n"
                                              "kind: System\n"
                                              "metadata:\n"
                                              "  name: second\n"
                                              "spec:\n"
                                              "  owner: team-a\n");
    const ReadResult r = readYaml(text, kFile, kRoot, 1);
    QVERIFY2(r.entity.has_value(), qPrintable(dump(r)));
    const EntitySource &s = r.entity->source;
    QCOMPARE(s.file, kFile);
    QCOMPARE(s.rootDir, kRoot);
    QCOMPARE(s.documentIndex, 1);
    QCOMPARE(s.line, 8);
    QCOMPARE(s.column, 1);
    QVERIFY2(s.firstLine >= 7 && s.firstLine <= 8, qPrintable(QString::number(s.firstLine)));
    QCOMPARE(s.endLine, 14);
}

// ------------------------------------------------------------------------------------------------
// Envelope
// ------------------------------------------------------------------------------------------------

void TestEntityReader::envelopeRules_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray meta = "metadata:\n  name: svc\n";
    const QByteArray spec = "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n";
    const QByteArray head = "apiVersion: backstage.io/v1alpha1\nkind: Component\n";

    QTest::newRow("document is a list") << QByteArray("- a\n- b\n") << "document.notMapping" << 1 << 1;
    QTest::newRow("document is a scalar") << QByteArray("just text\n") << "document.notMapping" << 1 << 1;
    QTest::newRow("foreign root field") << QByteArray(head + "owner: team-a\n" + meta + spec) << "root.unknownField" << 3 << 1;
    QTest::newRow("apiVersion missing") << QByteArray("kind: Component\n" + meta + spec) << "apiVersion.required" << 1 << 1;
    QTest::newRow("apiVersion a number") << QByteArray("apiVersion: 1\nkind: Component\n" + meta + spec)
                                         << "apiVersion.type" << 1 << 13;
    QTest::newRow("apiVersion two slashes") << QByteArray("apiVersion: backstage.io/v1/alpha1\nkind: Component\n" + meta + spec)
                                            << "apiVersion.format" << 1 << 13;
    QTest::newRow("apiVersion upper-case prefix")
        << QByteArray("apiVersion: Backstage.io/v1alpha1\nkind: Component\n" + meta + spec) << "apiVersion.format" << 1 << 13;
    QTest::newRow("apiVersion unknown for Component")
        << QByteArray("apiVersion: backstage.io/v2\nkind: Component\n" + meta + spec) << "apiVersion.unsupported" << 1 << 13;
    QTest::newRow("Template needs scaffolder apiVersion")
        << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Template\n" + meta
                      + "spec:\n  type: service\n  steps: []\n")
        << "apiVersion.unsupported" << 1 << 13;
    QTest::newRow("kind missing") << QByteArray("apiVersion: backstage.io/v1alpha1\n" + meta + spec) << "kind.required" << 1 << 1;
    QTest::newRow("kind a list") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: [Component]\n" + meta + spec)
                                 << "kind.type" << 2 << 7;
    QTest::newRow("kind with dash") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: My-Kind\n" + meta)
                                    << "kind.format" << 2 << 7;
    QTest::newRow("kind starting with digit") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: 3D\n" + meta)
                                              << "kind.format" << 2 << 7;
    QTest::newRow("built-in kind in wrong case") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: component\n" + meta + spec)
                                                 << "kind.case" << 2 << 7;
    QTest::newRow("metadata missing") << QByteArray(head + spec) << "metadata.required" << 1 << 1;
    QTest::newRow("metadata a scalar") << QByteArray(head + "metadata: svc\n" + spec) << "metadata.type" << 3 << 11;
    QTest::newRow("spec missing") << QByteArray(head + meta) << "spec.required" << 1 << 1;
    QTest::newRow("spec a scalar") << QByteArray(head + meta + "spec: service\n") << "spec.notMapping" << 5 << 7;
}

void TestEntityReader::envelopeRules()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    const ReadResult r = readYaml(yaml);
    const Problem *p = findRule(r, rule);
    QVERIFY2(p, qPrintable(dump(r)));
    QCOMPARE(p->severity, Problem::Severity::Error);
    QCOMPARE(p->line, line);
    QCOMPARE(p->column, column);
    QVERIFY(!p->message.isEmpty());
    QVERIFY(!r.entity.has_value());
}

void TestEntityReader::metadataRules_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");   // the message names the offending value or field

    const QByteArray name = "  name: svc\n";
    const QByteArray tooLong(64, 'a');

    QTest::newRow("name with space and bang") << QByteArray("  name: Payments Service!\n") << "metadata.name.format" << 4 << 9
                                              << "\"Payments Service!\"";
    QTest::newRow("name of 64 characters") << QByteArray("  name: " + tooLong + "\n") << "metadata.name.format" << 4 << 9
                                           << QString::fromLatin1(tooLong);
    QTest::newRow("name starting with a dash") << QByteArray("  name: -svc\n") << "metadata.name.format" << 4 << 9 << "-svc";
    QTest::newRow("name ending with a dot") << QByteArray("  name: svc.\n") << "metadata.name.format" << 4 << 9 << "svc.";
    QTest::newRow("name with non-ASCII") << QByteArray("  name: caf\xc3\xa9\n") << "metadata.name.format" << 4 << 9
                                         << QString::fromUtf8("caf\xc3\xa9");
    QTest::newRow("name empty string") << QByteArray("  name: ''\n") << "metadata.name.format" << 4 << 9 << "metadata.name";
    QTest::newRow("name a number") << QByteArray("  name: 42\n") << "metadata.name.type" << 4 << 9 << "number";
    QTest::newRow("name missing") << QByteArray("  title: Service\n") << "metadata.name.required" << 4 << 3 << "metadata.name";
    QTest::newRow("namespace upper case") << QByteArray(name + "  namespace: Default\n") << "metadata.namespace.format" << 5 << 14
                                          << "Default";
    QTest::newRow("namespace underscore") << QByteArray(name + "  namespace: my_ns\n") << "metadata.namespace.format" << 5 << 14
                                          << "my_ns";
    QTest::newRow("namespace double dash") << QByteArray(name + "  namespace: a--b\n") << "metadata.namespace.format" << 5 << 14
                                           << "a--b";
    QTest::newRow("namespace empty") << QByteArray(name + "  namespace: ''\n") << "metadata.namespace.format" << 5 << 14
                                     << "metadata.namespace";
    QTest::newRow("namespace a number") << QByteArray(name + "  namespace: 12\n") << "metadata.namespace.type" << 5 << 14 << "12";
    QTest::newRow("title empty") << QByteArray(name + "  title: ''\n") << "metadata.title.empty" << 5 << 10 << "metadata.title";
    QTest::newRow("title a mapping") << QByteArray(name + "  title: {text: x}\n") << "metadata.title.type" << 5 << 10
                                     << "mapping";
    QTest::newRow("description a number") << QByteArray(name + "  description: 3.5\n") << "metadata.description.type" << 5 << 16
                                          << "3.5";
    QTest::newRow("labels a list") << QByteArray(name + "  labels: [a]\n") << "metadata.labels.type" << 5 << 11 << "list";
    QTest::newRow("label key with space") << QByteArray(name + "  labels:\n    bad key: x\n") << "metadata.labels.key" << 6 << 5
                                          << "bad key";
    QTest::newRow("label key upper-case prefix") << QByteArray(name + "  labels:\n    Acme.com/tier: x\n") << "metadata.labels.key"
                                                 << 6 << 5 << "Acme.com/tier";
    QTest::newRow("label key two slashes") << QByteArray(name + "  labels:\n    a/b/c: x\n") << "metadata.labels.key" << 6 << 5
                                           << "a/b/c";
    QTest::newRow("label value with space") << QByteArray(name + "  labels:\n    tier: gold plated\n") << "metadata.labels.value"
                                            << 6 << 11 << "gold plated";
    QTest::newRow("label value a number") << QByteArray(name + "  labels:\n    tier: 1\n") << "metadata.labels.value" << 6 << 11
                                          << "quotes";
    QTest::newRow("annotations a scalar") << QByteArray(name + "  annotations: foo\n") << "metadata.annotations.type" << 5 << 16
                                          << "metadata.annotations";
    QTest::newRow("annotation value a boolean") << QByteArray(name + "  annotations:\n    backstage.io/orphan: true\n")
                                                << "metadata.annotations.value" << 6 << 26 << "backstage.io/orphan";
    QTest::newRow("annotation value a number") << QByteArray(name + "  annotations:\n    github.com/user-id: 123456\n")
                                               << "metadata.annotations.value" << 6 << 25 << "quotes";
    QTest::newRow("annotation key with empty name") << QByteArray(name + "  annotations:\n    backstage.io/: x\n")
                                                    << "metadata.annotations.key" << 6 << 5 << "backstage.io/";
    QTest::newRow("tags a scalar") << QByteArray(name + "  tags: java\n") << "metadata.tags.type" << 5 << 9 << "metadata.tags";
    QTest::newRow("tag upper case") << QByteArray(name + "  tags:\n    - Java\n") << "metadata.tags.format" << 6 << 7 << "Java";
    QTest::newRow("tag underscore") << QByteArray(name + "  tags:\n    - spring_boot\n") << "metadata.tags.format" << 6 << 7
                                    << "spring_boot";
    QTest::newRow("tag double dash") << QByteArray(name + "  tags:\n    - a--b\n") << "metadata.tags.format" << 6 << 7 << "a--b";
    QTest::newRow("tag of 64 characters") << QByteArray(name + "  tags:\n    - " + tooLong + "\n") << "metadata.tags.format" << 6
                                          << 7 << "metadata.tags[0]";
    QTest::newRow("tag empty") << QByteArray(name + "  tags: [java, '']\n") << "metadata.tags.format" << 5 << 16
                               << "metadata.tags[1]";
    QTest::newRow("tag a number") << QByteArray(name + "  tags:\n    - 1.5\n") << "metadata.tags.itemType" << 6 << 7 << "1.5";
    QTest::newRow("links a scalar") << QByteArray(name + "  links: https://x.example\n") << "metadata.links.type" << 5 << 10
                                    << "metadata.links";
    QTest::newRow("link a scalar") << QByteArray(name + "  links:\n    - https://x.example\n") << "metadata.links.itemType" << 6
                                   << 7 << "metadata.links[0]";
    QTest::newRow("link without url") << QByteArray(name + "  links:\n    - title: Docs\n") << "metadata.links.url.required" << 6
                                      << 7 << "metadata.links[0]";
    QTest::newRow("link url a number") << QByteArray(name + "  links:\n    - url: 42\n") << "metadata.links.url.type" << 6 << 12
                                       << "metadata.links[0].url";
    QTest::newRow("link url without scheme") << QByteArray(name + "  links:\n    - url: grafana.acme.example/d/1\n")
                                             << "metadata.links.url.format" << 6 << 12 << "grafana.acme.example/d/1";
    QTest::newRow("link url without host") << QByteArray(name + "  links:\n    - url: 'https://'\n") << "metadata.links.url.format"
                                           << 6 << 12 << "https://";
    QTest::newRow("link title blank") << QByteArray(name + "  links:\n    - url: https://x.example\n      title: '  '\n")
                                      << "metadata.links.title.empty" << 7 << 14 << "metadata.links[0].title";
    QTest::newRow("link icon with space") << QByteArray(name + "  links:\n    - url: https://x.example\n      icon: line chart\n")
                                          << "metadata.links.icon.format" << 7 << 13 << "line chart";
    QTest::newRow("link type a number") << QByteArray(name + "  links:\n    - url: https://x.example\n      type: 3\n")
                                        << "metadata.links.type.type" << 7 << 13 << "metadata.links[0].type";
}

void TestEntityReader::metadataRules()
{
    QFETCH(QByteArray, metadata);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const ReadResult r = readYaml(componentWithMetadata(metadata));
    QCOMPARE(r.problems.size(), 1);
    const Problem &p = r.problems.first();
    QVERIFY2(p.rule == rule, qPrintable(dump(r)));
    QCOMPARE(p.severity, Problem::Severity::Error);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.contains(mentions), qPrintable(p.message));
    QVERIFY(!r.entity.has_value());
}

void TestEntityReader::acceptsValidMetadataValues_data()
{
    QTest::addColumn<QByteArray>("metadata");
    const QByteArray name = "  name: svc\n";
    QTest::newRow("one-character name") << QByteArray("  name: a\n");
    QTest::newRow("name of 63 characters") << QByteArray("  name: " + QByteArray(63, 'b') + "\n");
    QTest::newRow("name with mixed separators") << QByteArray("  name: Payments_API.v2--beta\n");
    QTest::newRow("quoted numeric name") << QByteArray("  name: '42'\n");
    QTest::newRow("namespace") << QByteArray(name + "  namespace: team-42\n");
    QTest::newRow("tags with c++, c# and colons") << QByteArray(name + "  tags: [c++, 'c#', 'k8s:v1', a-b-c]\n");
    QTest::newRow("label key with prefix") << QByteArray(name + "  labels:\n    acme.example.com/cost_center: CC-12\n");
    QTest::newRow("empty label value") << QByteArray(name + "  labels:\n    flag: ''\n");
    QTest::newRow("quoted annotation values") << QByteArray(name + "  annotations:\n    backstage.io/orphan: 'true'\n"
                                                                  "    github.com/user-id: \"123456\"\n"
                                                                  "    example.com/free-text: Free text, with commas and 100% symbols!\n");
    QTest::newRow("mailto link") << QByteArray(name + "  links:\n    - url: mailto:team@acme.example\n");
    QTest::newRow("description empty") << QByteArray(name + "  description: ''\n");
}

void TestEntityReader::acceptsValidMetadataValues()
{
    QFETCH(QByteArray, metadata);
    const ReadResult r = readYaml(componentWithMetadata(metadata));
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QVERIFY(r.entity.has_value());
}

void TestEntityReader::namespaceDefaultsAndIsKept()
{
    const ReadResult defaulted = readYaml(componentWithMetadata("  name: svc\n"));
    QVERIFY(defaulted.entity.has_value());
    QCOMPARE(defaulted.entity->ns, QStringLiteral("default"));

    const ReadResult explicitNs = readYaml(componentWithMetadata("  name: svc\n  namespace: shop\n"));
    QVERIFY(explicitNs.entity.has_value());
    QCOMPARE(explicitNs.entity->ns, QStringLiteral("shop"));
    QCOMPARE(explicitNs.entity->key(), QStringLiteral("component:shop/svc"));
}

void TestEntityReader::reportsEveryProblemNotOnlyTheFirst()
{
    const ReadResult r = readYaml(QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\n"
                                                    "kind: Component\n"
                                                    "metadata:\n"
                                                    "  name: Bad Name\n"
                                                    "  tags: [Java]\n"
                                                    "spec:\n"
                                                    "  type: service\n"
                                                    "  owner: a:b:c\n"));
    QCOMPARE(rulesOf(r), QStringList({QStringLiteral("metadata.name.format"), QStringLiteral("metadata.tags.format"),
                                      QStringLiteral("spec.lifecycle.required"), QStringLiteral("spec.owner.ref")}));
    for (const Problem &p : r.problems)
        QCOMPARE(p.entityRef, QStringLiteral("component:default/bad name"));
}

// ------------------------------------------------------------------------------------------------
// Spec rules
// ------------------------------------------------------------------------------------------------

void TestEntityReader::missingRequiredSpecField_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("rule");
    for (const KindSample &s : kindSamples()) {
        for (const QString &field : s.required) {
            QList<QByteArray> fields;
            for (const QByteArray &f : s.fields) {
                if (!f.startsWith(field.toLatin1() + ':'))
                    fields.append(f);
            }
            // An extra field keeps spec a mapping when the removed field was its only one.
            fields.append("x-note: kept");
            QTest::addRow("%s without %s", s.kind.constData(), qPrintable(field))
                << entityWithSpec(s.kind, specOf(fields), s.apiVersion) << QStringLiteral("spec.%1.required").arg(field);
        }
    }
}

void TestEntityReader::missingRequiredSpecField()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, rule);
    const ReadResult r = readYaml(yaml);
    QCOMPARE(rulesOf(r), QStringList{rule});
    const Problem &p = r.problems.first();
    // The field has no node of its own: the problem points at the spec mapping that lacks it.
    QCOMPARE(p.line, 6);
    QCOMPARE(p.column, 3);
    QVERIFY(!r.entity.has_value());
}

void TestEntityReader::specFieldRules_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray component = "  type: service\n  lifecycle: production\n";   // lines 6-7
    const QByteArray api = "  type: openapi\n  lifecycle: production\n  owner: team-a\n";   // lines 6-8
    const QByteArray beta3 = "scaffolder.backstage.io/v1beta3";

    QTest::newRow("owner a number") << entityWithSpec("Component", component + "  owner: 12\n") << "spec.owner.type" << 8 << 10;
    QTest::newRow("owner with two colons") << entityWithSpec("Component", component + "  owner: a:b:c\n") << "spec.owner.ref" << 8 << 10;
    QTest::newRow("owner with empty namespace") << entityWithSpec("Component", component + "  owner: '/team-a'\n")
                                                << "spec.owner.ref" << 8 << 10;
    QTest::newRow("type empty") << entityWithSpec("Component", "  type: ''\n  lifecycle: production\n  owner: team-a\n")
                                << "spec.type.empty" << 6 << 9;
    QTest::newRow("lifecycle a list") << entityWithSpec("Component", "  type: service\n  lifecycle: [production]\n  owner: team-a\n")
                                      << "spec.lifecycle.type" << 7 << 14;
    QTest::newRow("system with kind only") << entityWithSpec("Component", component + "  owner: team-a\n  system: 'system:'\n")
                                           << "spec.system.ref" << 9 << 11;
    QTest::newRow("providesApis a scalar") << entityWithSpec("Component", component + "  owner: team-a\n  providesApis: payments-api\n")
                                           << "spec.providesApis.type" << 9 << 17;
    QTest::newRow("providesApis item a number") << entityWithSpec("Component", component + "  owner: team-a\n  providesApis: [1]\n")
                                                << "spec.providesApis.itemType" << 9 << 18;
    QTest::newRow("consumesApis item empty") << entityWithSpec("Component", component + "  owner: team-a\n  consumesApis: ['']\n")
                                             << "spec.consumesApis.empty" << 9 << 18;
    QTest::newRow("dependsOn without kind") << entityWithSpec("Component", component + "  owner: team-a\n  dependsOn: [payments-db]\n")
                                            << "spec.dependsOn.ref" << 9 << 15;
    QTest::newRow("Resource dependencyOf without kind")
        << entityWithSpec("Resource", "  type: database\n  owner: team-a\n  dependencyOf:\n    - payments-service\n")
        << "spec.dependencyOf.ref" << 9 << 7;
    QTest::newRow("subcomponentOf a mapping") << entityWithSpec("Component", component + "  owner: team-a\n  subcomponentOf: {name: x}\n")
                                              << "spec.subcomponentOf.type" << 9 << 19;
    QTest::newRow("definition a mapping") << entityWithSpec("API", api + "  definition:\n    openapi: 3.0.0\n")
                                          << "spec.definition.type" << 10 << 5;
    QTest::newRow("definition empty") << entityWithSpec("API", api + "  definition: ''\n") << "spec.definition.empty" << 9 << 15;
    QTest::newRow("System domain bad ref") << entityWithSpec("System", "  owner: team-a\n  domain: a/b/c\n") << "spec.domain.ref" << 7 << 11;
    QTest::newRow("Domain subdomainOf bad ref") << entityWithSpec("Domain", "  owner: team-a\n  subdomainOf: 'x:'\n")
                                                << "spec.subdomainOf.ref" << 7 << 16;
    QTest::newRow("Group children a scalar") << entityWithSpec("Group", "  type: team\n  children: team-b\n") << "spec.children.type" << 7 << 13;
    QTest::newRow("Group members bad ref") << entityWithSpec("Group", "  type: team\n  children: []\n  members: ['user:']\n")
                                           << "spec.members.ref" << 8 << 13;
    QTest::newRow("Group parent a list") << entityWithSpec("Group", "  type: team\n  children: []\n  parent: [a]\n")
                                         << "spec.parent.type" << 8 << 11;
    QTest::newRow("Group profile a scalar") << entityWithSpec("Group", "  type: team\n  children: []\n  profile: Team A\n")
                                            << "spec.profile.type" << 8 << 12;
    QTest::newRow("Group profile email empty")
        << entityWithSpec("Group", "  type: team\n  children: []\n  profile:\n    email: ''\n") << "spec.profile.email.empty" << 9 << 12;
    QTest::newRow("User memberOf a scalar") << entityWithSpec("User", "  memberOf: team-a\n") << "spec.memberOf.type" << 6 << 13;
    QTest::newRow("User memberOf bad ref") << entityWithSpec("User", "  memberOf: [team-a, 'group:']\n") << "spec.memberOf.ref" << 6 << 22;
    QTest::newRow("User profile displayName a number")
        << entityWithSpec("User", "  memberOf: []\n  profile:\n    displayName: 7\n") << "spec.profile.displayName.type" << 8 << 18;
    QTest::newRow("Location presence unknown") << entityWithSpec("Location", "  target: ./a.yaml\n  presence: sometimes\n")
                                               << "spec.presence.value" << 7 << 13;
    QTest::newRow("Location targets a scalar") << entityWithSpec("Location", "  targets: ./a.yaml\n") << "spec.targets.type" << 6 << 12;
    QTest::newRow("Template steps a mapping") << entityWithSpec("Template", "  type: service\n  steps: {fetch: x}\n", beta3)
                                              << "spec.steps.type" << 7 << 10;
    QTest::newRow("Template step without action")
        << entityWithSpec("Template", "  type: service\n  steps:\n    - id: fetch\n      name: Fetch\n", beta3)
        << "spec.steps.action.required" << 8 << 7;
    QTest::newRow("Template step action a number")
        << entityWithSpec("Template", "  type: service\n  steps:\n    - action: 5\n", beta3) << "spec.steps.action.type" << 8 << 15;
    QTest::newRow("Template parameters a scalar")
        << entityWithSpec("Template", "  type: service\n  steps: []\n  parameters: name\n", beta3) << "spec.parameters.type" << 8 << 15;
    QTest::newRow("Template parameters page a scalar")
        << entityWithSpec("Template", "  type: service\n  steps: []\n  parameters: [name]\n", beta3)
        << "spec.parameters.itemType" << 8 << 16;
    QTest::newRow("Template output a list")
        << entityWithSpec("Template", "  type: service\n  steps: []\n  output: [x]\n", beta3) << "spec.output.type" << 8 << 11;
    QTest::newRow("Template owner bad ref")
        << entityWithSpec("Template", "  type: service\n  steps: []\n  owner: 'a:b:c'\n", beta3) << "spec.owner.ref" << 8 << 10;
}

void TestEntityReader::specFieldRules()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    const ReadResult r = readYaml(yaml);
    QCOMPARE(r.problems.size(), 1);
    const Problem &p = r.problems.first();
    QVERIFY2(p.rule == rule, qPrintable(dump(r)));
    QCOMPARE(p.severity, Problem::Severity::Error);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QCOMPARE(p.entityRef.section(QLatin1Char(':'), 1), QStringLiteral("default/example"));
    QVERIFY(!r.entity.has_value());
}

// ------------------------------------------------------------------------------------------------
// Relations
// ------------------------------------------------------------------------------------------------

void TestEntityReader::relationsPerKind_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("relations");
    QTest::addColumn<QString>("ownerKey");
    QTest::addColumn<QString>("systemKey");

    QTest::newRow("Component") << entityWithSpec("Component",
                                                 "  type: service\n  lifecycle: production\n  owner: user:carol\n"
                                                 "  system: payments\n  subcomponentOf: checkout\n"
                                                 "  providesApis: [payments-api]\n  consumesApis: ['api:ops/fraud-api']\n"
                                                 "  dependsOn: [resource:payments-db]\n  dependencyOf: ['component:checkout-web']\n")
                               << QStringList{"consumesApi api:ops/fraud-api",
                                              "dependencyOf component:default/checkout-web",
                                              "dependsOn resource:default/payments-db",
                                              "ownedBy user:default/carol",
                                              "partOf component:default/checkout",
                                              "partOf system:default/payments",
                                              "providesApi api:default/payments-api"}
                               << "user:default/carol" << "system:default/payments";
    QTest::newRow("API") << entityWithSpec("API",
                                           "  type: openapi\n  lifecycle: production\n  owner: Payments-Team\n"
                                           "  system: payments\n  definition: 'openapi: 3.0.0'\n")
                         << QStringList{"ownedBy group:default/payments-team", "partOf system:default/payments"}
                         << "group:default/payments-team" << "system:default/payments";
    QTest::newRow("Resource") << entityWithSpec("Resource",
                                                "  type: database\n  owner: team-a\n  system: payments\n"
                                                "  dependsOn: ['resource:disk']\n  dependencyOf: ['component:payments-service']\n")
                              << QStringList{"dependencyOf component:default/payments-service", "dependsOn resource:default/disk",
                                             "ownedBy group:default/team-a", "partOf system:default/payments"}
                              << "group:default/team-a" << "system:default/payments";
    QTest::newRow("System") << entityWithSpec("System", "  owner: team-a\n  domain: commerce\n")
                            << QStringList{"ownedBy group:default/team-a", "partOf domain:default/commerce"}
                            << "group:default/team-a" << "";
    QTest::newRow("Domain") << entityWithSpec("Domain", "  owner: group:default/engineering\n  subdomainOf: commerce\n")
                            << QStringList{"ownedBy group:default/engineering", "partOf domain:default/commerce"}
                            << "group:default/engineering" << "";
    QTest::newRow("Group") << entityWithSpec("Group",
                                             "  type: team\n  parent: engineering\n  children: [payments-core, 'group:ops/sre']\n"
                                             "  members: [bob, 'user:default/dave']\n")
                           << QStringList{"childOf group:default/engineering", "hasMember user:default/bob",
                                          "hasMember user:default/dave", "parentOf group:default/payments-core",
                                          "parentOf group:ops/sre"}
                           << "" << "";
    QTest::newRow("User") << entityWithSpec("User", "  memberOf: [platform-team, 'group:web/web-team']\n")
                          << QStringList{"memberOf group:default/platform-team", "memberOf group:web/web-team"} << "" << "";
    QTest::newRow("Template") << entityWithSpec("Template", "  type: service\n  owner: platform-team\n  steps: []\n",
                                                "scaffolder.backstage.io/v1beta3")
                              << QStringList{"ownedBy group:default/platform-team"} << "group:default/platform-team" << "";
    QTest::newRow("Location") << entityWithSpec("Location", "  targets: [./a.yaml]\n") << QStringList{} << "" << "";
}

void TestEntityReader::relationsPerKind()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, relations);
    QFETCH(QString, ownerKey);
    QFETCH(QString, systemKey);
    const ReadResult r = readYaml(yaml);
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QVERIFY(r.entity.has_value());
    QCOMPARE(relationsOf(*r.entity), relations);
    QCOMPARE(r.entity->ownerKey, ownerKey);
    QCOMPARE(r.entity->systemKey, systemKey);
}

void TestEntityReader::refsDefaultToTheEntitysNamespace()
{
    const ReadResult r = readYaml(QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\n"
                                                    "kind: Component\n"
                                                    "metadata:\n"
                                                    "  name: cart\n"
                                                    "  namespace: shop\n"
                                                    "spec:\n"
                                                    "  type: service\n"
                                                    "  lifecycle: production\n"
                                                    "  owner: web-team\n"
                                                    "  system: default/storefront\n"
                                                    "  dependsOn: [resource:cart-db]\n"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QCOMPARE(r.entity->ownerKey, QStringLiteral("group:shop/web-team"));
    QCOMPARE(r.entity->systemKey, QStringLiteral("system:default/storefront"));
    QVERIFY(relationsOf(*r.entity).contains(QStringLiteral("dependsOn resource:shop/cart-db")));
}

void TestEntityReader::duplicateRefsGiveOneRelation()
{
    const ReadResult r = readYaml(entityWithSpec("User", "  memberOf: [team-a, Team-A, 'group:default/team-a']\n"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QCOMPARE(relationsOf(*r.entity), QStringList{QStringLiteral("memberOf group:default/team-a")});
}

void TestEntityReader::refsOutsideAsciiAndWithSpacesResolveAlike()
{
    const ReadResult r = readYaml(entityWithSpec("Group",
                                                 "  type: team\n"
                                                 "  parent: \"  Engineering \"\n"
                                                 "  children: [\"\xc3\x89quipe-Paris\", 'Group:Ops/SRE']\n"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QCOMPARE(relationsOf(*r.entity), QStringList({QStringLiteral("childOf group:default/engineering"),
                                                  QStringLiteral("parentOf group:default/") + QString::fromUtf8("\xc3\xa9quipe-paris"),
                                                  QStringLiteral("parentOf group:ops/sre")}));
}

void TestEntityReader::profileGivesDisplayNameAndEmail()
{
    const ReadResult user = readYaml(entityWithSpec("User",
                                                    "  profile:\n"
                                                    "    displayName: Carol Chen\n"
                                                    "    email: carol@acme.example\n"
                                                    "    picture: https://avatars.example/carol.png\n"
                                                    "  memberOf: [web-team]\n"));
    QVERIFY2(user.problems.isEmpty(), qPrintable(dump(user)));
    QCOMPARE(user.entity->displayName, QStringLiteral("Carol Chen"));
    QCOMPARE(user.entity->email, QStringLiteral("carol@acme.example"));

    const ReadResult group = readYaml(entityWithSpec("Group",
                                                     "  type: team\n"
                                                     "  children: []\n"
                                                     "  profile: {displayName: Payments Team, email: payments@acme.example}\n"));
    QVERIFY2(group.problems.isEmpty(), qPrintable(dump(group)));
    QCOMPARE(group.entity->displayName, QStringLiteral("Payments Team"));
    QCOMPARE(group.entity->email, QStringLiteral("payments@acme.example"));
}

// ------------------------------------------------------------------------------------------------
// Custom kinds
// ------------------------------------------------------------------------------------------------

void TestEntityReader::customKindGetsEnvelopeValidationAndNotice()
{
    const ReadResult r = readYaml(QByteArrayLiteral("apiVersion: acme.com/v1\n"
                                                    "kind: Service\n"
                                                    "metadata:\n"
                                                    "  name: billing\n"
                                                    "  tags: [go]\n"
                                                    "spec:\n"
                                                    "  type: grpc\n"
                                                    "  owner: whatever:you/like:here\n"
                                                    "  replicas: 3\n"));
    QVERIFY(r.entity.has_value());
    QVERIFY(r.entity->customKind);
    QCOMPARE(r.entity->key(), QStringLiteral("service:default/billing"));
    QCOMPARE(r.entity->specType, QStringLiteral("grpc"));
    QVERIFY(r.entity->relations.isEmpty());
    QVERIFY(r.entity->ownerKey.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    const Problem &p = r.problems.first();
    QCOMPARE(p.rule, QStringLiteral("kind.custom"));
    QCOMPARE(p.severity, Problem::Severity::Notice);
    QCOMPARE(p.line, 2);
    QCOMPARE(p.column, 7);
    QVERIFY2(p.message.contains(QLatin1String("Service")), qPrintable(p.message));
    QVERIFY2(p.message.contains(QLatin1String("envelope")), qPrintable(p.message));

    const ReadResult noSpec = readYaml(QByteArrayLiteral("apiVersion: acme.com/v1\nkind: Team\nmetadata:\n  name: a\n"));
    QVERIFY(noSpec.entity.has_value());
    QCOMPARE(rulesOf(noSpec), QStringList{QStringLiteral("kind.custom")});
}

void TestEntityReader::customKindStillFailsOnEnvelopeErrors()
{
    const ReadResult r = readYaml(QByteArrayLiteral("apiVersion: acme.com/v1\n"
                                                    "kind: Service\n"
                                                    "metadata:\n"
                                                    "  name: Billing Service\n"
                                                    "  annotations:\n"
                                                    "    acme.com/replicas: 3\n"));
    QVERIFY(!r.entity.has_value());
    QCOMPARE(rulesOf(r), QStringList({QStringLiteral("metadata.name.format"), QStringLiteral("metadata.annotations.value"),
                                      QStringLiteral("kind.custom")}));
}

// ------------------------------------------------------------------------------------------------
// Placeholders
// ------------------------------------------------------------------------------------------------

namespace {

// <tmp>/root/catalog-info.yaml (descriptor), <tmp>/root/docs/openapi.yaml, <tmp>/outside/secret.txt,
// and two symlinks inside root that point outside it.
struct PlaceholderTree {
    QTemporaryDir tmp;
    QString root;
    QString descriptor;
    bool ok = false;

    PlaceholderTree()
    {
        if (!tmp.isValid())
            return;
        QDir base(tmp.path());
        if (!base.mkpath(QStringLiteral("root/docs")) || !base.mkpath(QStringLiteral("root/sub"))
            || !base.mkpath(QStringLiteral("outside")))
            return;
        root = tmp.path() + QStringLiteral("/root");
        descriptor = root + QStringLiteral("/catalog-info.yaml");
        ok = write(root + QStringLiteral("/docs/openapi.yaml"), "openapi: 3.0.3\ninfo: {title: Payments, version: '1'}\n")
            && write(root + QStringLiteral("/docs/api.json"), "{\"openapi\": \"3.0.3\", \"paths\": {}}")
            && write(root + QStringLiteral("/docs/notes.md"), "# Notes\n")
            && write(tmp.path() + QStringLiteral("/outside/secret.txt"), "secret\n")
            && QFile::link(tmp.path() + QStringLiteral("/outside/secret.txt"), root + QStringLiteral("/link.txt"))
            && QFile::link(tmp.path() + QStringLiteral("/outside"), root + QStringLiteral("/linkdir"));
    }

    static bool write(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }
};

QByteArray apiWithDefinition(const QByteArray &placeholder)
{
    // The placeholder mapping starts at line 10, column 5.
    return entityWithSpec("API", "  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    " + placeholder + "\n");
}

} // namespace

void TestEntityReader::placeholderTargets_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("rule");   // empty: accepted

    QTest::newRow("relative file inside root") << QByteArray("./docs/openapi.yaml") << QString();
    QTest::newRow("relative without ./") << QByteArray("docs/openapi.yaml") << QString();
    QTest::newRow(".. that stays inside root") << QByteArray("docs/../docs/openapi.yaml") << QString();
    QTest::newRow("https URL, not fetched") << QByteArray("https://raw.githubusercontent.com/acme/x/main/openapi.yaml") << QString();
    QTest::newRow("http URL, not fetched") << QByteArray("http://intranet.acme/openapi.yaml") << QString();
    QTest::newRow(".. escaping root") << QByteArray("../../etc/passwd") << "placeholder.escape";
    QTest::newRow("absolute path") << QByteArray("/etc/passwd") << "placeholder.absolute";
    QTest::newRow("symlink to a file outside root") << QByteArray("./link.txt") << "placeholder.symlinkEscape";
    QTest::newRow("path through a symlinked folder") << QByteArray("linkdir/secret.txt") << "placeholder.symlinkEscape";
    QTest::newRow("missing file") << QByteArray("./docs/missing.yaml") << "placeholder.missing";
    QTest::newRow("a directory") << QByteArray("./docs") << "placeholder.notFile";
    QTest::newRow("file URL") << QByteArray("file:///etc/passwd") << "placeholder.url";
}

void TestEntityReader::placeholderTargets()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, rule);
    PlaceholderTree tree;
    QVERIFY(tree.ok);

    const ReadResult r = readYaml(apiWithDefinition("$text: " + target), tree.descriptor, tree.root);
    if (rule.isEmpty()) {
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
        QVERIFY(r.entity.has_value());
        return;
    }
    QCOMPARE(rulesOf(r), QStringList{rule});
    const Problem &p = r.problems.first();
    QCOMPARE(p.severity, Problem::Severity::Error);
    QCOMPARE(p.line, 10);
    QCOMPARE(p.column, 5);
    QCOMPARE(p.file, tree.descriptor);
    QVERIFY2(p.message.contains(QString::fromUtf8(target)), qPrintable(p.message));
    QVERIFY(!r.entity.has_value());
}

void TestEntityReader::placeholderAnywhereInTheDocumentIsChecked()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    const ReadResult r = readYaml(QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\n"
                                                    "kind: Component\n"
                                                    "metadata:\n"
                                                    "  name: svc\n"
                                                    "  description:\n"
                                                    "    $text: ./docs/notes.md\n"
                                                    "spec:\n"
                                                    "  type: service\n"
                                                    "  lifecycle: production\n"
                                                    "  owner: team-a\n"
                                                    "  config:\n"
                                                    "    sources:\n"
                                                    "      - $yaml: ../../secrets.yaml\n"
                                                    "      - $json: ./docs/api.json\n"),
                                  tree.descriptor, tree.root);
    QCOMPARE(rulesOf(r), QStringList{QStringLiteral("placeholder.escape")});
    QCOMPARE(r.problems.first().line, 13);
    QCOMPARE(r.problems.first().column, 9);
    QVERIFY(r.problems.first().message.contains(QLatin1String("$yaml")));
}

void TestEntityReader::parsedPlaceholderInDefinitionWarns()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    const ReadResult r = readYaml(apiWithDefinition("$yaml: ./docs/openapi.yaml"), tree.descriptor, tree.root);
    QCOMPARE(rulesOf(r), QStringList{QStringLiteral("spec.definition.placeholderType")});
    QCOMPARE(r.problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(r.problems.first().line, 10);
    QVERIFY(r.entity.has_value());
}

void TestEntityReader::placeholderInIdentityOrRefFieldIsRejected()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    const ReadResult name = readYaml(componentWithMetadata("  name:\n    $text: ./docs/notes.md\n"), tree.descriptor, tree.root);
    QCOMPARE(rulesOf(name), QStringList{QStringLiteral("placeholder.unsupportedField")});
    QCOMPARE(name.problems.first().line, 5);

    const ReadResult owner = readYaml(entityWithSpec("System", "  owner:\n    $text: ./docs/notes.md\n"), tree.descriptor, tree.root);
    QCOMPARE(rulesOf(owner), QStringList{QStringLiteral("placeholder.unsupportedField")});
    QCOMPARE(owner.problems.first().line, 7);
}

void TestEntityReader::onlyExactPlaceholderMappingsAreResolved()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    // Two keys, a non-string value and JSON Schema's $ref are data, not placeholders (as in Backstage).
    const ReadResult r = readYaml(entityWithSpec("Template",
                                                 "  type: service\n"
                                                 "  steps: []\n"
                                                 "  parameters:\n"
                                                 "    properties:\n"
                                                 "      a: {$ref: '#/definitions/a'}\n"
                                                 "      b: {$text: /etc/passwd, title: B}\n"
                                                 "      c: {$text: [1]}\n",
                                                 "scaffolder.backstage.io/v1beta3"),
                                  tree.descriptor, tree.root);
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
}

void TestEntityReader::resolvePlaceholderReadsContent()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);

    const PlaceholderResult text = resolvePlaceholder(QStringLiteral("$text"), QStringLiteral("./docs/notes.md"), tree.root, tree.root);
    QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
    QCOMPARE(text.value.toString(), QStringLiteral("# Notes\n"));
    QVERIFY(!text.remote);

    const PlaceholderResult json = resolvePlaceholder(QStringLiteral("json"), QStringLiteral("docs/api.json"), tree.root, tree.root);
    QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
    QCOMPARE(json.value.toObject().value(QLatin1String("openapi")).toString(), QStringLiteral("3.0.3"));

    const PlaceholderResult yamlValue =
        resolvePlaceholder(QStringLiteral("$yaml"), QStringLiteral("../docs/openapi.yaml"), tree.root + QStringLiteral("/sub"), tree.root);
    QVERIFY2(yamlValue.error.isEmpty(), qPrintable(yamlValue.error));
    QCOMPARE(yamlValue.value.toObject().value(QLatin1String("info")).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("Payments"));

    QVERIFY(PlaceholderTree::write(tree.root + QStringLiteral("/docs/scalar.json"), "42"));
    const PlaceholderResult scalar = resolvePlaceholder(QStringLiteral("$json"), QStringLiteral("docs/scalar.json"), tree.root, tree.root);
    QVERIFY2(scalar.error.isEmpty(), qPrintable(scalar.error));
    QCOMPARE(scalar.value.toDouble(), 42.0);

    QVERIFY(PlaceholderTree::write(tree.root + QStringLiteral("/docs/broken.json"), "{\"a\": "));
    const PlaceholderResult broken = resolvePlaceholder(QStringLiteral("$json"), QStringLiteral("docs/broken.json"), tree.root, tree.root);
    QVERIFY(!broken.error.isEmpty());
    QVERIFY(broken.error.contains(QLatin1String("docs/broken.json")));

    QVERIFY(PlaceholderTree::write(tree.root + QStringLiteral("/docs/two.yaml"), "a: 1\n---\nb: 2\n"));
    const PlaceholderResult two = resolvePlaceholder(QStringLiteral("$yaml"), QStringLiteral("docs/two.yaml"), tree.root, tree.root);
    QVERIFY(!two.error.isEmpty());

    const PlaceholderResult unknown = resolvePlaceholder(QStringLiteral("$xml"), QStringLiteral("docs/notes.md"), tree.root, tree.root);
    QVERIFY(!unknown.error.isEmpty());
}

void TestEntityReader::resolvePlaceholderRefusesEscapesAndLeavesUrls()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    for (const QString &target : {QStringLiteral("../../etc/passwd"), QStringLiteral("/etc/passwd"),
                                  QStringLiteral("link.txt"), QStringLiteral("docs/missing.md")}) {
        const PlaceholderResult r = resolvePlaceholder(QStringLiteral("$text"), target, tree.root, tree.root);
        QVERIFY2(!r.error.isEmpty(), qPrintable(target));
        QVERIFY2(r.error.contains(target), qPrintable(r.error));
        QVERIFY(r.value.isNull() || r.value.isUndefined());
        QVERIFY(!r.remote);
    }

    const PlaceholderResult url =
        resolvePlaceholder(QStringLiteral("$text"), QStringLiteral("https://example.com/openapi.yaml"), tree.root, tree.root);
    QVERIFY(url.remote);
    QVERIFY(url.error.isEmpty());
    QVERIFY(url.value.isNull() || url.value.isUndefined());
}

void TestEntityReader::resolvePlaceholderCapsSize()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    QVERIFY(PlaceholderTree::write(tree.root + QStringLiteral("/docs/huge.txt"), QByteArray(8 * 1024 * 1024 + 1, 'x')));
    const PlaceholderResult r = resolvePlaceholder(QStringLiteral("$text"), QStringLiteral("docs/huge.txt"), tree.root, tree.root);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.value.isNull() || r.value.isUndefined());

    QVERIFY(PlaceholderTree::write(tree.root + QStringLiteral("/docs/limit.txt"), QByteArray(8 * 1024 * 1024, 'x')));
    const PlaceholderResult atLimit = resolvePlaceholder(QStringLiteral("$text"), QStringLiteral("docs/limit.txt"), tree.root, tree.root);
    QVERIFY2(atLimit.error.isEmpty(), qPrintable(atLimit.error));
    QCOMPARE(atLimit.value.toString().size(), 8 * 1024 * 1024);
}

void TestEntityReader::resolveInsideRootReturnsCanonicalPath()
{
    PlaceholderTree tree;
    QVERIFY(tree.ok);
    QString error = QStringLiteral("stale");
    const QString path = resolveInsideRoot(QStringLiteral("sub/../docs/openapi.yaml"), tree.root, tree.root, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(path, QFileInfo(tree.root + QStringLiteral("/docs/openapi.yaml")).canonicalFilePath());

    QVERIFY(resolveInsideRoot(QStringLiteral("../outside/secret.txt"), tree.root, tree.root, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("../outside/secret.txt")));
    QVERIFY(resolveInsideRoot(QString(), tree.root, tree.root, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

// ------------------------------------------------------------------------------------------------
// Locations
// ------------------------------------------------------------------------------------------------

void TestEntityReader::locationTargetsAreCollected()
{
    const ReadResult r = readYaml(entityWithSpec("Location",
                                                 "  type: file\n"
                                                 "  target: ./payments/catalog-info.yaml\n"
                                                 "  targets:\n"
                                                 "    - ./teams/*.yaml\n"
                                                 "    - ../shared/org.yaml\n"
                                                 "  presence: optional\n"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
    QVERIFY(r.entity.has_value());
    QCOMPARE(r.locationTargets, QStringList({QStringLiteral("./payments/catalog-info.yaml"), QStringLiteral("./teams/*.yaml"),
                                             QStringLiteral("../shared/org.yaml")}));
}

void TestEntityReader::remoteLocationTargetsAreNoticedNotFollowed()
{
    const ReadResult mixed = readYaml(entityWithSpec("Location",
                                                     "  targets:\n"
                                                     "    - ./local.yaml\n"
                                                     "    - https://github.com/acme/org/blob/main/org.yaml\n"));
    QVERIFY(mixed.entity.has_value());
    QCOMPARE(mixed.locationTargets, QStringList{QStringLiteral("./local.yaml")});
    QCOMPARE(rulesOf(mixed), QStringList{QStringLiteral("location.remote")});
    QCOMPARE(mixed.problems.first().severity, Problem::Severity::Notice);
    QCOMPARE(mixed.problems.first().line, 8);
    QCOMPARE(mixed.problems.first().column, 7);
    QVERIFY(mixed.problems.first().message.contains(QLatin1String("https://github.com/acme/org/blob/main/org.yaml")));

    const ReadResult urlType = readYaml(entityWithSpec("Location", "  type: url\n  target: ./relative-to-the-url.yaml\n"));
    QVERIFY(urlType.entity.has_value());
    QVERIFY(urlType.locationTargets.isEmpty());
    QCOMPARE(rulesOf(urlType), QStringList{QStringLiteral("location.remote")});

    const ReadResult otherType = readYaml(entityWithSpec("Location", "  type: github-org\n  target: https://github.com/acme\n"));
    QVERIFY(otherType.locationTargets.isEmpty());
    QCOMPARE(rulesOf(otherType), QStringList{QStringLiteral("location.type")});
}

void TestEntityReader::locationWithoutTargetsWarns()
{
    const ReadResult r = readYaml(entityWithSpec("Location", "  type: file\n"));
    QVERIFY(r.entity.has_value());
    QCOMPARE(rulesOf(r), QStringList{QStringLiteral("location.targets.missing")});
    QCOMPARE(r.problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(r.problems.first().line, 6);
    QCOMPARE(r.problems.first().column, 3);
}

QTEST_GUILESS_MAIN(TestEntityReader)
#include "tst_entityreader.moc"
