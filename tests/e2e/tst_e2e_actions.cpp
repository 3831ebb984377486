// A Backstage template run end to end in the real application: the real Backstage plugin from the
// build tree, its token in the real keychain, the recorded scaffolder responses on loopback. The
// template appears under Actions and on Home, its parameters form fills in the defaults, the run
// shows its steps, live log and output, ends with a desktop notification (received by a stand-in
// notification service on the test's D-Bus session) and stays in the history across a restart.

#include "actionscontroller.h"
#include "appcontroller.h"
#include "application.h"
#include "connectionscontroller.h"
#include "pluginhostservices.h"
#include "backstagefixtures.h"
#include "e2ehelpers.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace e2e;
using namespace backstagetest;

namespace {

const QString kConnection = QStringLiteral("acme-backstage");
const QString kTemplateRef = QStringLiteral("template:default/hello-service");
const QString kTaskId = QStringLiteral("f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c");

QByteArray pageOf(const QList<QJsonObject> &entities)
{
    QJsonArray items;
    for (const QJsonObject &e : entities)
        items.append(e);
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("totalItems"), qint64(entities.size())},
                                     {QStringLiteral("pageInfo"), QJsonObject()}})
        .toJson(QJsonDocument::Compact);
}

// The recorded event stream, one event per chunk.
QList<QByteArray> streamChunks()
{
    QList<QByteArray> chunks;
    for (const QByteArray &event : fixture(QStringLiteral("scaffolder-task-eventstream.sse.txt")).split('\n')) {
        if (chunks.isEmpty() || chunks.last().endsWith("\n\n"))
            chunks.append(QByteArray());
        chunks.last() += event + '\n';
    }
    return chunks;
}

} // namespace

// Stands in for the desktop's notification server (org.freedesktop.Notifications).
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        shown.append({app, summary, body});
        return uint(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class ActionsEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void theTemplateIsAnActionOnHomeAndActions();
    void aRunSendsDefaultsAndShowsItsProgress();
    void aRefusedTokenFailsTheRunAndSaysSo();
    void theHistoryStaysAcrossARestart();
    void aPluginNotificationCanGoToTheDesktop();

private:
    void startSession();
    void saveScreenshot(const QString &name);
    void click(QQuickItem *item);
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }
    QQuickItem *item(const QString &name);
    // The text of the visible item called `name`, looked up afresh (pages come and go).
    QString textOf(const QString &name)
    {
        QObject *found = findNamed(m_window, name, true);
        return found ? found->property("text").toString() : QString();
    }
    QVariantMap runOf(const QString &runId) const { return m_app->actions()->run(runId); }

    QTemporaryDir m_workspace;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<atrium::app::GuiSession> m_session;
    NotificationServer m_notifications;
    QQuickWindow *m_window = nullptr;
    AppController *m_app = nullptr;
    QByteArray m_secret;
    bool m_refuseTasks = false;
    QString m_firstRun;
};

void ActionsEndToEndTest::startSession()
{
    m_session = std::make_unique<atrium::app::GuiSession>();
    const QString error = e2e::startSession(*m_session, m_workspace.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_session->window();
    m_app = m_session->app();
    QVERIFY(m_app->actions());
}

void ActionsEndToEndTest::initTestCase()
{
    m_secret = QByteArrayLiteral("bs-token-") + QByteArray::number(QRandomGenerator::global()->generate64(), 36);

    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the test runs in a D-Bus session (scripts/test.sh)");
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_notifications,
                               QDBusConnection::ExportAllSlots));
    QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.Notifications")),
             qPrintable(bus.lastError().message()));

    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    const QJsonObject templ = fixtureObject(QStringLiteral("catalog-by-name-template.json"));
    m_server->setHandler([this, templ](const SeenRequest &request) -> std::optional<ScriptedReply> {
        if (request.path == "/api/catalog/entities/by-query")
            return reply(pageOf({templ})); // the catalog and the templates: the one template
        if (request.path == "/api/scaffolder/v2/tasks" && request.method == "POST") {
            if (m_refuseTasks)
                return reply(fixture(QStringLiteral("error-401-wrong-token.json")), 401);
            return reply(fixture(QStringLiteral("scaffolder-task-create.json")), 201);
        }
        if (request.path.startsWith("/api/scaffolder/v2/tasks/") && request.path.endsWith("/eventstream")) {
            ScriptedReply stream;
            stream.headers = {{"Content-Type", "text/event-stream"}};
            stream.chunks = streamChunks();
            stream.chunkIntervalMs = 40;
            return stream;
        }
        return std::nullopt;
    });

    QVERIFY(m_workspace.isValid());
    QVERIFY(copyTree(QStringLiteral(ATRIUM_SOURCE_DIR "/resources/demo"), m_workspace.path()));
    startSession();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->loading() && m_app->entityCount() > 0, kTimeout);
    m_app->setIdentity(QStringLiteral("user:default/amara.okafor"));

    const QVariantMap saved = m_app->connections()->save(
        {{QStringLiteral("id"), kConnection},
         {QStringLiteral("pluginId"), QStringLiteral("dev.atrium.backstage")},
         {QStringLiteral("title"), QStringLiteral("Acme Backstage")},
         {QStringLiteral("baseUrl"), m_server->url()},
         {QStringLiteral("settings"), QVariantMap{{QStringLiteral("frontendUrl"), QStringLiteral("https://backstage.acme.example")}}}},
        QString());
    QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("message")).toString()));
    m_app->connections()->setSecret(kConnection, QString::fromLatin1(m_secret));
}

