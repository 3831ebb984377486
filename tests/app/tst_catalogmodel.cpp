// The QML-facing models and controllers, fed by a real LocalCatalog over a small fixture workspace.

#include "appcontroller.h"
#include "catalogmodel.h"
#include "docscontroller.h"
#include "entitycontroller.h"
#include "entitylistmodel.h"
#include "facetmodel.h"
#include "highlighter.h"
#include "palettemodel.h"
#include "problemmodel.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The QML module is a static library: its plugin is imported by name.
Q_IMPORT_QML_PLUGIN(Atrium_CorePlugin)

using namespace atrium::catalog;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst))
            return false;
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row, 0), role).toString());
    return out;
}

QVariantMap facetCounts(const FacetModel &model)
{
    QVariantMap out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        out.insert(i.data(FacetModel::ValueRole).toString(), i.data(FacetModel::CountRole).toInt());
    }
    return out;
}

// Catches what would otherwise open the desktop's browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestCatalogModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void catalogModelShowsEveryEntitySortedByName();
    void searchNarrowsByRemovingRowsAndClearingInsertsThemBack();
    void facetCountsIgnoreTheirOwnSelection();
    void sortingFlipsWithoutReset();
    void starredOnlyFollowsStars();
    void applyResultUsesExactRangesOrFallsBack();
    void entityListModes();
    void problemsAreOrderedBySeverityFileAndLine();
    void paletteListsPagesThenEntities();
    void entityControllerShowsHeaderRelationsAndDetails();
    void entityControllerHighlightsDefinitions();
    void entityControllerForgetsMissingEntity();
    void docsPagesFromMkdocsNav();
    void docsLinksStayInsideTheDocsFolder();
    void docsPagesFromFolderWithoutNav();
    void highlighterColoursOrFallsBack();
    void identityGoesToSettingsWhenWorkspaceIsReadOnly();
    void brokenWorkspaceReportsError();
    void themeModeSetsDarkAndPalette();
    void translationsAreEmbedded();
    void qmlSeesTheApplicationsApp();

private:
    QString fixtureCopy(const QString &name);

    QTemporaryDir m_tmp;
    QString m_workspace;
    std::unique_ptr<AppController> m_app;
};

QString TestCatalogModels::fixtureCopy(const QString &name)
{
    const QString dir = m_tmp.path() + QLatin1Char('/') + name;
    if (!copyTree(QStringLiteral(ATRIUM_TEST_FIXTURES "/small"), dir))
        return {};
    return dir;
}

void TestCatalogModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Atrium"), QStringLiteral("Atrium")).clear();
    qputenv("ATRIUM_THEME", "light");
    QVERIFY(m_tmp.isValid());
    m_workspace = fixtureCopy(QStringLiteral("small"));
    QVERIFY(!m_workspace.isEmpty());

    m_app = std::make_unique<AppController>(nullptr);
    AppController::setInstance(m_app.get());
    QVERIFY(m_app->openWorkspace(m_workspace));
    QCOMPARE(m_app->workspaceTitle(), QStringLiteral("Small Corp"));
    QCOMPARE(m_app->dashboardWidgets(), (QStringList{QStringLiteral("my-services"), QStringLiteral("documentation")}));
    QTRY_VERIFY(!m_app->loading() && m_app->snapshot());
    QCOMPARE(m_app->entityCount(), 13);
    QCOMPARE(m_app->errorCount(), 1);
    QCOMPARE(m_app->warningCount(), 2);
    QVERIFY(!m_app->dark());
}

void TestCatalogModels::cleanupTestCase()
{
    AppController::setInstance(nullptr);
    m_app.reset();
}

void TestCatalogModels::catalogModelShowsEveryEntitySortedByName()
{
    CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!model.loading());
    QCOMPARE(model.count(), 13);
    QCOMPARE(model.totalCount(), 13);
    QCOMPARE(model.sortColumn(), QStringLiteral("name"));

    const QStringList names = column(model, CatalogModel::NameRole);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(names, sorted);

    const int row = int(column(model, CatalogModel::RefRole).indexOf(QStringLiteral("component:default/payments-service")));
    QVERIFY(row >= 0);
    const QModelIndex i = model.index(row, 0);
    QCOMPARE(i.data(CatalogModel::TitleRole).toString(), QStringLiteral("Payments Service"));
    QCOMPARE(i.data(CatalogModel::KindRole).toString(), QStringLiteral("Component"));
    QCOMPARE(i.data(CatalogModel::OwnerRole).toString(), QStringLiteral("Team Alpha"));
    QCOMPARE(i.data(CatalogModel::OwnerRefRole).toString(), QStringLiteral("group:default/team-a"));
    QCOMPARE(i.data(CatalogModel::SystemRole).toString(), QStringLiteral("Payments"));
    QCOMPARE(i.data(CatalogModel::TypeRole).toString(), QStringLiteral("service"));
    QCOMPARE(i.data(CatalogModel::LifecycleRole).toString(), QStringLiteral("production"));
    QCOMPARE(i.data(CatalogModel::TagsRole).toStringList(), (QStringList{QStringLiteral("java"), QStringLiteral("payments")}));
    QCOMPARE(i.data(CatalogModel::ProblemCountRole).toInt(), 0);
    QCOMPARE(model.refAt(row), QStringLiteral("component:default/payments-service"));

    const int search = int(column(model, CatalogModel::RefRole).indexOf(QStringLiteral("component:default/search-service")));
    QCOMPARE(model.index(search, 0).data(CatalogModel::ProblemCountRole).toInt(), 1);
    QVERIFY(model.roleNames().values().contains("problemCount"));
}

