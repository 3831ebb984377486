// End to end: the real application in a real window, driven by keyboard and mouse the way a person
// would — "who are you?", the command palette, an entity page with its highlighted source, the
// catalog table, the problems indicator and the dark theme. Screenshots of every step go to
// $ATRIUM_TEST_ARTIFACTS/e2e-*.png.

#include "appcontroller.h"
#include "application.h"
#include "e2ehelpers.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace e2e;

class EndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void opensOnTheDashboardAfterTheCatalogLoads();
    void asksWhoYouAreAndAcceptsAUserPickedByKeyboard();
    void paletteFindsAnEntityAndEnterOpensIt();
    void sourceTabShowsTheHighlightedDescriptor();
    void docsTabRendersTheServiceDocs();
    void backReturnsAndAnApiShowsItsDefinition();
    void catalogTableFiltersAsYouType();
    void problemsButtonOpensTheProblemsPage();
    void railPagesOpenWithCtrlDigits();
    void darkThemeRepaintsTheWindow();

private:
    QObject *find(const QString &name) const { return findNamed(m_window, name, true); }
    QQuickItem *findItem(const QString &name) const { return qobject_cast<QQuickItem *>(find(name)); }
    void click(QQuickItem *item);
    void typeText(const QString &text);
    void waitForPageTransition(QQuickItem *page);
    void typeInPalette(const QString &text);
    void saveScreenshot(const QString &name);

    QTemporaryDir m_workspace;
    std::unique_ptr<atrium::app::GuiSession> m_session;
    QQuickWindow *m_window = nullptr;
    AppController *m_app = nullptr;
};

void EndToEndTest::initTestCase()
{
    // Work on a copy: choosing an identity writes it into the workspace's atrium.yaml.
    QVERIFY(m_workspace.isValid());
    QVERIFY(copyTree(QStringLiteral(ATRIUM_SOURCE_DIR "/resources/demo"), m_workspace.path()));

    m_session = std::make_unique<atrium::app::GuiSession>();
    const QString error = startSession(*m_session, m_workspace.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_session->window();
    m_app = m_session->app();

    QTRY_VERIFY_WITH_TIMEOUT(!m_app->loading() && m_app->entityCount() > 0, kTimeout);
}

void EndToEndTest::cleanupTestCase()
{
    m_session.reset();
}

void EndToEndTest::click(QQuickItem *item)
{
    QVERIFY(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
}

// A page pushed on a StackView fades in, and the view ignores the mouse until it has.
void EndToEndTest::waitForPageTransition(QQuickItem *page)
{
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->opacity(), 1.0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page->parentItem() || !page->parentItem()->property("busy").toBool(), kTimeout);
}

// QTest::keyClicks() takes only widgets: type into the window one key at a time.
void EndToEndTest::typeText(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(m_window, c.toLatin1());
}

void EndToEndTest::typeInPalette(const QString &text)
{
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QQuickItem *field = findItem(QStringLiteral("searchField"));
    QVERIFY(field);
    QTRY_VERIFY_WITH_TIMEOUT(field->hasActiveFocus(), kTimeout);
    typeText(text);
    QTRY_COMPARE_WITH_TIMEOUT(field->property("text").toString(), text, kTimeout);
}

void EndToEndTest::saveScreenshot(const QString &name)
{
    const QString error = saveWindowShot(m_window, QStringLiteral("e2e-") + name);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void EndToEndTest::opensOnTheDashboardAfterTheCatalogLoads()
{
    QVERIFY(m_window->title().contains(QStringLiteral("Halyard Freight")));
    QQuickItem *home = findItem(QStringLiteral("navHome"));
    QVERIFY(home);
    QVERIFY(home->property("checked").toBool());
    QVERIFY(findItem(QStringLiteral("navCatalog")));
    QVERIFY(findItem(QStringLiteral("problemsButton")));
}

void EndToEndTest::asksWhoYouAreAndAcceptsAUserPickedByKeyboard()
{
    QVERIFY(m_app->needsIdentity());
    QObject *dialog = findNamed(m_window, QStringLiteral("identityDialog"), false);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), kTimeout);
    saveScreenshot(QStringLiteral("identity"));

    // The filter field has focus: typing narrows the list and selects the first match.
    typeText(QStringLiteral("priya"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("selectedRef").toString(), QStringLiteral("user:default/priya.raman"),
                              kTimeout);
    QTest::keyClick(m_window, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(m_app->identityRef(), QStringLiteral("user:default/priya.raman"), kTimeout);
    QVERIFY(!m_app->needsIdentity());
    QCOMPARE(m_app->identityName(), QStringLiteral("Priya Raman"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), kTimeout);
    saveScreenshot(QStringLiteral("home"));
}

void EndToEndTest::paletteFindsAnEntityAndEnterOpensIt()
{
    typeInPalette(QStringLiteral("booking-service"));

    QObject *list = find(QStringLiteral("paletteList"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() > 0, kTimeout);
    QCOMPARE(modelData(list, 0, "itemType").toString(), QStringLiteral("entity"));
    QCOMPARE(modelData(list, 0, "title").toString(), QStringLiteral("Booking Service"));
    QCOMPARE(modelData(list, 0, "ref").toString(), QStringLiteral("component:default/booking-service"));
    saveScreenshot(QStringLiteral("palette"));

    QTest::keyClick(m_window, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("entityPage")), kTimeout);
    QQuickItem *page = findItem(QStringLiteral("entityPage"));
    QCOMPARE(page->property("entityRef").toString(), QStringLiteral("component:default/booking-service"));
    QTRY_COMPARE_WITH_TIMEOUT(findItem(QStringLiteral("entityTitle"))->property("text").toString(),
                              QStringLiteral("Booking Service"), kTimeout);
    QCOMPARE(findItem(QStringLiteral("entityOwner"))->property("text").toString(), QStringLiteral("Booking Experience"));
    saveScreenshot(QStringLiteral("entity"));
}

void EndToEndTest::sourceTabShowsTheHighlightedDescriptor()
{
    waitForPageTransition(findItem(QStringLiteral("entityPage")));
    click(findItem(QStringLiteral("entityTab_source")));

    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("sourceView")), kTimeout);
    QQuickItem *source = findItem(QStringLiteral("sourceView"));
    QTRY_VERIFY_WITH_TIMEOUT(source->property("text").toString().contains(QLatin1String("booking-service")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(source->property("text").toString().contains(QLatin1String("<span")), kTimeout);
    saveScreenshot(QStringLiteral("entity-source"));
}

void EndToEndTest::docsTabRendersTheServiceDocs()
{
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("entityTab_docs")), kTimeout);
    click(findItem(QStringLiteral("entityTab_docs")));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("docsText")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!findItem(QStringLiteral("docsText"))->property("text").toString().isEmpty(), kTimeout);
    saveScreenshot(QStringLiteral("entity-docs"));
}

