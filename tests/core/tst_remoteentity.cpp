// (No raw string literals below: moc reads "//" inside them as a comment.)
// Entities that come from a connection (Backstage's JSON) as the index keeps them, and the local
// catalog with such a source next to its files. Recorded real Backstage pages are the input.

#include "catalog/localcatalog.h"
#include "catalog/remoteentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace atrium::catalog;

namespace {

const QString kBackstage = QStringLiteral(ATRIUM_SOURCE_DIR "/tests/plugins/backstage/fixtures");
const QString kLocal = QStringLiteral(ATRIUM_TEST_FIXTURES "/catalog");

QList<QJsonObject> itemsOf(const QString &file)
{
    QFile f(kBackstage + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray())
        out.append(v.toObject());
    return out;
}

QList<QJsonObject> allRecordedPages()
{
    return itemsOf(QStringLiteral("catalog-by-query-page1.json")) + itemsOf(QStringLiteral("catalog-by-query-page2.json"))
        + itemsOf(QStringLiteral("catalog-by-query-page3-last.json"));
}

QStringList relationsOf(const SnapshotPtr &s, EntityId id)
{
    QStringList out;
    for (const ResolvedRelation &r : s->relations(id))
        out.append(r.type + QLatin1Char(' ') + r.targetKey);
    out.sort();
    return out;
}

} // namespace