void TestCatalogModels::searchNarrowsByRemovingRowsAndClearingInsertsThemBack()
{
    CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.count(), 13);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loading(&model, &CatalogModel::loadingChanged);

    model.setSearchText(QStringLiteral("payments"));
    QVERIFY(model.loading());
    QTRY_VERIFY(!model.loading());
    QVERIFY(loading.count() >= 2);
    const QStringList refs = column(model, CatalogModel::RefRole);
    QVERIFY2(refs.contains(QStringLiteral("component:default/payments-service")), qPrintable(refs.join(u',')));
    QVERIFY(refs.contains(QStringLiteral("api:default/payments-api")));
    QVERIFY(!refs.contains(QStringLiteral("component:default/search-service")));
    QVERIFY(model.count() < 13);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(inserted.count(), 0);

    // A narrower query only removes more.
    removed.clear();
    model.setSearchText(QStringLiteral("payments ui"));
    QTRY_COMPARE(model.count(), 1);
    QCOMPARE(model.refAt(0), QStringLiteral("component:default/payments-ui"));
    QVERIFY(removed.count() >= 1);
    QCOMPARE(inserted.count(), 0);

    removed.clear();
    model.setSearchText(QString());
    QTRY_COMPARE(model.count(), 13);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);

    // Superseded keystrokes never show: only the last query's rows arrive.
    model.setSearchText(QStringLiteral("p"));
    model.setSearchText(QStringLiteral("pa"));
    model.setSearchText(QStringLiteral("search"));
    QTRY_VERIFY(!model.loading());
    QCOMPARE(column(model, CatalogModel::RefRole).contains(QStringLiteral("component:default/search-service")), true);
    QVERIFY(!column(model, CatalogModel::RefRole).contains(QStringLiteral("component:default/payments-ui")));
    QCOMPARE(reset.count(), 0);
}

void TestCatalogModels::facetCountsIgnoreTheirOwnSelection()
{
    CatalogModel model;
    FacetModel kinds;
    FacetModel owners;
    QAbstractItemModelTester kindTester(&kinds, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ownerTester(&owners, QAbstractItemModelTester::FailureReportingMode::QtTest);
    kinds.setCatalog(&model);
    kinds.setFacet(QStringLiteral("kind"));
    owners.setFacet(QStringLiteral("owner"));
    owners.setCatalog(&model);
    QCOMPARE(kinds.title(), QStringLiteral("Kind"));
    QCOMPARE(owners.title(), QStringLiteral("Owner"));
    QTRY_COMPARE(model.count(), 13);

    QVariantMap kindCounts = facetCounts(kinds);
    QCOMPARE(kindCounts.value(QStringLiteral("component")).toInt(), 4);
    QCOMPARE(kindCounts.value(QStringLiteral("api")).toInt(), 2);
    QCOMPARE(kindCounts.value(QStringLiteral("user")).toInt(), 2);
    // Sorted by count, then label.
    QCOMPARE(kinds.index(0, 0).data(FacetModel::ValueRole).toString(), QStringLiteral("component"));
    QCOMPARE(kinds.index(0, 0).data(FacetModel::LabelRole).toString(), QStringLiteral("Component"));
    for (int row = 1; row < kinds.count(); ++row)
        QVERIFY(kinds.index(row - 1, 0).data(FacetModel::CountRole).toInt() >= kinds.index(row, 0).data(FacetModel::CountRole).toInt());

    model.toggleFilter(QStringLiteral("kind"), QStringLiteral("component"));
    QVERIFY(model.hasFilters());
    QCOMPARE(model.filters().value(QStringLiteral("kind")).toStringList(), QStringList{QStringLiteral("component")});
    QTRY_COMPARE(model.count(), 4);
    QVERIFY(kinds.index(0, 0).data(FacetModel::SelectedRole).toBool());
    // The kind facet still counts every kind (its own selection is ignored) ...
    kindCounts = facetCounts(kinds);
    QCOMPARE(kindCounts.value(QStringLiteral("api")).toInt(), 2);
    // ... while the owner facet counts only components.
    const QVariantMap ownerCounts = facetCounts(owners);
    QCOMPARE(ownerCounts.value(QStringLiteral("group:default/team-a")).toInt(), 2);
    QCOMPARE(ownerCounts.value(QStringLiteral("group:default/team-b")).toInt(), 1);
    QCOMPARE(ownerCounts.value(QStringLiteral("group:default/team-gone")).toInt(), 1);
    QCOMPARE(owners.index(0, 0).data(FacetModel::LabelRole).toString(), QStringLiteral("Team Alpha"));

    model.toggleFilter(QStringLiteral("owner"), QStringLiteral("group:default/team-b"));
    QTRY_COMPARE(model.count(), 1);
    QCOMPARE(model.refAt(0), QStringLiteral("component:default/search-service"));
    QVERIFY(model.isFilterSelected(QStringLiteral("owner"), QStringLiteral("group:default/team-b")));
    QCOMPARE(facetCounts(kinds).value(QStringLiteral("api")).toInt(), 1);

    model.clearFilters();
    QVERIFY(!model.hasFilters());
    QTRY_COMPARE(model.count(), 13);
    QVERIFY(!kinds.index(0, 0).data(FacetModel::SelectedRole).toBool());

    FacetModel tags;
    tags.setCatalog(&model);
    tags.setFacet(QStringLiteral("tags"));
    QCOMPARE(tags.facet(), QStringLiteral("tag"));
    QCOMPARE(tags.title(), QStringLiteral("Tags"));
    QCOMPARE(facetCounts(tags).value(QStringLiteral("payments")).toInt(), 2);
}

void TestCatalogModels::sortingFlipsWithoutReset()
{
    CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.count(), 13);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QStringList ascending = column(model, CatalogModel::RefRole);

    model.sortBy(QStringLiteral("name"));
    QVERIFY(model.sortDescending());
    QTRY_VERIFY(!model.loading());
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(model, CatalogModel::RefRole), reversed);

    model.sortBy(QStringLiteral("kind"));
    QCOMPARE(model.sortColumn(), QStringLiteral("kind"));
    QVERIFY(!model.sortDescending());
    QTRY_VERIFY(!model.loading());
    const QStringList kinds = column(model, CatalogModel::KindRole);
    for (int i = 1; i < kinds.size(); ++i)
        QVERIFY2(kinds[i - 1].compare(kinds[i], Qt::CaseInsensitive) <= 0, qPrintable(kinds.join(u',')));

    model.setSortDescending(true);
    QTRY_VERIFY(!model.loading());
    const QStringList kindsDown = column(model, CatalogModel::KindRole);
    for (int i = 1; i < kindsDown.size(); ++i)
        QVERIFY(kindsDown[i - 1].compare(kindsDown[i], Qt::CaseInsensitive) >= 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.count(), 13);
}

