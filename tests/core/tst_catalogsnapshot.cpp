#include "catalog/catalogsnapshot.h"

#include <QtTest>

using namespace atrium::catalog;

namespace {

Entity make(const QString &kind, const QString &name, const QString &owner = {}, const QString &type = {},
            const QString &lifecycle = {}, const QStringList &tags = {}, const QString &system = {})
{
    Entity e;
    e.apiVersion = QStringLiteral("backstage.io/v1alpha1");
    e.kind = kind;
    e.ns = QStringLiteral("default");
    e.name = name;
    e.specType = type;
    e.lifecycle = lifecycle;
    e.tags = tags;
    e.source.file = QStringLiteral("/catalog/%1.yaml").arg(name);
    e.source.line = 1;
    e.source.column = 1;
    if (!owner.isEmpty()) {
        e.ownerKey = owner;
        e.relations.append({QStringLiteral("ownedBy"), owner});
    }
    if (!system.isEmpty()) {
        e.systemKey = system;
        e.relations.append({QStringLiteral("partOf"), system});
    }
    return e;
}

std::vector<Entity> sample()
{
    std::vector<Entity> v;
    Entity team = make(QStringLiteral("Group"), QStringLiteral("payments-team"));
    team.specType = QStringLiteral("team");
    team.title = QStringLiteral("Payments Team");
    v.push_back(team);
    Entity alice = make(QStringLiteral("User"), QStringLiteral("alice"));
    alice.displayName = QStringLiteral("Alice Moreau");
    alice.relations.append({QStringLiteral("memberOf"), QStringLiteral("group:default/payments-team")});
    v.push_back(alice);
    v.push_back(make(QStringLiteral("Group"), QStringLiteral("search-team")));
    v.push_back(make(QStringLiteral("System"), QStringLiteral("checkout"), QStringLiteral("group:default/payments-team")));
    v.push_back(make(QStringLiteral("Component"), QStringLiteral("payments-service"), QStringLiteral("group:default/payments-team"),
                     QStringLiteral("service"), QStringLiteral("production"), {QStringLiteral("go"), QStringLiteral("payments")},
                     QStringLiteral("system:default/checkout")));
    v.push_back(make(QStringLiteral("Component"), QStringLiteral("payments-web"), QStringLiteral("group:default/payments-team"),
                     QStringLiteral("website"), QStringLiteral("experimental"), {QStringLiteral("react")},
                     QStringLiteral("system:default/checkout")));
    v.push_back(make(QStringLiteral("Component"), QStringLiteral("search-indexer"), QStringLiteral("group:default/search-team"),
                     QStringLiteral("service"), QStringLiteral("production"), {QStringLiteral("java")}));
    Entity api = make(QStringLiteral("API"), QStringLiteral("payments-api"), QStringLiteral("group:default/payments-team"),
                      QStringLiteral("openapi"), QStringLiteral("production"), {QStringLiteral("payments")});
    api.description = QStringLiteral("Authorises and captures card payments.");
    v.push_back(api);
    v.back().relations.append({QStringLiteral("partOf"), QStringLiteral("system:default/checkout")});
    v[4].relations.append({QStringLiteral("providesApi"), QStringLiteral("api:default/payments-api")});
    return v;
}

QStringList names(const CatalogSnapshot &s, const std::vector<EntityId> &ids)
{
    QStringList out;
    for (EntityId id : ids)
        out.append(s.entity(id).name);
    return out;
}

int countOf(const QueryResult &r, Facet f, const QString &value)
{
    for (const FacetValueCount &c : r.facets[int(f)])
        if (c.value == value)
            return c.count;
    return -1;
}

} // namespace

class TestCatalogSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyQueryListsEverythingSortedByName()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        const QueryResult r = s->query({});
        QCOMPARE(names(*s, r.rows), (QStringList{"alice", "checkout", "payments-api", "payments-service", "payments-team",
                                                 "payments-web", "search-indexer", "search-team"}));
    }

    void textMatchesWordPrefixesOfEveryTerm()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        CatalogQuery q;
        q.text = QStringLiteral("pay");
        QCOMPARE(names(*s, s->query(q).rows),
                 (QStringList{"checkout", "payments-api", "payments-service", "payments-team", "payments-web"}));
        q.text = QStringLiteral("payments ser");
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-service"}));
        q.text = QStringLiteral("PAYMENTS-SERVICE");
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-service"}));
        q.text = QStringLiteral("card");   // a description word
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-api"}));
        q.text = QStringLiteral("paymnts");
        QVERIFY(s->query(q).rows.empty());
    }

    void facetsAreOrWithinAndAcrossAndCountIgnoringTheirOwnSelection()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        CatalogQuery q;
        q.selected[int(Facet::Kind)] = {QStringLiteral("component")};
        QueryResult r = s->query(q);
        QCOMPARE(names(*s, r.rows), (QStringList{"payments-service", "payments-web", "search-indexer"}));
        // Kind counts ignore the kind selection, so the other kinds stay visible with their counts.
        QCOMPARE(countOf(r, Facet::Kind, "component"), 3);
        QCOMPARE(countOf(r, Facet::Kind, "group"), 2);
        QCOMPARE(countOf(r, Facet::Lifecycle, "production"), 2);
        QCOMPARE(countOf(r, Facet::Tag, "react"), 1);

        q.selected[int(Facet::Lifecycle)] = {QStringLiteral("production")};
        r = s->query(q);
        QCOMPARE(names(*s, r.rows), (QStringList{"payments-service", "search-indexer"}));
        QCOMPARE(countOf(r, Facet::Kind, "api"), 1);       // production APIs, kind selection ignored
        QCOMPARE(countOf(r, Facet::Lifecycle, "experimental"), 1);

        q.selected[int(Facet::Tag)] = {QStringLiteral("go"), QStringLiteral("java")};
        r = s->query(q);
        QCOMPARE(names(*s, r.rows), (QStringList{"payments-service", "search-indexer"}));
        q.selected[int(Facet::Tag)] = {QStringLiteral("go")};
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-service"}));
    }

    void ownerAndSystemFacetsShowTitles()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        const QueryResult r = s->query({});
        bool seen = false;
        for (const FacetValueCount &c : r.facets[int(Facet::Owner)]) {
            if (c.value == QLatin1String("group:default/payments-team")) {
                QCOMPARE(c.label, QStringLiteral("Payments Team"));
                QCOMPARE(c.count, 4);
                seen = true;
            }
        }
        QVERIFY(seen);
        const EntityId web = s->find(QStringLiteral("payments-web"));
        QCOMPARE(s->ownerTitle(web), QStringLiteral("Payments Team"));
        QCOMPARE(s->systemTitle(web), QStringLiteral("checkout"));
        QCOMPARE(s->systemTitle(s->find(QStringLiteral("search-indexer"))), QString());
    }

    void sortsByColumnsBothWays()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        CatalogQuery q;
        q.selected[int(Facet::Kind)] = {QStringLiteral("component"), QStringLiteral("api")};
        q.sort = SortKey::Type;
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-api", "payments-service", "search-indexer", "payments-web"}));
        q.descending = true;
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-web", "search-indexer", "payments-service", "payments-api"}));
        q.sort = SortKey::Owner;
        q.descending = false;
        QCOMPARE(names(*s, s->query(q).rows).last(), QStringLiteral("search-indexer"));
    }

    void onlyIdsRestrictsTheResult()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        std::vector<bool> only(size_t(s->size()), false);
        only[s->find(QStringLiteral("component:default/payments-web"))] = true;
        CatalogQuery q;
        q.onlyIds = &only;
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"payments-web"}));
    }

    void relationsAreStoredBothWays()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        const EntityId team = s->find(QStringLiteral("group:default/payments-team"));
        QStringList ownerOf;
        for (const ResolvedRelation &r : s->relations(team))
            if (r.type == QLatin1String("ownerOf"))
                ownerOf.append(r.targetKey);
        QCOMPARE(ownerOf, (QStringList{"api:default/payments-api", "component:default/payments-service",
                                       "component:default/payments-web", "system:default/checkout"}));
        QStringList hasMember;
        for (const ResolvedRelation &r : s->relations(team))
            if (r.type == QLatin1String("hasMember"))
                hasMember.append(r.targetKey);
        QCOMPARE(hasMember, (QStringList{"user:default/alice"}));
        const EntityId api = s->find(QStringLiteral("api:payments-api"));
        bool providedBy = false;
        for (const ResolvedRelation &r : s->relations(api))
            providedBy |= r.type == QLatin1String("apiProvidedBy") && r.targetKey == QLatin1String("component:default/payments-service");
        QVERIFY(providedBy);
        QCOMPARE(s->groupsOf(QStringLiteral("user:default/alice")), (QStringList{"group:default/payments-team"}));
    }

    void findIsCaseInsensitiveAndUsesDefaults()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        QVERIFY(s->find(QStringLiteral("Component:Default/Payments-Service")) != InvalidEntity);
        QVERIFY(s->find(QStringLiteral("payments-service")) != InvalidEntity);   // default kind component
        QCOMPARE(s->find(QStringLiteral("component:default/nope")), InvalidEntity);
        QCOMPARE(s->displayTitle(QStringLiteral("user:default/alice")), QStringLiteral("Alice Moreau"));
        QCOMPARE(s->displayTitle(QStringLiteral("group:default/elsewhere")), QStringLiteral("group:default/elsewhere"));
    }

    void duplicatesAreErrorsAndTheFirstDefinitionWins()
    {
        std::vector<Entity> v = sample();
        Entity dup = make(QStringLiteral("component"), QStringLiteral("Payments-Service"));
        dup.source.file = QStringLiteral("/catalog/other.yaml");
        dup.source.line = 7;
        v.push_back(dup);
        const auto s = CatalogSnapshot::build(std::move(v), {});
        QCOMPARE(s->size(), 8);
        QCOMPARE(s->entity(s->find(QStringLiteral("component:default/payments-service"))).specType, QStringLiteral("service"));
        QCOMPARE(s->errorCount(), 1);
        const Problem p = s->problems().constLast();
        QCOMPARE(p.rule, QStringLiteral("entity.duplicate"));
        QCOMPARE(p.file, QStringLiteral("/catalog/other.yaml"));
        QCOMPARE(p.line, 7);
        QVERIFY(p.message.contains(QLatin1String("/catalog/payments-service.yaml:1")));
    }

    void danglingRefsAreWarnings()
    {
        std::vector<Entity> v = sample();
        v[4].relations.append({QStringLiteral("dependsOn"), QStringLiteral("resource:default/legacy-db")});
        const auto s = CatalogSnapshot::build(std::move(v), {});
        QCOMPARE(s->errorCount(), 0);
        QCOMPARE(s->warningCount(), 1);
        const ProblemList forService = s->problemsFor(QStringLiteral("component:default/payments-service"));
        QCOMPARE(forService.size(), 1);
        QCOMPARE(forService.first().rule, QStringLiteral("relation.dangling"));
        QVERIFY(forService.first().message.contains(QLatin1String("resource:default/legacy-db")));
        bool kept = false;
        for (const ResolvedRelation &r : s->relations(s->find(QStringLiteral("payments-service"))))
            kept |= r.targetKey == QLatin1String("resource:default/legacy-db") && r.target == InvalidEntity;
        QVERIFY(kept);
    }

    void rankPutsExactAndPrefixNamesFirst()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        const QStringList ranked = names(*s, s->rank(QStringLiteral("payments-api"), 10));
        QCOMPARE(ranked.first(), QStringLiteral("payments-api"));
        const QStringList pay = names(*s, s->rank(QStringLiteral("pay"), 3));
        QCOMPARE(pay.size(), 3);
        QCOMPARE(pay.first(), QStringLiteral("payments-api"));   // shortest prefix match first
        QCOMPARE(names(*s, s->rank(QStringLiteral("java"), 10)), (QStringList{"search-indexer"}));
        QVERIFY(s->rank(QString(), 10).empty());
    }

    void ownedByListsEntitiesOfTheGivenOwners()
    {
        const auto s = CatalogSnapshot::build(sample(), {});
        QCOMPARE(names(*s, s->ownedBy({QStringLiteral("group:default/search-team")})), (QStringList{"search-indexer"}));
        QCOMPARE(s->ownedBy({QStringLiteral("group:default/payments-team")}).size(), size_t(4));
        QVERIFY(s->ownedBy({QStringLiteral("group:default/nobody")}).empty());
    }

    void scalesToManyEntitiesWithoutQuadraticWork()
    {
        std::vector<Entity> v;
        for (int i = 0; i < 20000; ++i)
            v.push_back(make(QStringLiteral("Component"), QStringLiteral("svc-%1").arg(i), QStringLiteral("group:default/team-%1").arg(i % 50),
                             QStringLiteral("service"), QStringLiteral("production"), {QStringLiteral("t%1").arg(i % 7)}));
        const auto s = CatalogSnapshot::build(std::move(v), {});
        CatalogQuery q;
        q.text = QStringLiteral("svc-1999");
        QCOMPARE(names(*s, s->query(q).rows), (QStringList{"svc-1999", "svc-19990", "svc-19991", "svc-19992", "svc-19993",
                                                           "svc-19994", "svc-19995", "svc-19996", "svc-19997", "svc-19998", "svc-19999"}));
        q.text.clear();
        q.selected[int(Facet::Tag)] = {QStringLiteral("t3")};
        const QueryResult r = s->query(q);
        QCOMPARE(int(r.rows.size()), 20000 / 7 + (20000 % 7 > 3 ? 1 : 0));
        QCOMPARE(countOf(r, Facet::Tag, "t0"), 2858);
    }

    void aFacetListsItsMostFrequentValuesAndAlwaysTheSelectedOnes()
    {
        std::vector<Entity> v;
        for (int i = 0; i < 1200; ++i)
            v.push_back(make(QStringLiteral("Component"), QStringLiteral("svc-%1").arg(i),
                             QStringLiteral("group:default/team-%1").arg(i < 200 ? 0 : i, 4, 10, QLatin1Char('0'))));
        const auto s = CatalogSnapshot::build(std::move(v), {});
        QueryResult r = s->query({});
        QCOMPARE(int(r.facets[int(Facet::Owner)].size()), 500);
        QCOMPARE(r.facets[int(Facet::Owner)].front().value, QStringLiteral("group:default/team-0000"));
        QCOMPARE(r.facets[int(Facet::Owner)].front().count, 200);
        CatalogQuery q;
        q.selected[int(Facet::Owner)] = {QStringLiteral("group:default/team-1199")};
        r = s->query(q);
        QCOMPARE(int(r.rows.size()), 1);
        QCOMPARE(int(r.facets[int(Facet::Owner)].size()), 501);
        QCOMPARE(countOf(r, Facet::Owner, "group:default/team-1199"), 1);
    }

    void facetCountsAreExactOnEveryCountingPath()
    {
        // Above 200k entities the scan runs on two threads; when most entities match, counts are
        // totals minus the non-matching ones. Each path must give what counting the rows gives.
        std::vector<Entity> v;
        v.reserve(210000);
        for (int i = 0; i < 210000; ++i)
            v.push_back(make(i % 5 ? QStringLiteral("Component") : QStringLiteral("API"), QStringLiteral("svc-%1").arg(i),
                             QStringLiteral("group:default/team-%1").arg(i % 97), i % 3 ? QStringLiteral("service") : QStringLiteral("library"),
                             QStringLiteral("production"), {QStringLiteral("t%1").arg(i % 11)}));
        const auto s = CatalogSnapshot::build(std::move(v), {});
        for (const QString &text : {QString(), QStringLiteral("svc"), QStringLiteral("svc-1"), QStringLiteral("svc-20999")}) {
            CatalogQuery q;
            q.text = text;
            const QueryResult r = s->query(q);
            QHash<QString, int> kinds, owners, tags;
            for (EntityId id : r.rows) {
                const Entity e = s->entity(id);
                ++kinds[e.kind.toLower()];
                ++owners[e.ownerKey];
                for (const QString &t : e.tags)
                    ++tags[t];
            }
            QCOMPARE(int(r.facets[int(Facet::Kind)].size()), int(kinds.size()));
            for (const FacetValueCount &c : r.facets[int(Facet::Kind)])
                QCOMPARE(c.count, kinds.value(c.value));
            QCOMPARE(int(r.facets[int(Facet::Owner)].size()), int(owners.size()));
            for (const FacetValueCount &c : r.facets[int(Facet::Owner)])
                QCOMPARE(c.count, owners.value(c.value));
            for (const FacetValueCount &c : r.facets[int(Facet::Tag)])
                QCOMPARE(c.count, tags.value(c.value));
        }
        CatalogQuery q;
        q.selected[int(Facet::Kind)] = {QStringLiteral("api")};
        const QueryResult r = s->query(q);
        QCOMPARE(int(r.rows.size()), 42000);
        QCOMPARE(countOf(r, Facet::Kind, "component"), 168000);
        QCOMPARE(countOf(r, Facet::Type, "library"), 14000);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSnapshot)
#include "tst_catalogsnapshot.moc"