void EndToEndTest::backReturnsAndAnApiShowsItsDefinition()
{
    QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!findItem(QStringLiteral("entityPage")), kTimeout);

    typeInPalette(QStringLiteral("booking-api"));
    QObject *list = find(QStringLiteral("paletteList"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(modelData(list, 0, "ref").toString(), QStringLiteral("api:default/booking-api"), kTimeout);
    QTest::keyClick(m_window, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(findItem(QStringLiteral("entityTitle"))->property("text").toString(),
                              QStringLiteral("Booking API"), kTimeout);
    waitForPageTransition(findItem(QStringLiteral("entityPage")));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("entityTab_definition")), kTimeout);
    click(findItem(QStringLiteral("entityTab_definition")));
    saveScreenshot(QStringLiteral("entity-definition"));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("definitionView")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("definitionView"))->property("text").toString().contains(QLatin1String("openapi")),
                             kTimeout);
}

void EndToEndTest::catalogTableFiltersAsYouType()
{
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QQuickItem *table = findItem(QStringLiteral("catalogTable"));
    QTRY_VERIFY_WITH_TIMEOUT((table = findItem(QStringLiteral("catalogTable"))), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(table->property("count").toInt(), m_app->entityCount(), kTimeout);
    QVERIFY(findItem(QStringLiteral("navCatalog"))->property("checked").toBool());
    saveScreenshot(QStringLiteral("catalog"));

    // The catalog page focuses its filter field; typing narrows the table.
    QQuickItem *filter = findItem(QStringLiteral("catalogFilterField"));
    QVERIFY(filter);
    QTRY_VERIFY_WITH_TIMEOUT(filter->hasActiveFocus(), kTimeout);
    typeText(QStringLiteral("tracking"));
    QTRY_VERIFY_WITH_TIMEOUT(table->property("count").toInt() > 0 && table->property("count").toInt() < m_app->entityCount(),
                             kTimeout);
    saveScreenshot(QStringLiteral("catalog-filtered"));

    // Down moves into the table, Enter opens the selected row.
    const QString firstRef = modelData(table, 0, "ref").toString();
    QTest::keyClick(m_window, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(table->hasActiveFocus(), kTimeout);
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("entityPage")), kTimeout);
    QCOMPARE(findItem(QStringLiteral("entityPage"))->property("entityRef").toString(), firstRef);
    QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!findItem(QStringLiteral("entityPage")), kTimeout);
}

void EndToEndTest::problemsButtonOpensTheProblemsPage()
{
    click(findItem(QStringLiteral("problemsButton")));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("problemsPage")), kTimeout);
    saveScreenshot(QStringLiteral("problems"));
}

void EndToEndTest::railPagesOpenWithCtrlDigits()
{
    const struct {
        Qt::Key key;
        const char *button;
        const char *shot;
    } pages[] = {
        {Qt::Key_3, "navActions", "actions"},
        {Qt::Key_4, "navPlugins", "plugins"},
        {Qt::Key_5, "navSettings", "settings"},
    };
    for (const auto &page : pages) {
        QTest::keyClick(m_window, page.key, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(findItem(QLatin1String(page.button))->property("checked").toBool(), kTimeout);
        saveScreenshot(QLatin1String(page.shot));
    }
}

void EndToEndTest::darkThemeRepaintsTheWindow()
{
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    m_app->setThemeMode(QStringLiteral("dark"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->dark(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->color().lightness() < 80, kTimeout);
    saveScreenshot(QStringLiteral("dark-catalog"));

    typeInPalette(QStringLiteral("booking-service"));
    QObject *list = find(QStringLiteral("paletteList"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(modelData(list, 0, "ref").toString(), QStringLiteral("component:default/booking-service"),
                              kTimeout);
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(findItem(QStringLiteral("entityTitle"))->property("text").toString(),
                              QStringLiteral("Booking Service"), kTimeout);
    saveScreenshot(QStringLiteral("dark-entity"));

    // Ctrl+1 shows Home as it was left (an entity page on top); again goes back to the dashboard.
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("navHome"))->property("checked").toBool(), kTimeout);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!findItem(QStringLiteral("entityPage")), kTimeout);
    saveScreenshot(QStringLiteral("dark-home"));
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    saveScreenshot(QStringLiteral("dark-settings"));

    m_app->setThemeMode(QStringLiteral("light"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->dark(), kTimeout);
}

int main(int argc, char **argv)
{
    // Settings (identity, theme, stars) and caches go to a throw-away location, never the user's,
    // so every run starts like a first launch.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());

    QApplication app(argc, argv);
    EndToEndTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e.moc"