void TestCatalogModels::starredOnlyFollowsStars()
{
    CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.count(), 13);

    m_app->toggleStar(QStringLiteral("component:default/payments-ui"));
    QVERIFY(m_app->isStarred(QStringLiteral("component:default/payments-ui")));
    const int row = int(column(model, CatalogModel::RefRole).indexOf(QStringLiteral("component:default/payments-ui")));
    QVERIFY(model.index(row, 0).data(CatalogModel::StarredRole).toBool());

    model.setStarredOnly(true);
    QTRY_COMPARE(model.count(), 1);
    QCOMPARE(model.refAt(0), QStringLiteral("component:default/payments-ui"));

    m_app->toggleStar(QStringLiteral("api:default/payments-api"));
    QTRY_COMPARE(model.count(), 2);
    QCOMPARE(m_app->starred(), (QStringList{QStringLiteral("api:default/payments-api"), QStringLiteral("component:default/payments-ui")}));

    EntityListModel starred;
    starred.setMode(QStringLiteral("starred"));
    QCOMPARE(column(starred, EntityListModel::TitleRole), (QStringList{QStringLiteral("Payments API"), QStringLiteral("Payments UI")}));

    // Stars are kept per workspace.
    QSettings settings(QStringLiteral("Atrium"), QStringLiteral("Atrium"));
    bool found = false;
    for (const QString &key : settings.allKeys())
        found = found || (key.endsWith(QLatin1String("/starred")) && settings.value(key).toStringList().size() == 2);
    QVERIFY(found);

    m_app->toggleStar(QStringLiteral("api:default/payments-api"));
    m_app->toggleStar(QStringLiteral("component:default/payments-ui"));
    QTRY_COMPARE(model.count(), 0);
    QVERIFY(m_app->starred().isEmpty());
}