class TestRemoteEntity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRecordedComponentBecomesAnEntity()
    {
        const QList<QJsonObject> page = itemsOf(QStringLiteral("catalog-by-query-page1.json"));
        QVERIFY(!page.isEmpty());
        QString error;
        const std::optional<Entity> e = entityFromJson(page.first(), remoteSourceLabel(QStringLiteral("backstage"), QStringLiteral("acme")), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->key(), QStringLiteral("component:default/checkout-web"));
        QCOMPARE(e->kind, QStringLiteral("Component"));
        QCOMPARE(e->title, QStringLiteral("Checkout Web"));
        QCOMPARE(e->description, QStringLiteral("Checkout single-page app"));
        QCOMPARE(e->specType, QStringLiteral("website"));
        QCOMPARE(e->lifecycle, QStringLiteral("production"));
        QCOMPARE(e->tags, QStringList({QStringLiteral("typescript"), QStringLiteral("react")}));
        // Owner and system from the stitched relations (spec says just "web-team" / "storefront").
        QCOMPARE(e->ownerKey, QStringLiteral("group:default/web-team"));
        QCOMPARE(e->systemKey, QStringLiteral("system:default/storefront"));
        QCOMPARE(e->relations.size(), 7);
        QCOMPARE(e->source.file, QStringLiteral("backstage:acme"));
        QVERIFY(isRemoteSource(e->source));
        QVERIFY(std::any_of(e->annotations.cbegin(), e->annotations.cend(), [](const auto &a) {
            return a.first == QLatin1String("backstage.io/managed-by-location");
        }));
    }

    void specIsTheFallbackAndRefsAreLowerCased()
    {
        const QJsonObject json = QJsonDocument::fromJson("{\n"
            "            \"apiVersion\": \"backstage.io/v1alpha1\", \"kind\": \"Component\",\n"
            "            \"metadata\": {\"name\": \"Payments-Service\", \"links\": [{\"url\": \"https://x.example/run\", \"title\": \"Runbook\"}, {\"title\": \"no url\"}]},\n"
            "            \"spec\": {\"owner\": \"Payments-Team\", \"system\": \"payments\", \"profile\": {\"displayName\": \"n/a\"}},\n"
            "            \"relations\": [{\"type\": \"dependsOn\", \"targetRef\": \"Resource:Default/Payments-DB\"},\n"
            "                          {\"type\": \"memberOf\", \"target\": {\"kind\": \"Group\", \"namespace\": \"ops\", \"name\": \"SRE\"}},\n"
            "                          {\"type\": \"\", \"targetRef\": \"x:y/z\"}, {\"type\": \"dependsOn\"}]\n"
            "        }").object();
        QString error;
        const std::optional<Entity> e = entityFromJson(json, QStringLiteral("backstage:acme"), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->ns, QStringLiteral("default"));
        QCOMPARE(e->ownerKey, QStringLiteral("group:default/payments-team"));
        QCOMPARE(e->systemKey, QStringLiteral("system:default/payments"));
        QCOMPARE(e->links.size(), 1);
        QCOMPARE(e->links.first().title, QStringLiteral("Runbook"));
        QCOMPARE(e->relations.size(), 2);
        QCOMPARE(e->relations.at(0).targetKey, QStringLiteral("resource:default/payments-db"));
        QCOMPARE(e->relations.at(1).targetKey, QStringLiteral("group:ops/sre"));
    }

    void anEntityWithoutKindOrNameIsAProblemNotACrash()
    {
        const QList<QJsonObject> entities{
            QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}},
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("Component")}, {QStringLiteral("metadata"), 7}},
            QJsonObject{{QStringLiteral("kind"), 5}},
            itemsOf(QStringLiteral("catalog-by-query-page1.json")).value(0)};
        const ExternalSource source = externalSourceFromJson(entities, QStringLiteral("backstage:acme"));
        QCOMPARE(source.problems.size(), 3);
        for (const Problem &p : source.problems) {
            QCOMPARE(p.file, QStringLiteral("backstage:acme"));
            QCOMPARE(p.rule, QStringLiteral("remote.entity"));
            QVERIFY2(p.message.contains(QLatin1String("backstage:acme")), qPrintable(p.message));
        }
        const SnapshotPtr s = composeSnapshot({}, {}, {{QStringLiteral("backstage:acme"), source}});
        QCOMPARE(s->size(), 1);
        QCOMPARE(s->errorCount(), 3);
    }

    void theRecordedPagesMakeAnIndexWithRelationsBothWays()
    {
        const QList<QJsonObject> items = allRecordedPages();
        QVERIFY(items.size() >= 5);
        // Blocks of two: the index must not care how a source is cut.
        const ExternalSource source = externalSourceFromJson(items, QStringLiteral("backstage:acme"), 2);
        QCOMPARE(int(source.blocks.size()), (int(items.size()) + 1) / 2);
        QVERIFY(source.problems.isEmpty());
        const SnapshotPtr s = composeSnapshot({}, {}, {{QStringLiteral("backstage:acme"), source}});
        QCOMPARE(s->size(), int(items.size()));
        const EntityId web = s->find(QStringLiteral("Component:Default/Checkout-Web"));
        QVERIFY(web != InvalidEntity);
        QCOMPARE(s->ownerTitle(web).isEmpty(), false);
        // Each stated relation once, although Backstage lists both sides and the index adds reverses.
        QStringList rels = relationsOf(s, web);
        QCOMPARE(rels.count(QStringLiteral("ownedBy group:default/web-team")), 1);
        QCOMPARE(rels.removeDuplicates(), 0);
        QCOMPARE(rels.size(), 7);
    }

    void aLocalCatalogComposesFilesAndRemoteSources()
    {
        LocalCatalog catalog;
        catalog.setSources({{kLocal, {QStringLiteral("all.yaml")}}});
        QSignalSpy changed(&catalog, &LocalCatalog::snapshotChanged);
        catalog.reload();
        QTRY_VERIFY(changed.size() >= 1 && !catalog.isLoading());
        const int local = catalog.snapshot()->size();
        QVERIFY(local > 0);

        const QList<QJsonObject> items = allRecordedPages();
        // The recorded payments-service is also a local fixture: the local one is kept.
        int fresh = 0;
        for (const QJsonObject &item : items) {
            const QString key = QStringLiteral("component:default/") + item.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            fresh += catalog.snapshot()->find(key) == InvalidEntity;
        }
        QCOMPARE(fresh, int(items.size()) - 1);
        catalog.setExternalSource(QStringLiteral("backstage:acme"), externalSourceFromJson(items, QStringLiteral("backstage:acme")));
        QTRY_COMPARE(catalog.snapshot()->size(), local + fresh);
        QTRY_VERIFY(!catalog.isLoading());
        QVERIFY(catalog.snapshot()->find(QStringLiteral("component:default/checkout-web")) != InvalidEntity);
        QVERIFY(catalog.snapshot()->find(QStringLiteral("component:default/search-indexer")) != InvalidEntity);
        QCOMPARE(catalog.externalSourceIds(), QStringList{QStringLiteral("backstage:acme")});

        // A second sync replaces the source's entities; it does not add to them.
        catalog.setExternalSource(QStringLiteral("backstage:acme"),
                                  externalSourceFromJson(items.mid(0, 1), QStringLiteral("backstage:acme")));
        QTRY_COMPARE(catalog.snapshot()->size(), local + 1);

        // A reload of the files keeps the remote source.
        catalog.reload();
        QTRY_VERIFY(!catalog.isLoading());
        QTRY_COMPARE(catalog.snapshot()->size(), local + 1);

        catalog.removeExternalSource(QStringLiteral("backstage:acme"));
        QTRY_COMPARE(catalog.snapshot()->size(), local);
        QVERIFY(catalog.snapshot()->find(QStringLiteral("component:default/checkout-web")) == InvalidEntity);
    }

    void aLocalDefinitionWinsOverARemoteOne()
    {
        LocalCatalog catalog;
        catalog.setSources({{kLocal, {QStringLiteral("all.yaml")}}});
        catalog.reload();
        QTRY_VERIFY(!catalog.isLoading() && catalog.snapshot()->size() > 0);
        const SnapshotPtr before = catalog.snapshot();
        const EntityId id = before->find(QStringLiteral("component:default/search-indexer"));
        QVERIFY(id != InvalidEntity);
        const QString localTitle = before->title(id);

        QJsonObject twin = QJsonDocument::fromJson("{\"apiVersion\": \"backstage.io/v1alpha1\", \"kind\": \"Component\",\n"
            "            \"metadata\": {\"name\": \"search-indexer\", \"title\": \"The remote twin\"}, \"spec\": {\"type\": \"service\"}}").object();
        catalog.setExternalSource(QStringLiteral("backstage:acme"), externalSourceFromJson({twin}, QStringLiteral("backstage:acme")));
        QTRY_VERIFY(catalog.snapshot() != before && !catalog.isLoading());
        const SnapshotPtr after = catalog.snapshot();
        QCOMPARE(after->size(), before->size());
        QCOMPARE(after->title(after->find(QStringLiteral("component:default/search-indexer"))), localTitle);
        QVERIFY(std::any_of(after->problems().cbegin(), after->problems().cend(), [](const Problem &p) {
            return p.rule == QLatin1String("entity.duplicate") && p.file == QLatin1String("backstage:acme");
        }));
    }
};

QTEST_GUILESS_MAIN(TestRemoteEntity)
#include "tst_remoteentity.moc"
