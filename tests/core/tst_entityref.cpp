#include "catalog/entity.h"
#include "catalog/entityref.h"

#include <QtTest>

using namespace atrium::catalog;

class TestEntityRef : public QObject
{
    Q_OBJECT

private slots:
    void parsesWithDefaults_data();
    void parsesWithDefaults();
    void rejectsBadSyntax_data();
    void rejectsBadSyntax();
    void requiresKindWhenNoDefault();
    void kindInTextSatisfiesMissingDefault();
    void emptyDefaultNamespaceMeansDefault();
    void keysCompareCaseInsensitively();
    void toStringLowerCasesKindAndNamespaceOnly();
    void entityKeyIsFullyLowerCase();
    void entityKeyAndRefString();
};

void TestEntityRef::parsesWithDefaults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultKind");
    QTest::addColumn<QString>("defaultNamespace");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("name only") << "payments-team" << "Group" << "default"
                               << "Group" << "default" << "payments-team" << "group:default/payments-team";
    QTest::newRow("name takes entity namespace") << "payments-team" << "Group" << "finance"
                                                 << "Group" << "finance" << "payments-team"
                                                 << "group:finance/payments-team";
    QTest::newRow("kind and name") << "user:carol" << "Group" << "default"
                                   << "user" << "default" << "carol" << "user:default/carol";
    QTest::newRow("namespace and name") << "ops/platform" << "Group" << "default"
                                        << "Group" << "ops" << "platform" << "group:ops/platform";
    QTest::newRow("full ref") << "group:default/payments-team" << "User" << "other"
                              << "group" << "default" << "payments-team" << "group:default/payments-team";
    QTest::newRow("mixed case kept, key lowered") << "Component:Default/Payments-Service" << "" << "default"
                                                  << "Component" << "Default" << "Payments-Service"
                                                  << "component:default/payments-service";
    QTest::newRow("surrounding spaces trimmed") << "  resource:payments-db " << "" << "default"
                                                << "resource" << "default" << "payments-db"
                                                << "resource:default/payments-db";
    QTest::newRow("dots and underscores in name") << "api:v1.payments_api" << "API" << "default"
                                                  << "api" << "default" << "v1.payments_api"
                                                  << "api:default/v1.payments_api";
}

void TestEntityRef::parsesWithDefaults()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultKind);
    QFETCH(QString, defaultNamespace);
    const RefParseResult r = parseEntityRef(text, defaultKind, defaultNamespace);
    QVERIFY2(r.ref.has_value(), qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QTEST(r.ref->kind, "kind");
    QTEST(r.ref->ns, "ns");
    QTEST(r.ref->name, "name");
    QTEST(r.ref->key(), "key");
    QVERIFY(r.ref->isValid());
}

void TestEntityRef::rejectsBadSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("two colons") << "a:b:c";
    QTest::newRow("two slashes") << "a/b/c";
    QTest::newRow("empty namespace") << "/name";
    QTest::newRow("empty kind") << ":name";
    QTest::newRow("empty name after kind") << "kind:";
    QTest::newRow("empty name after namespace") << "kind:ns/";
    QTest::newRow("empty namespace between") << "kind:/name";
    QTest::newRow("slash before colon") << "ns/kind:name";
}

void TestEntityRef::rejectsBadSyntax()
{
    QFETCH(QString, text);
    const RefParseResult r = parseEntityRef(text, QStringLiteral("Group"), QStringLiteral("default"));
    QVERIFY2(!r.ref.has_value(), qPrintable(r.ref ? r.ref->key() : QString()));
    QVERIFY(!r.error.isEmpty());
}

void TestEntityRef::requiresKindWhenNoDefault()
{
    const RefParseResult r = parseEntityRef(QStringLiteral("payments-db"), QString(), QStringLiteral("default"));
    QVERIFY(!r.ref.has_value());
    QVERIFY2(r.error.contains(QLatin1String("payments-db")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("kind")), qPrintable(r.error));

    const RefParseResult withNamespace = parseEntityRef(QStringLiteral("ops/payments-db"), QString(), QString());
    QVERIFY(!withNamespace.ref.has_value());
}

void TestEntityRef::kindInTextSatisfiesMissingDefault()
{
    const RefParseResult r = parseEntityRef(QStringLiteral("resource:payments-db"), QString(), QStringLiteral("shop"));
    QVERIFY(r.ref.has_value());
    QCOMPARE(r.ref->key(), QStringLiteral("resource:shop/payments-db"));
}

void TestEntityRef::emptyDefaultNamespaceMeansDefault()
{
    const RefParseResult r = parseEntityRef(QStringLiteral("team-a"), QStringLiteral("Group"), QString());
    QVERIFY(r.ref.has_value());
    QCOMPARE(r.ref->ns, QStringLiteral("default"));
}

void TestEntityRef::keysCompareCaseInsensitively()
{
    const auto a = parseEntityRef(QStringLiteral("Group:Default/Payments-Team"), QString(), QString());
    const auto b = parseEntityRef(QStringLiteral("payments-team"), QStringLiteral("group"), QStringLiteral("default"));
    QVERIFY(a.ref && b.ref);
    QCOMPARE(a.ref->key(), b.ref->key());
    QCOMPARE(a.ref->key(), QStringLiteral("group:default/payments-team"));
}

void TestEntityRef::toStringLowerCasesKindAndNamespaceOnly()
{
    const EntityRef ref{QStringLiteral("Component"), QStringLiteral("Shop"), QStringLiteral("Checkout-Web")};
    QCOMPARE(ref.toString(), QStringLiteral("component:shop/Checkout-Web"));
    QCOMPARE(ref.key(), QStringLiteral("component:shop/checkout-web"));
}

void TestEntityRef::entityKeyIsFullyLowerCase()
{
    QCOMPARE(entityKey(QStringLiteral("API"), QStringLiteral("default"), QStringLiteral("Payments-API")),
             QStringLiteral("api:default/payments-api"));
    QVERIFY(!EntityRef{}.isValid());
}

void TestEntityRef::entityKeyAndRefString()
{
    Entity e;
    e.kind = QStringLiteral("Component");
    e.ns = QStringLiteral("default");
    e.name = QStringLiteral("Payments-Service");
    QCOMPARE(e.key(), QStringLiteral("component:default/payments-service"));
    QCOMPARE(e.refString(), QStringLiteral("component:default/Payments-Service"));
}

QTEST_GUILESS_MAIN(TestEntityRef)
#include "tst_entityref.moc"