void TestCatalogModels::applyResultUsesExactRangesOrFallsBack()
{
    // A catalog big enough for many ranges, applied directly (no App: no queries of its own).
    std::vector<Entity> entities;
    for (int i = 0; i < 300; ++i) {
        Entity e;
        e.apiVersion = QStringLiteral("backstage.io/v1alpha1");
        e.kind = QStringLiteral("Component");
        e.ns = QStringLiteral("default");
        e.name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        entities.push_back(e);
    }
    const SnapshotPtr snapshot = CatalogSnapshot::build(std::move(entities), {});
    QCOMPARE(snapshot->size(), 300);

    AppController::setInstance(nullptr);
    CatalogModel model;
    AppController::setInstance(m_app.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    auto resultOf = [](std::vector<EntityId> rows) {
        auto r = std::make_shared<QueryResult>();
        r->rows = std::move(rows);
        return std::shared_ptr<const QueryResult>(r);
    };
    auto expectRows = [&model, &snapshot](const std::vector<EntityId> &rows) {
        if (model.count() != int(rows.size()))
            return false;
        for (int i = 0; i < model.count(); ++i) {
            if (model.refAt(i) != snapshot->entity(rows[std::size_t(i)]).key())
                return false;
        }
        return true;
    };

    std::vector<EntityId> all;
    for (EntityId id = 0; id < 300; ++id)
        all.push_back(id);
    model.applyResult(snapshot, resultOf(all));   // new snapshot: one insertion
    QVERIFY(expectRows(all));
    QCOMPARE(inserted.count(), 1);

    // Every fourth row kept: 75 removal ranges would be too many -> bulk path.
    std::vector<EntityId> quarter;
    for (EntityId id = 0; id < 300; id += 4)
        quarter.push_back(id);
    removed.clear();
    changed.clear();
    model.applyResult(snapshot, resultOf(quarter));
    QVERIFY(expectRows(quarter));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);

    // All but 4 of every 30 rows: from every fourth row that is too many ranges -> bulk.
    std::vector<EntityId> holes;
    for (EntityId id = 0; id < 300; ++id) {
        if (id % 30 >= 4)
            holes.push_back(id);
    }
    model.applyResult(snapshot, resultOf(holes));
    QVERIFY(expectRows(holes));

    // ... and the holes filled again: exactly 10 insertions, nothing removed or changed.
    removed.clear();
    inserted.clear();
    changed.clear();
    model.applyResult(snapshot, resultOf(all));
    QVERIFY(expectRows(all));
    QCOMPARE(inserted.count(), 10);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);

    // Mixed: drop 5 blocks, add nothing -> 5 removals, applied back to front.
    std::vector<EntityId> fewer;
    for (EntityId id = 0; id < 300; ++id) {
        if (id % 60 >= 3)
            fewer.push_back(id);
    }
    inserted.clear();
    model.applyResult(snapshot, resultOf(fewer));
    QVERIFY(expectRows(fewer));
    QCOMPARE(removed.count(), 5);
    QCOMPARE(inserted.count(), 0);

    // Reversed order (another sort): not comparable -> bulk (dataChanged on the overlap).
    std::vector<EntityId> reversed(fewer.rbegin(), fewer.rend());
    removed.clear();
    changed.clear();
    model.applyResult(snapshot, resultOf(reversed));
    QVERIFY(expectRows(reversed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 0);

    // Another snapshot: ids are not comparable either.
    std::vector<Entity> others;
    for (int i = 0; i < 5; ++i) {
        Entity e;
        e.kind = QStringLiteral("API");
        e.ns = QStringLiteral("default");
        e.name = QStringLiteral("api-%1").arg(i);
        others.push_back(e);
    }
    const SnapshotPtr other = CatalogSnapshot::build(std::move(others), {});
    removed.clear();
    model.applyResult(other, resultOf({0, 1, 2, 3, 4}));
    QCOMPARE(model.count(), 5);
    QCOMPARE(model.refAt(0), QStringLiteral("api:default/api-0"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.totalCount(), 5);
    QCOMPARE(reset.count(), 0);
}

void TestCatalogModels::entityListModes()
{
    EntityListModel users;
    QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    users.setMode(QStringLiteral("users"));
    QCOMPARE(column(users, EntityListModel::TitleRole), (QStringList{QStringLiteral("Jane Doe"), QStringLiteral("John Smith")}));
    QCOMPARE(users.index(0, 0).data(EntityListModel::SubtitleRole).toString(), QStringLiteral("Team Alpha"));
    QCOMPARE(users.index(0, 0).data(EntityListModel::EmailRole).toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(users.index(1, 0).data(EntityListModel::RefRole).toString(), QStringLiteral("user:default/john.smith"));
    users.setFilterText(QStringLiteral("JOHN"));
    QCOMPARE(users.count(), 1);
    users.setFilterText(QStringLiteral("jane@"));
    QCOMPARE(column(users, EntityListModel::NameRole), QStringList{QStringLiteral("jane.doe")});
    users.setFilterText(QStringLiteral("beta"));   // John's team
    QCOMPARE(column(users, EntityListModel::NameRole), QStringList{QStringLiteral("john.smith")});
    users.setFilterText(QString());
    QCOMPARE(users.count(), 2);

    // No identity yet: the app asks who you are; the owned list is empty.
    QVERIFY(m_app->identityRef().isEmpty());
    QVERIFY(m_app->needsIdentity());
    EntityListModel owned;
    QAbstractItemModelTester ownedTester(&owned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    owned.setMode(QStringLiteral("owned"));
    QCOMPARE(owned.count(), 0);

    QSignalSpy identity(m_app.get(), &AppController::identityChanged);
    m_app->setIdentity(QStringLiteral("user:default/jane.doe"));
    QCOMPARE(identity.count(), 1);
    QCOMPARE(m_app->identityRef(), QStringLiteral("user:default/jane.doe"));
    QCOMPARE(m_app->identityName(), QStringLiteral("Jane Doe"));
    QVERIFY(!m_app->needsIdentity());
    // Written into atrium.yaml, which is writable here.
    QFile file(m_workspace + QStringLiteral("/atrium.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("identity: user:default/jane.doe"));

    // Jane is in Team Alpha: components, APIs, systems and resources it owns, by title.
    QCOMPARE(column(owned, EntityListModel::TitleRole),
             (QStringList{QStringLiteral("Payments"), QStringLiteral("Payments API"), QStringLiteral("Payments database"),
                          QStringLiteral("Payments Service"), QStringLiteral("Payments UI")}));
    QCOMPARE(owned.index(1, 0).data(EntityListModel::KindRole).toString(), QStringLiteral("API"));
    QCOMPARE(owned.index(3, 0).data(EntityListModel::OwnerRole).toString(), QStringLiteral("Team Alpha"));

    EntityListModel documented;
    documented.setMode(QStringLiteral("documented"));
    QCOMPARE(column(documented, EntityListModel::TitleRole),
             (QStringList{QStringLiteral("Payments Service"), QStringLiteral("Search Service")}));

    EntityListModel templates;
    templates.setMode(QStringLiteral("templates"));
    QCOMPARE(column(templates, EntityListModel::RefRole), QStringList{QStringLiteral("template:default/create-service")});

    // An identity that is not a User in the catalog asks again.
    m_app->setIdentity(QStringLiteral("user:default/nobody"));
    QVERIFY(m_app->needsIdentity());
    QCOMPARE(owned.count(), 0);
    m_app->setIdentity(QStringLiteral("user:default/jane.doe"));
    QVERIFY(!m_app->needsIdentity());
    QCOMPARE(owned.count(), 5);
}

void TestCatalogModels::problemsAreOrderedBySeverityFileAndLine()
{
    ProblemModel problems;
    QAbstractItemModelTester tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(problems.count(), 3);
    QCOMPARE(column(problems, ProblemModel::SeverityRole),
             (QStringList{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("warning")}));
    const QModelIndex first = problems.index(0, 0);
    QCOMPARE(first.data(ProblemModel::LocationRole).toString(), QStringLiteral("catalog/broken/catalog-info.yaml:4:9"));
    QCOMPARE(first.data(ProblemModel::RelativeFileRole).toString(), QStringLiteral("catalog/broken/catalog-info.yaml"));
    QCOMPARE(first.data(ProblemModel::FileRole).toString(), m_workspace + QStringLiteral("/catalog/broken/catalog-info.yaml"));
    QCOMPARE(first.data(ProblemModel::LineRole).toInt(), 4);
    QCOMPARE(first.data(ProblemModel::ColumnRole).toInt(), 9);
    QCOMPARE(first.data(ProblemModel::RuleRole).toString(), QStringLiteral("metadata.name.format"));
    QVERIFY(!first.data(ProblemModel::MessageRole).toString().isEmpty());
    // Warnings by file: broken/ before search/.
    QVERIFY(problems.index(1, 0).data(ProblemModel::FileRole).toString().contains(QLatin1String("/broken/")));
    QVERIFY(problems.index(2, 0).data(ProblemModel::FileRole).toString().contains(QLatin1String("/search/")));

    problems.setSeverityFilter(QStringLiteral("warning"));
    QCOMPARE(problems.count(), 2);
    problems.setSeverityFilter(QStringLiteral("error"));
    QCOMPARE(problems.count(), 1);
    problems.setSeverityFilter(QStringLiteral("all"));
    problems.setEntityRef(QStringLiteral("component:default/search-service"));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(problems.index(0, 0).data(ProblemModel::EntityRefRole).toString(), QStringLiteral("component:default/search-service"));
    QCOMPARE(problems.index(0, 0).data(ProblemModel::RuleRole).toString(), QStringLiteral("relation.dangling"));
    problems.setEntityRef(QString());
    QCOMPARE(problems.count(), 3);
}

void TestCatalogModels::paletteListsPagesThenEntities()
{
    PaletteModel palette;
    QAbstractItemModelTester tester(&palette, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(palette.count(), 6);
    QCOMPARE(column(palette, PaletteModel::PageRole),
             (QStringList{QStringLiteral("home"), QStringLiteral("catalog"), QStringLiteral("actions"),
                          QStringLiteral("plugins"), QStringLiteral("settings"), QStringLiteral("problems")}));
    QVERIFY(!palette.index(0, 0).data(PaletteModel::SubtitleRole).toString().isEmpty());

    palette.setText(QStringLiteral("payments"));
    QVERIFY(palette.count() >= 4);
    QCOMPARE(palette.index(0, 0).data(PaletteModel::ItemTypeRole).toString(), QStringLiteral("entity"));
    QVERIFY(column(palette, PaletteModel::RefRole).contains(QStringLiteral("component:default/payments-service")));

    palette.setText(QStringLiteral("SET"));
    QCOMPARE(palette.index(0, 0).data(PaletteModel::ItemTypeRole).toString(), QStringLiteral("page"));
    QCOMPARE(palette.index(0, 0).data(PaletteModel::PageRole).toString(), QStringLiteral("settings"));

    palette.setText(QStringLiteral("search"));
    const int row = int(column(palette, PaletteModel::RefRole).indexOf(QStringLiteral("component:default/search-service")));
    QVERIFY(row >= 0);
    QCOMPARE(palette.index(row, 0).data(PaletteModel::KindRole).toString(), QStringLiteral("Component"));
    QCOMPARE(palette.index(row, 0).data(PaletteModel::SubtitleRole).toString(), QStringLiteral("Component · Team Beta"));

    palette.setText(QString());
    QCOMPARE(palette.count(), 6);
}

void TestCatalogModels::entityControllerShowsHeaderRelationsAndDetails()
{
    EntityController entity;
    entity.setEntityRef(QStringLiteral("component:default/payments-service"));
    QVERIFY(entity.found());
    QCOMPARE(entity.title(), QStringLiteral("Payments Service"));
    QCOMPARE(entity.kind(), QStringLiteral("Component"));
    QCOMPARE(entity.namespaceName(), QStringLiteral("default"));
    QCOMPARE(entity.ownerTitle(), QStringLiteral("Team Alpha"));
    QCOMPARE(entity.systemRef(), QStringLiteral("system:default/payments"));
    QCOMPARE(entity.refString(), QStringLiteral("component:default/payments-service"));
    QCOMPARE(entity.location(), QStringLiteral("catalog/payments/catalog-info.yaml:1"));
    QVERIFY(entity.hasDocs());
    QCOMPARE(entity.problemCount(), 0);

    QVariantList types;
    QStringList labels;
    for (const QVariant &g : entity.relationGroups()) {
        types.append(g.toMap().value(QStringLiteral("type")));
        labels.append(g.toMap().value(QStringLiteral("label")).toString());
    }
    QCOMPARE(types, (QVariantList{QStringLiteral("ownedBy"), QStringLiteral("partOf"), QStringLiteral("providesApi"),
                                  QStringLiteral("dependsOn")}));
    QCOMPARE(labels, (QStringList{QStringLiteral("Owned by"), QStringLiteral("Part of"), QStringLiteral("Provides API"),
                                  QStringLiteral("Depends on")}));
    const QVariantMap provides = entity.relationGroups().at(2).toMap();
    const QVariantMap api = provides.value(QStringLiteral("entities")).toList().constFirst().toMap();
    QCOMPARE(api.value(QStringLiteral("ref")).toString(), QStringLiteral("api:default/payments-api"));
    QCOMPARE(api.value(QStringLiteral("title")).toString(), QStringLiteral("Payments API"));
    QCOMPARE(api.value(QStringLiteral("kind")).toString(), QStringLiteral("API"));
    QCOMPARE(api.value(QStringLiteral("inCatalog")).toBool(), true);

    // Details arrive off the GUI thread.
    QTRY_VERIFY(!entity.detailsLoading() && !entity.sourceText().isEmpty());
    QVERIFY(entity.sourceText().startsWith(QLatin1String("apiVersion: backstage.io/v1alpha1")));
    QVERIFY(entity.sourceText().contains(QLatin1String("name: payments-service")));
    QVERIFY(!entity.sourceText().contains(QLatin1String("name: payments-ui")));
    // Links, labels and annotations come from the descriptor read for the page.
    QCOMPARE(entity.links().size(), 1);
    QCOMPARE(entity.links().constFirst().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Dashboard"));
    QCOMPARE(entity.links().constFirst().toMap().value(QStringLiteral("url")).toString(), QStringLiteral("https://dashboards.example.com/payments"));
    QVariantMap annotations;
    for (const QVariant &a : entity.annotations())
        annotations.insert(a.toMap().value(QStringLiteral("key")).toString(), a.toMap().value(QStringLiteral("value")));
    QCOMPARE(annotations.value(QStringLiteral("github.com/project-slug")).toString(), QStringLiteral("acme/payments-service"));
    QCOMPARE(entity.labels().constFirst().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("critical"));

    QCOMPARE(entity.docsDir(), m_workspace + QStringLiteral("/catalog/payments"));
    QVERIFY(!entity.hasDefinition());
    QTRY_VERIFY(!entity.sourceHtml().isEmpty());
    QVERIFY(entity.sourceHtml().startsWith(QLatin1String("<pre")));

    // A dangling relation is listed, marked as not in the catalog.
    entity.setEntityRef(QStringLiteral("component:default/search-service"));
    const QVariantList groups = entity.relationGroups();
    QVariantMap dependsOn;
    for (const QVariant &g : groups) {
        if (g.toMap().value(QStringLiteral("type")) == QLatin1String("dependsOn"))
            dependsOn = g.toMap();
    }
    const QVariantMap missing = dependsOn.value(QStringLiteral("entities")).toList().constFirst().toMap();
    QCOMPARE(missing.value(QStringLiteral("ref")).toString(), QStringLiteral("component:default/ranking-service"));
    QCOMPARE(missing.value(QStringLiteral("inCatalog")).toBool(), false);
    QCOMPARE(missing.value(QStringLiteral("kind")).toString(), QStringLiteral("component"));
    QCOMPARE(entity.problemCount(), 1);

    // A group lists its members and what it owns.
    entity.setEntityRef(QStringLiteral("group:default/team-a"));
    QStringList groupTypes;
    for (const QVariant &g : entity.relationGroups())
        groupTypes.append(g.toMap().value(QStringLiteral("type")).toString());
    QCOMPARE(groupTypes, (QStringList{QStringLiteral("ownerOf"), QStringLiteral("hasMember")}));
}

void TestCatalogModels::entityControllerHighlightsDefinitions()
{
    if (!Highlighter::available())
        QSKIP("kate-syntax-highlighter is not installed");
    EntityController api;
    api.setEntityRef(QStringLiteral("api:default/payments-api"));
    QTRY_VERIFY(!api.detailsLoading() && !api.definitionText().isEmpty());
    QVERIFY(api.hasDefinition());
    QCOMPARE(api.definitionLanguage(), QStringLiteral("YAML"));
    QVERIFY(api.definitionText().contains(QLatin1String("openapi: 3.0.3")));
    QTRY_VERIFY(api.definitionHtml().contains(QLatin1String("<span style=\"color:")));
    QTRY_VERIFY(api.sourceHtml().contains(QLatin1String("<span style=\"color:")));

    EntityController proto;
    proto.setEntityRef(QStringLiteral("api:default/search-proto"));
    QTRY_VERIFY(!proto.detailsLoading() && !proto.definitionText().isEmpty());
    QCOMPARE(proto.definitionLanguage(), QStringLiteral("Protobuf"));
    QTRY_VERIFY(proto.definitionHtml().contains(QLatin1String("<span style=\"color:")));
    QVERIFY(proto.definitionHtml().contains(QLatin1String("QueryRequest")));
}

void TestCatalogModels::entityControllerForgetsMissingEntity()
{
    EntityController entity;
    QSignalSpy changed(&entity, &EntityController::changed);
    entity.setEntityRef(QStringLiteral("component:default/payments-ui"));
    QVERIFY(entity.found());
    QTRY_VERIFY(!entity.detailsLoading() && !entity.sourceText().isEmpty());
    entity.setEntityRef(QStringLiteral("component:default/does-not-exist"));
    QVERIFY(!entity.found());
    QVERIFY(entity.title().isEmpty());
    QVERIFY(entity.relationGroups().isEmpty());
    QVERIFY(entity.sourceText().isEmpty());
    QVERIFY(changed.count() >= 2);
}

void TestCatalogModels::docsPagesFromMkdocsNav()
{
    DocsController docs;
    docs.setDocsDir(m_workspace + QStringLiteral("/catalog/payments"));
    QCOMPARE(docs.siteName(), QStringLiteral("Payments Service"));
    QStringList titles;
    QStringList paths;
    QList<int> levels;
    for (const QVariant &p : docs.pages()) {
        titles.append(p.toMap().value(QStringLiteral("title")).toString());
        paths.append(p.toMap().value(QStringLiteral("path")).toString());
        levels.append(p.toMap().value(QStringLiteral("level")).toInt());
    }
    // The external nav entry is not a page of these docs.
    QCOMPARE(titles, (QStringList{QStringLiteral("Home"), QStringLiteral("Guides"), QStringLiteral("Getting started"),
                                  QStringLiteral("Deploying")}));
    QCOMPARE(paths, (QStringList{QStringLiteral("index.md"), QString(), QStringLiteral("guides/getting-started.md"),
                                 QStringLiteral("guides/deploy.md")}));
    QCOMPARE(levels, (QList<int>{0, 0, 1, 1}));
    QCOMPARE(docs.currentPath(), QStringLiteral("index.md"));
    QVERIFY(docs.markdown().startsWith(QLatin1String("# Payments Service")));
    QVERIFY(docs.error().isEmpty());
    QCOMPARE(docs.baseUrl(), QUrl::fromLocalFile(m_workspace + QStringLiteral("/catalog/payments/docs/")));

    docs.setCurrentPath(QStringLiteral("missing.md"));
    QVERIFY(docs.error().contains(QLatin1String("missing.md")));
    QVERIFY(docs.markdown().isEmpty());
    docs.setCurrentPath(QStringLiteral("guides/deploy.md"));
    QVERIFY(docs.error().isEmpty());
    QVERIFY(docs.markdown().startsWith(QLatin1String("# Deploying")));
}

void TestCatalogModels::docsLinksStayInsideTheDocsFolder()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");

    DocsController docs;
    docs.setDocsDir(m_workspace + QStringLiteral("/catalog/payments"));
    QCOMPARE(docs.currentPath(), QStringLiteral("index.md"));

    // Inside: another page opens in place, the anchor is dropped.
    QVERIFY(docs.followLink(QStringLiteral("guides/getting-started.md#install")));
    QCOMPARE(docs.currentPath(), QStringLiteral("guides/getting-started.md"));
    QVERIFY(docs.markdown().startsWith(QLatin1String("# Getting started")));
    QCOMPARE(docs.baseUrl(), QUrl::fromLocalFile(m_workspace + QStringLiteral("/catalog/payments/docs/guides/")));
    QVERIFY(docs.followLink(QStringLiteral("../index.md")));
    QCOMPARE(docs.currentPath(), QStringLiteral("index.md"));
    QVERIFY(docs.followLink(QStringLiteral("#top")));
    QCOMPARE(docs.currentPath(), QStringLiteral("index.md"));
    // A file: URL resolved by the text view against baseUrl counts as relative.
    QVERIFY(docs.followLink(QUrl::fromLocalFile(m_workspace + QStringLiteral("/catalog/payments/docs/guides/deploy.md")).toString()));
    QCOMPARE(docs.currentPath(), QStringLiteral("guides/deploy.md"));

    // Outside: the browser gets it.
    QVERIFY(!docs.followLink(QStringLiteral("https://status.example.com")));
    QVERIFY(!docs.followLink(QStringLiteral("mailto:team-a@example.com")));
    QCOMPARE(catcher.urls, (QList<QUrl>{QUrl(QStringLiteral("https://status.example.com")),
                                        QUrl(QStringLiteral("mailto:team-a@example.com"))}));
    QCOMPARE(docs.currentPath(), QStringLiteral("guides/deploy.md"));

    // Escape: refused, nothing opened, the page stays.
    QVERIFY(!docs.followLink(QStringLiteral("../../../../../atrium.yaml")));
    QVERIFY(!docs.error().isEmpty());
    QCOMPARE(docs.currentPath(), QStringLiteral("guides/deploy.md"));
    QVERIFY(!docs.followLink(QStringLiteral("../../mkdocs.yml")));
    QVERIFY(!docs.followLink(QUrl::fromLocalFile(m_workspace + QStringLiteral("/atrium.yaml")).toString()));
    QVERIFY(!docs.followLink(QStringLiteral("/etc/passwd")));
    QCOMPARE(catcher.urls.size(), 2);

    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
}

void TestCatalogModels::docsPagesFromFolderWithoutNav()
{
    DocsController docs;
    docs.setDocsDir(m_workspace + QStringLiteral("/catalog/search"));
    QStringList titles;
    QStringList paths;
    for (const QVariant &p : docs.pages()) {
        titles.append(p.toMap().value(QStringLiteral("title")).toString());
        paths.append(p.toMap().value(QStringLiteral("path")).toString());
    }
    QCOMPARE(paths, (QStringList{QStringLiteral("index.md"), QStringLiteral("api.md"), QStringLiteral("architecture.md")}));
    QCOMPARE(titles, (QStringList{QStringLiteral("Search overview"), QStringLiteral("Api"), QStringLiteral("Architecture")}));
    QCOMPARE(docs.siteName(), QStringLiteral("search"));
    QVERIFY(docs.markdown().startsWith(QLatin1String("# Search overview")));

    docs.setDocsDir(m_workspace + QStringLiteral("/catalog/nowhere"));
    QVERIFY(docs.pages().isEmpty());
    QVERIFY(docs.error().contains(QLatin1String("nowhere")));
}

void TestCatalogModels::highlighterColoursOrFallsBack()
{
    QString html;
    const QString big = QString(600 * 1024, QLatin1Char('a')) + QStringLiteral("<b>");
    Highlighter::instance()->highlight(big, QStringLiteral("YAML"), false, this, [&html](const QString &h) { html = h; });
    QVERIFY(html.startsWith(QLatin1String("<pre>")));
    QVERIFY(html.endsWith(QLatin1String("&lt;b&gt;</pre>")));
    QVERIFY(!html.contains(QLatin1String("<span")));

    if (!Highlighter::available())
        QSKIP("kate-syntax-highlighter is not installed");
    html.clear();
    Highlighter::instance()->highlight(QStringLiteral("key: \"x<y\"\nlist: [1, 2]\n"), QStringLiteral("YAML"), true, this,
                                       [&html](const QString &h) { html = h; });
    QTRY_VERIFY(!html.isEmpty());
    QVERIFY2(html.contains(QLatin1String("<span style=\"color:")), qPrintable(html));
    QVERIFY(html.startsWith(QLatin1String("<pre")));
    QVERIFY(html.endsWith(QLatin1String("</pre>")));
    QVERIFY(!html.contains(QLatin1String("<body")));
    QVERIFY(html.contains(QLatin1String("&lt;")));

    // The second time comes from the cache, at once.
    QString again;
    Highlighter::instance()->highlight(QStringLiteral("key: \"x<y\"\nlist: [1, 2]\n"), QStringLiteral("YAML"), true, this,
                                       [&again](const QString &h) { again = h; });
    QCOMPARE(again, html);

    // An unknown syntax falls back to plain text.
    QString plain;
    Highlighter::instance()->highlight(QStringLiteral("x < y"), QStringLiteral("NoSuchSyntax"), false, this,
                                       [&plain](const QString &h) { plain = h; });
    QTRY_VERIFY(!plain.isEmpty());
    QCOMPARE(plain, QStringLiteral("<pre>x &lt; y</pre>"));
}

void TestCatalogModels::identityGoesToSettingsWhenWorkspaceIsReadOnly()
{
    const QString dir = fixtureCopy(QStringLiteral("readonly"));
    QVERIFY(!dir.isEmpty());
    const QString file = dir + QStringLiteral("/atrium.yaml");
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    {
        AppController app(nullptr);
        AppController::setInstance(&app);
        QVERIFY(app.openWorkspace(dir));
        QTRY_VERIFY(!app.loading() && app.snapshot());
        QVERIFY(app.needsIdentity());
        app.setIdentity(QStringLiteral("user:default/john.smith"));
        QCOMPARE(app.identityName(), QStringLiteral("John Smith"));
        QVERIFY(!app.needsIdentity());
        app.toggleStar(QStringLiteral("component:default/search-service"));
    }
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);

    {
        AppController app(nullptr);
        AppController::setInstance(&app);
        QVERIFY(app.openWorkspace(dir));
        QCOMPARE(app.identityRef(), QStringLiteral("user:default/john.smith"));
        QCOMPARE(app.starred(), QStringList{QStringLiteral("component:default/search-service")});
        QTRY_VERIFY(!app.loading() && app.snapshot());
        QVERIFY(!app.needsIdentity());
    }
    AppController::setInstance(m_app.get());
}

void TestCatalogModels::brokenWorkspaceReportsError()
{
    AppController app(nullptr);
    AppController::setInstance(&app);
    QVERIFY(!app.openWorkspace(m_tmp.path() + QStringLiteral("/no-such-workspace")));
    QVERIFY(!app.workspaceError().isEmpty());
    QVERIFY(!app.needsIdentity());
    QCOMPARE(app.entityCount(), 0);
    CatalogModel model;
    QCOMPARE(model.count(), 0);
    AppController::setInstance(m_app.get());
}

void TestCatalogModels::themeModeSetsDarkAndPalette()
{
    // ATRIUM_THEME=light (set for the whole test) decides until the user picks a mode in the app.
    QVERIFY(!m_app->dark());
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightness() > 128);
    QSignalSpy theme(m_app.get(), &AppController::themeChanged);
    m_app->setThemeMode(QStringLiteral("dark"));
    QCOMPARE(m_app->themeMode(), QStringLiteral("dark"));
    QVERIFY(m_app->dark());
    QVERIFY(theme.count() >= 1);
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(QSettings(QStringLiteral("Atrium"), QStringLiteral("Atrium")).value(QStringLiteral("appearance/theme")).toString(),
             QStringLiteral("dark"));

    m_app->setThemeMode(QStringLiteral("bogus"));
    QCOMPARE(m_app->themeMode(), QStringLiteral("dark"));
    m_app->setThemeMode(QStringLiteral("light"));
    QVERIFY(!m_app->dark());
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightness() > 128);
}

void TestCatalogModels::translationsAreEmbedded()
{
    // installTranslators() looks for :/i18n/atrium_<lang>.qm.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/atrium_de.qm")));
}

void TestCatalogModels::qmlSeesTheApplicationsApp()
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData("import QtQml\nimport Atrium.Core\nQtObject { property QtObject app: App; property string title: App.workspaceTitle }",
                      QUrl(QStringLiteral("qrc:/probe.qml")));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    QCOMPARE(object->property("app").value<QObject *>(), m_app.get());
    QCOMPARE(object->property("title").toString(), QStringLiteral("Small Corp"));
    // App belongs to the application: the engine must not delete it.
    QCOMPARE(QJSEngine::objectOwnership(m_app.get()), QJSEngine::CppOwnership);
}

QTEST_MAIN(TestCatalogModels)
#include "tst_catalogmodel.moc"