void ActionsEndToEndTest::cleanupTestCase()
{
    m_session.reset();
    QDBusConnection::sessionBus().unregisterService(QStringLiteral("org.freedesktop.Notifications"));
}

void ActionsEndToEndTest::saveScreenshot(const QString &name)
{
    const QString error = saveWindowShot(m_window, QStringLiteral("e2e-actions-") + name);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void ActionsEndToEndTest::click(QQuickItem *target)
{
    QVERIFY(target);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

QQuickItem *ActionsEndToEndTest::item(const QString &name)
{
    QQuickItem *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = qobject_cast<QQuickItem *>(findNamed(m_window, name, true))) != nullptr; }, kTimeout);
    return found;
}

void ActionsEndToEndTest::theTemplateIsAnActionOnHomeAndActions()
{
    // The list comes once the token is there (it is read again when the token is stored).
    QTRY_COMPARE_WITH_TIMEOUT(m_app->actions()->actions().size(), 1, kTimeout);
    const QVariantMap action = m_app->actions()->actions().first().toMap();
    QCOMPARE(action.value(QStringLiteral("id")).toString(), kTemplateRef);
    QCOMPARE(action.value(QStringLiteral("title")).toString(), QStringLiteral("Hello Service"));
    QCOMPARE(action.value(QStringLiteral("key")).toString(), kConnection + QLatin1Char('/') + kTemplateRef);
    const SeenRequest *list = m_server->last("/api/catalog/entities/by-query");
    QVERIFY(list);
    QCOMPARE(list->header("Authorization"), QByteArray("Bearer ") + m_secret);

    // Home: the quick actions card lists it.
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QQuickItem *quick = item(QStringLiteral("quickAction"));
    QVERIFY2(quick, "Home's quick actions list the template");
    saveScreenshot(QStringLiteral("home"));

    // Actions: a tile, and the template is not listed again among the catalog's other templates.
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QQuickItem *tile = item(QStringLiteral("actionTile"));
    QVERIFY(tile);
    QCOMPARE(tile->property("title").toString(), QStringLiteral("Hello Service"));
    saveScreenshot(QStringLiteral("actions"));
}

void ActionsEndToEndTest::aRunSendsDefaultsAndShowsItsProgress()
{
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    click(item(QStringLiteral("actionTile")));
    QQuickItem *form = item(QStringLiteral("actionForm"));
    QVERIFY2(form, "the tile opens the template's form");

    // Step 1: a name that breaks the pattern is refused inline; then a good one and an owner.
    QQuickItem *name = item(QStringLiteral("field:name"));
    QVERIFY(name);
    click(name);
    typeText(QStringLiteral("Not Valid"));
    QTest::keyClick(m_window, Qt::Key_Return); // Enter advances
    saveScreenshot(QStringLiteral("form-error"));
    QObject *model = qvariant_cast<QObject *>(form->property("model"));
    QVERIFY(model);
    QVERIFY2(item(QStringLiteral("error:name")), qPrintable(QJsonDocument(QJsonObject::fromVariantMap(model->property("values").toMap())).toJson()));
    click(name);
    QTest::keyClick(m_window, Qt::Key_End);
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(m_window, Qt::Key_Backspace);
    typeText(QStringLiteral("my-new-service"));
    QVERIFY(QMetaObject::invokeMethod(model, "setValue", Q_ARG(QString, QStringLiteral("owner")),
                                      Q_ARG(QVariant, QStringLiteral("group:default/platform-team"))));
    click(name);
    QTest::keyClick(m_window, Qt::Key_Return);
    // Step 2: the defaults are shown; Run.
    QTRY_VERIFY_WITH_TIMEOUT(model->property("lastStep").toBool(), kTimeout);
    saveScreenshot(QStringLiteral("form-step2"));
    const int shownBefore = int(m_notifications.shown.size());
    QTest::keyClick(m_window, Qt::Key_Return);

    // The task was created with the values and the schema's defaults (Backstage fills none).
    QTRY_VERIFY_WITH_TIMEOUT(m_server->last("/api/scaffolder/v2/tasks"), kTimeout);
    const SeenRequest *create = m_server->last("/api/scaffolder/v2/tasks");
    QCOMPARE(create->method, QByteArray("POST"));
    QCOMPARE(create->header("Authorization"), QByteArray("Bearer ") + m_secret);
    const QJsonObject body = QJsonDocument::fromJson(create->body).object();
    QCOMPARE(body.value(QLatin1String("templateRef")).toString(), kTemplateRef);
    const QJsonObject values = body.value(QLatin1String("values")).toObject();
    QCOMPARE(values.value(QLatin1String("name")).toString(), QStringLiteral("my-new-service"));
    QCOMPARE(values.value(QLatin1String("owner")).toString(), QStringLiteral("group:default/platform-team"));
    QCOMPARE(values.value(QLatin1String("description")).toString(), QStringLiteral("A service created from the hello-service template"));
    QCOMPARE(values.value(QLatin1String("lifecycle")).toString(), QStringLiteral("experimental"));
    QCOMPARE(values.value(QLatin1String("delaySeconds")).toInt(), 1);

    // The run view follows the stream to the end.
    QVERIFY(!m_app->actions()->runs().isEmpty());
    m_firstRun = m_app->actions()->runs().first().toMap().value(QStringLiteral("runId")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(runOf(m_firstRun).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"), kTimeout);
    const QVariantMap run = runOf(m_firstRun);
    QCOMPARE(run.value(QStringLiteral("taskId")).toString(), kTaskId);
    QCOMPARE(run.value(QStringLiteral("taskUrl")).toString(), QStringLiteral("https://backstage.acme.example/create/tasks/") + kTaskId);
    const QVariantList steps = run.value(QStringLiteral("steps")).toList();
    QCOMPARE(steps.size(), 4);
    for (const QVariant &step : steps)
        QCOMPARE(step.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(run.value(QStringLiteral("links")).toList().size(), 1);
    QCOMPARE(run.value(QStringLiteral("texts")).toList().size(), 1);
    // ANSI colours: rendered in the view, stripped in the plain text.
    const QString html = m_app->actions()->logHtml(m_firstRun, false);
    QVERIFY2(html.contains(QLatin1String("<span style=\"color:")), qPrintable(html.left(400)));
    QVERIFY(!html.contains(QChar(0x1b)));
    const QString text = m_app->actions()->logText(m_firstRun);
    QVERIFY(text.contains(QLatin1String("info: Fetching template content from remote URL")));

    QTRY_COMPARE_WITH_TIMEOUT(textOf(QStringLiteral("runState")), QStringLiteral("Succeeded"), kTimeout);
    QVERIFY(item(QStringLiteral("outputLink")));
    QVERIFY(item(QStringLiteral("openTaskButton")));
    QQuickItem *log = item(QStringLiteral("runLog"));
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(log->property("length").toInt() > 100, kTimeout);

    // The desktop was told, once.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_notifications.shown.size()), shownBefore + 1, kTimeout);
    QCOMPARE(m_notifications.shown.last().summary, QStringLiteral("Hello Service finished"));
    saveScreenshot(QStringLiteral("run-succeeded"));
    m_app->setThemeMode(QStringLiteral("dark"));
    saveScreenshot(QStringLiteral("run-succeeded-dark"));
    m_app->setThemeMode(QStringLiteral("light"));

    // The history file has the run, and never the token.
    const auto historyText = [this] {
        QFile history(m_app->actions()->historyPath());
        return history.open(QIODevice::ReadOnly) ? history.readAll() : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(historyText().contains("\"state\":\"succeeded\""), kTimeout);
    QVERIFY(historyText().contains(kTaskId.toLatin1()));
    QVERIFY(!historyText().contains(m_secret));
}

void ActionsEndToEndTest::aRefusedTokenFailsTheRunAndSaysSo()
{
    m_refuseTasks = true;
    const QString key = kConnection + QLatin1Char('/') + kTemplateRef;
    const QVariantMap started = m_app->actions()->start(key, {{QStringLiteral("name"), QStringLiteral("second-one")},
                                                              {QStringLiteral("owner"), QStringLiteral("group:default/platform-team")}});
    QVERIFY2(started.value(QStringLiteral("ok")).toBool(), qPrintable(started.value(QStringLiteral("message")).toString()));
    const QString runId = started.value(QStringLiteral("runId")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(runOf(runId).value(QStringLiteral("state")).toString(), QStringLiteral("failed"), kTimeout);
    const QVariantMap run = runOf(runId);
    QVERIFY(run.value(QStringLiteral("credentialRefused")).toBool());
    QVERIFY2(run.value(QStringLiteral("message")).toString().contains(QLatin1String("HTTP 401")),
             qPrintable(run.value(QStringLiteral("message")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_notifications.shown.last().summary == QStringLiteral("Hello Service failed"), kTimeout);

    // Values the schema refuses never reach the server.
    const int posts = m_server->hits("/api/scaffolder/v2/tasks");
    const QVariantMap refused = m_app->actions()->start(key, {{QStringLiteral("name"), QStringLiteral("Bad Name")}});
    QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
    const QVariantMap errors = refused.value(QStringLiteral("errors")).toMap();
    QVERIFY(errors.contains(QStringLiteral("name")));
    QVERIFY(errors.contains(QStringLiteral("owner")));
    QCOMPARE(m_server->hits("/api/scaffolder/v2/tasks"), posts);
    m_refuseTasks = false;

    QVERIFY(QMetaObject::invokeMethod(m_window, "openAction", Q_ARG(QString, QString()), Q_ARG(QString, runId)));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(QStringLiteral("runState")), QStringLiteral("Failed"), kTimeout);
    QVERIFY(item(QStringLiteral("runMessage")));
    saveScreenshot(QStringLiteral("run-failed"));
}

void ActionsEndToEndTest::theHistoryStaysAcrossARestart()
{
    const int runs = int(m_app->actions()->runs().size());
    QVERIFY(runs >= 2);
    m_session.reset(); // writes the history
    startSession();
    QTRY_COMPARE_WITH_TIMEOUT(int(m_app->actions()->runs().size()), runs, kTimeout);
    const QVariantMap first = runOf(m_firstRun);
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(first.value(QStringLiteral("steps")).toList().size(), 4);
    QVERIFY(m_app->actions()->logText(m_firstRun).contains(QLatin1String("Fetching template content")));
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(item(QStringLiteral("runRow")));
    saveScreenshot(QStringLiteral("history"));
}

// sdk::Notification::desktop: the toast, and the desktop's notification service too.
void ActionsEndToEndTest::aPluginNotificationCanGoToTheDesktop()
{
    QVERIFY(m_app->pluginHost());
    const int before = int(m_notifications.shown.size());
    atrium::sdk::Notification quiet;
    quiet.title = QStringLiteral("Only a toast");
    m_app->pluginHost()->notify(quiet, QStringLiteral("dev.atrium.backstage"));
    atrium::sdk::Notification loud;
    loud.title = QStringLiteral("Deployment finished");
    loud.body = QStringLiteral("payments-service 2.4.1 is live.");
    loud.desktop = true;
    m_app->pluginHost()->notify(loud, QStringLiteral("dev.atrium.backstage"));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_notifications.shown.size()), before + 1, kTimeout);
    QCOMPARE(m_notifications.shown.last().summary, loud.title);
    QCOMPARE(m_notifications.shown.last().body, loud.body);
    QTest::qWait(200);
    QCOMPARE(int(m_notifications.shown.size()), before + 1);
}

int main(int argc, char **argv)
{
    QTemporaryDir home;
    e2e::isolate(home.path());
    QApplication app(argc, argv);
    ActionsEndToEndTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_actions.moc"
