// SchemaForm.qml with the real Backstage parameters schema, in a window, driven by the keyboard:
// Next refuses an invalid step and shows the error under the field, the owner picker is fed by
// the catalog, and `submitted` delivers the complete values with the defaults filled in. Also
// renders the form (light and dark, with errors, long texts and every widget) to PNGs in
// $ATRIUM_TEST_ARTIFACTS for a person to look at.

#include "appcontroller.h"
#include "schemaformmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QJSValue>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Both QML modules are static libraries: their plugins are imported by name.
Q_IMPORT_QML_PLUGIN(Atrium_CorePlugin)
Q_IMPORT_QML_PLUGIN(AtriumPlugin)

namespace {

constexpr int kTimeout = 5000;

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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first visible item called `name` under `root`.
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// QTest::keyClicks takes only widgets: one key event per character.
void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

QVariantMap toMap(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return value.value<QJSValue>().toVariant().toMap();
    return value.toMap();
}

// Every field widget at once, with long texts that must wrap.
QByteArray showcase()
{
    return readFile(QStringLiteral(ATRIUM_TEST_FIXTURES "/forms/showcase-parameters.json"));
}

} // namespace

class TestSchemaForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void modelMovesOnlyOverValidSteps();
    void modelOffersCatalogEntitiesOfTheAllowedKinds();
    void realTemplateByKeyboardSubmitsCompleteValues();
    void escapeCancelsAndBackKeepsValues();
    void brokenSchemaShowsTheReason();
    void rendersLightAndDark();

private:
    QQuickWindow *showForm(const QByteArray &json, const QString &submitText = QString(), int height = 820);
    QString saveShot(const QString &file);
    QQuickItem *form() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QObject> m_window;
};

void TestSchemaForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Atrium"), QStringLiteral("Atrium")).clear();
    qputenv("ATRIUM_THEME", "light");
    QVERIFY(m_tmp.isValid());
    const QString workspace = m_tmp.path() + QStringLiteral("/small");
    QVERIFY(copyTree(QStringLiteral(ATRIUM_TEST_FIXTURES "/small"), workspace));
    m_app = std::make_unique<AppController>(nullptr);
    AppController::setInstance(m_app.get());
    QVERIFY(m_app->openWorkspace(workspace));
    QTRY_VERIFY(!m_app->loading() && m_app->snapshot());
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
}

void TestSchemaForm::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    AppController::setInstance(nullptr);
    m_app.reset();
}

void TestSchemaForm::cleanup()
{
    m_window.reset();
    m_app->setThemeOverride(QStringLiteral("light"));
}

QQuickWindow *TestSchemaForm::showForm(const QByteArray &json, const QString &submitText, int height)
{
    m_window.reset();
    QQmlComponent component(m_engine.get());
    component.setData(R"(
        import QtQuick
        import Atrium
        Window {
            id: window
            property string json
            property string submitText
            property int formHeight
            width: 720
            height: formHeight
            visible: true
            color: Theme.window
            title: "SchemaForm"
            Rectangle {
                anchors.fill: parent
                anchors.margins: 24
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radiusL
                SchemaForm {
                    objectName: "form"
                    anchors.fill: parent
                    focus: true
                    schemaJson: window.json
                    submitText: window.submitText.length > 0 ? window.submitText : qsTr("Run template")
                }
            }
        })", QUrl(QStringLiteral("qrc:/schemaformprobe.qml")));
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{QStringLiteral("json"), QString::fromUtf8(json)}, {QStringLiteral("submitText"), submitText},
         {QStringLiteral("formHeight"), height}}));
    if (!object) {
        qWarning().noquote() << component.errorString();
        return nullptr;
    }
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    m_window = std::move(object);
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    window->requestActivate();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    return window;
}

QQuickItem *TestSchemaForm::form() const
{
    auto *window = qobject_cast<QQuickWindow *>(m_window.get());
    return window ? findItem(window->contentItem(), QStringLiteral("form")) : nullptr;
}

QString TestSchemaForm::saveShot(const QString &file)
{
    auto *window = qobject_cast<QQuickWindow *>(m_window.get());
    // Layouts settle over a few frames (wrapped text changes heights).
    for (int frame = 0; frame < 6; ++frame) {
        window->update();
        QTest::qWait(60);
    }
    QString dir = qEnvironmentVariable("ATRIUM_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/atrium-test-artifacts");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + file + QStringLiteral(".png");
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path))
        return {};
    return path;
}

void TestSchemaForm::modelMovesOnlyOverValidSteps()
{
    SchemaFormModel model;
    model.setSchemaJson(QString::fromUtf8(readFile(QStringLiteral(ATRIUM_TEST_FIXTURES "/forms/scaffolder-parameter-schema.json"))));
    QCOMPARE(model.schemaError(), QString());
    QCOMPARE(model.stepCount(), 2);
    QCOMPARE(model.stepTitles(), (QStringList{QStringLiteral("Service details"), QStringLiteral("Options")}));
    QCOMPARE(model.fields().size(), 3);
    QCOMPARE(model.fields()[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("name"));
    QCOMPARE(model.fields()[2].toMap().value(QStringLiteral("widget")).toString(), QStringLiteral("entity"));
    // Prefilled with the defaults, like Backstage's form.
    QCOMPARE(model.valueAt(QStringLiteral("description")).toString(), QStringLiteral("A service created from the hello-service template"));
    QVERIFY(model.errors().isEmpty());

    QSignalSpy stepChanged(&model, &SchemaFormModel::currentStepChanged);
    QVERIFY(!model.next());
    QCOMPARE(model.currentStep(), 0);
    QCOMPARE(model.errorPaths(), (QStringList{QStringLiteral("name"), QStringLiteral("owner")}));
    QCOMPARE(model.errors().value(QStringLiteral("owner")).toString(), QStringLiteral("Owner is required"));

    // Errors follow the edits once shown.
    model.setValue(QStringLiteral("name"), QStringLiteral("Bad Name"));
    QCOMPARE(model.errors().value(QStringLiteral("name")).toString(), QStringLiteral("Name must match ^[a-z0-9-]+$"));
    model.setValue(QStringLiteral("name"), QStringLiteral("good-name"));
    model.setValue(QStringLiteral("owner"), QStringLiteral("group:default/team-b"));
    QVERIFY(model.errors().isEmpty());
    model.setCurrentStep(1);   // forward over a valid step
    QCOMPARE(model.currentStep(), 1);
    QVERIFY(model.isLastStep());
    QCOMPARE(stepChanged.count(), 1);

    // Coercion: what a text field sends becomes a number.
    model.setValue(QStringLiteral("delaySeconds"), QStringLiteral("42"));
    QCOMPARE(model.valueAt(QStringLiteral("delaySeconds")), QVariant(qlonglong(42)));
    QSignalSpy submitted(&model, &SchemaFormModel::submitted);
    QVariantMap result = model.submit();
    QVERIFY(!result.value(QStringLiteral("ok")).toBool());
    QCOMPARE(result.value(QStringLiteral("errors")).toMap().value(QStringLiteral("delaySeconds")).toString(),
             QStringLiteral("Artificial delay (seconds) must be at most 30"));
    QCOMPARE(submitted.count(), 0);

    // An error on an earlier step moves the form back to it.
    model.setValue(QStringLiteral("delaySeconds"), QStringLiteral("3"));
    model.setValue(QStringLiteral("name"), QVariant());
    result = model.submit();
    QVERIFY(!result.value(QStringLiteral("ok")).toBool());
    QCOMPARE(model.currentStep(), 0);
    QCOMPARE(model.errorPaths(), QStringList{QStringLiteral("name")});

    model.setValue(QStringLiteral("name"), QStringLiteral("svc"));
    model.setValue(QStringLiteral("description"), QString());   // cleared: the default applies again
    result = model.submit();
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    QCOMPARE(submitted.count(), 1);
    const QVariantMap values = result.value(QStringLiteral("values")).toMap();
    QCOMPARE(values.value(QStringLiteral("description")).toString(), QStringLiteral("A service created from the hello-service template"));
    QCOMPARE(values.value(QStringLiteral("delaySeconds")).toInt(), 3);
    QCOMPARE(values.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("experimental"));

    model.reset();
    QCOMPARE(model.currentStep(), 0);
    QVERIFY(!model.values().contains(QStringLiteral("name")));

    // Nested paths and list items.
    model.setSchemaJson(QString::fromUtf8(showcase()));
    model.setValue(QStringLiteral("backup/retentionDays"), QStringLiteral("40"));
    QCOMPARE(model.valueAt(QStringLiteral("backup/retentionDays")), QVariant(qlonglong(40)));
    QCOMPARE(model.valueAt(QStringLiteral("backup/enabled")), QVariant(true));
    model.setValue(QStringLiteral("extensions/1"), QStringLiteral("postgis"));
    QCOMPARE(model.valueAt(QStringLiteral("extensions")).toList(), (QVariantList{QStringLiteral("pgcrypto"), QStringLiteral("postgis")}));
    QVERIFY(!model.next());
    QCOMPARE(model.errors().value(QStringLiteral("backup/retentionDays")).toString(), QStringLiteral("Retention (days) must be at most 35"));
}

void TestSchemaForm::modelOffersCatalogEntitiesOfTheAllowedKinds()
{
    SchemaFormModel model;
    model.setSchemaJson(QString::fromUtf8(readFile(QStringLiteral(ATRIUM_TEST_FIXTURES "/forms/scaffolder-parameter-schema.json"))));
    QVariantList choices = model.entityChoices(QStringLiteral("owner"), QString());
    QStringList refs;
    for (const QVariant &c : choices)
        refs.append(c.toMap().value(QStringLiteral("ref")).toString());
    QCOMPARE(refs, (QStringList{QStringLiteral("group:default/team-a"), QStringLiteral("group:default/team-b")}));
    QCOMPARE(choices[0].toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Team Alpha"));

    choices = model.entityChoices(QStringLiteral("owner"), QStringLiteral("beta"));
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices[0].toMap().value(QStringLiteral("ref")).toString(), QStringLiteral("group:default/team-b"));
    QVERIFY(model.entityChoices(QStringLiteral("owner"), QStringLiteral("payments")).isEmpty());   // a component
    QVERIFY(model.entityChoices(QStringLiteral("name"), QString()).isEmpty());   // not a picker

    // Typed text becomes a full ref: a catalog entity, or the default kind (arbitrary values allowed).
    QCOMPARE(model.entityRefFor(QStringLiteral("owner"), QStringLiteral("team-a")), QStringLiteral("group:default/team-a"));
    QCOMPARE(model.entityRefFor(QStringLiteral("owner"), QStringLiteral("platform-team")), QStringLiteral("group:default/platform-team"));
    QCOMPARE(model.entityRefFor(QStringLiteral("owner"), QStringLiteral("user:default/jane")), QStringLiteral("user:default/jane"));
    QCOMPARE(model.entityRefFor(QStringLiteral("owner"), QString()), QString());
    QCOMPARE(model.entityTitle(QStringLiteral("group:default/team-a")), QStringLiteral("Team Alpha"));
}

void TestSchemaForm::realTemplateByKeyboardSubmitsCompleteValues()
{
    QQuickWindow *window = showForm(readFile(QStringLiteral(ATRIUM_TEST_FIXTURES "/forms/scaffolder-parameter-schema.json")));
    QVERIFY(window);
    QQuickItem *root = form();
    QVERIFY(root);
    QSignalSpy submitted(root, SIGNAL(submitted(QVariant)));
    auto *model = root->property("model").value<SchemaFormModel *>();
    QVERIFY(model);

    auto indicator = [window] {
        QQuickItem *label = findItem(window->contentItem(), QStringLiteral("stepIndicator"));
        return label ? label->property("text").toString() : QString();
    };
    auto focused = [window] {
        return window->activeFocusItem() ? window->activeFocusItem()->objectName() : QString();
    };
    auto errorText = [window](const QString &path) {
        QQuickItem *label = findItem(window->contentItem(), QStringLiteral("error:") + path);
        return label ? label->property("text").toString() : QString();
    };

    QCOMPARE(indicator(), QStringLiteral("Step 1 of 2 · Service details"));
    // ui:autofocus puts the keyboard in the name field.
    QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("field:name"), kTimeout);

    // A name against the pattern and no owner: Next is refused, the errors show under the fields.
    typeText(window, QStringLiteral("Hello World"));
    QCOMPARE(model->valueAt(QStringLiteral("name")).toString(), QStringLiteral("Hello World"));
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(model->currentStep(), 0);
    QCOMPARE(indicator(), QStringLiteral("Step 1 of 2 · Service details"));
    QTRY_COMPARE_WITH_TIMEOUT(errorText(QStringLiteral("name")), QStringLiteral("Name must match ^[a-z0-9-]+$"), kTimeout);
    QCOMPARE(errorText(QStringLiteral("owner")), QStringLiteral("Owner is required"));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("field:name"), kTimeout);
    QVERIFY(!saveShot(QStringLiteral("schemaform-fixture-errors-light")).isEmpty());

    // The Next button refuses as well.
    QQuickItem *next = findItem(window->contentItem(), QStringLiteral("formNext"));
    QVERIFY(next);
    QCOMPARE(next->property("text").toString(), QStringLiteral("Next"));
    QMetaObject::invokeMethod(next, "clicked");
    QCOMPARE(model->currentStep(), 0);

    // Fixing the name clears its error as the user types.
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    typeText(window, QStringLiteral("hello-world"));
    QTRY_COMPARE_WITH_TIMEOUT(errorText(QStringLiteral("name")), QString(), kTimeout);
    QCOMPARE(errorText(QStringLiteral("owner")), QStringLiteral("Owner is required"));

    // Tab: the description (prefilled with its default), then the owner picker.
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("field:description"));
    QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("A service created from the hello-service template"));
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("field:owner"));

    // Typing searches the catalog's groups; Down and Enter pick one.
    typeText(window, QStringLiteral("team"));
    QQuickItem *choices = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((choices = findItem(window->contentItem(), QStringLiteral("choices:owner"))), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(choices->property("count").toInt(), 2, kTimeout);
    QVERIFY(!saveShot(QStringLiteral("schemaform-fixture-picker-light")).isEmpty());
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(model->valueAt(QStringLiteral("owner")).toString(), QStringLiteral("group:default/team-b"));
    QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("Team Beta"));
    QTRY_COMPARE_WITH_TIMEOUT(errorText(QStringLiteral("owner")), QString(), kTimeout);
    QCOMPARE(submitted.count(), 0);

    // Enter moves on; the second step's first field gets the keyboard.
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(model->currentStep(), 1);
    QCOMPARE(indicator(), QStringLiteral("Step 2 of 2 · Options"));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("field:lifecycle"), kTimeout);
    QCOMPARE(next->property("text").toString(), QStringLiteral("Run template"));
    QVERIFY(!saveShot(QStringLiteral("schemaform-fixture-step2-light")).isEmpty());

    // Enter on the last step submits the complete values, defaults included.
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kTimeout);
    const QVariantMap values = toMap(submitted.at(0).at(0));
    QCOMPARE(values.value(QStringLiteral("name")).toString(), QStringLiteral("hello-world"));
    QCOMPARE(values.value(QStringLiteral("owner")).toString(), QStringLiteral("group:default/team-b"));
    QCOMPARE(values.value(QStringLiteral("description")).toString(), QStringLiteral("A service created from the hello-service template"));
    QCOMPARE(values.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("experimental"));
    QCOMPARE(values.value(QStringLiteral("delaySeconds")).toInt(), 1);
    QCOMPARE(values.size(), 5);
}

void TestSchemaForm::escapeCancelsAndBackKeepsValues()
{
    QQuickWindow *window = showForm(readFile(QStringLiteral(ATRIUM_TEST_FIXTURES "/forms/scaffolder-parameter-schema.json")),
                                    QStringLiteral("Create"));
    QVERIFY(window);
    QQuickItem *root = form();
    auto *model = root->property("model").value<SchemaFormModel *>();
    QSignalSpy cancelled(root, SIGNAL(cancelled()));
    QTRY_VERIFY_WITH_TIMEOUT(window->activeFocusItem() && window->activeFocusItem()->objectName() == QStringLiteral("field:name"), kTimeout);

    typeText(window, QStringLiteral("svc"));
    model->setValue(QStringLiteral("owner"), QStringLiteral("group:default/team-a"));
    QVERIFY(model->next());
    QCOMPARE(findItem(window->contentItem(), QStringLiteral("formNext"))->property("text").toString(), QStringLiteral("Create"));
    QQuickItem *back = findItem(window->contentItem(), QStringLiteral("formBack"));
    QVERIFY(back);
    QMetaObject::invokeMethod(back, "clicked");
    QCOMPARE(model->currentStep(), 0);
    QCOMPARE(model->valueAt(QStringLiteral("name")).toString(), QStringLiteral("svc"));
    QTRY_COMPARE_WITH_TIMEOUT(window->activeFocusItem()->objectName(), QStringLiteral("field:name"), kTimeout);
    QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("svc"));
    QVERIFY(!findItem(window->contentItem(), QStringLiteral("formBack")));

    // Escape in the picker first closes its match list, then cancels the form.
    QTest::keyClick(window, Qt::Key_Tab);
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(window->activeFocusItem()->objectName(), QStringLiteral("field:owner"));
    QTest::keyClick(window, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(window->contentItem(), QStringLiteral("choices:owner")), kTimeout);
    QTest::keyClick(window, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!findItem(window->contentItem(), QStringLiteral("choices:owner")), kTimeout);
    QTest::keyClick(window, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);

    // From a plain text field too.
    QTest::keyClick(window, Qt::Key_Backtab);
    QCOMPARE(window->activeFocusItem()->objectName(), QStringLiteral("field:description"));
    QTest::keyClick(window, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 2);
}

void TestSchemaForm::brokenSchemaShowsTheReason()
{
    QQuickWindow *window = showForm(R"({"title": "Broken", "steps": {"oops": 1}})");
    QVERIFY(window);
    QQuickItem *banner = findItem(window->contentItem(), QStringLiteral("schemaError"));
    QVERIFY(banner);
    QVERIFY(banner->property("text").toString().contains(QStringLiteral("The steps of the template's parameters are not a list")));
    QCOMPARE(findItem(window->contentItem(), QStringLiteral("formNext"))->property("enabled").toBool(), false);

    // Unknown types and hints are plain text fields.
    window = showForm(R"({"steps": [{"title": "Odd", "schema": {"properties": {
        "when": {"title": "When", "type": "datetime", "ui:widget": "calendar"},
        "what": {"title": "What", "ui:field": "RepoUrlPicker"}}}}]})");
    QVERIFY(window);
    QVERIFY(findItem(window->contentItem(), QStringLiteral("field:when")));
    QVERIFY(findItem(window->contentItem(), QStringLiteral("field:what")));
}

void TestSchemaForm::rendersLightAndDark()
{
    const QByteArray fixture = readFile(QStringLiteral(ATRIUM_TEST_FIXTURES "/forms/scaffolder-parameter-schema.json"));
    for (const QString theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        m_app->setThemeOverride(theme);
        QCOMPARE(m_app->dark(), theme == QLatin1String("dark"));

        // Tall enough for every field of the showcase.
        QQuickWindow *window = showForm(showcase(), QString(), 1480);
        QVERIFY(window);
        auto *model = form()->property("model").value<SchemaFormModel *>();
        QTRY_COMPARE_WITH_TIMEOUT(window->activeFocusItem()->objectName(), QStringLiteral("field:name"), kTimeout);
        typeText(window, QStringLiteral("Orders DB"));
        model->setValue(QStringLiteral("backup/retentionDays"), QStringLiteral("90"));
        model->setValue(QStringLiteral("extensions/1"), QString());
        model->setValue(QStringLiteral("notes"), QStringLiteral("Please size the instance for the Black Friday load test; the team will scale it down again in January."));
        model->setValue(QStringLiteral("token"), QStringLiteral("s3cret"));
        QTest::keyClick(window, Qt::Key_Return);
        QCOMPARE(model->currentStep(), 0);
        QVERIFY(model->errorPaths().contains(QStringLiteral("owner")));
        QVERIFY(model->errorPaths().contains(QStringLiteral("backup/retentionDays")));
        QVERIFY(model->errorPaths().contains(QStringLiteral("extensions/1")));
        QTRY_COMPARE_WITH_TIMEOUT(window->activeFocusItem()->objectName(), QStringLiteral("field:name"), kTimeout);
        const QString shot = saveShot(QStringLiteral("schemaform-showcase-errors-") + theme);
        QVERIFY(!shot.isEmpty());
        qInfo().noquote() << "screenshot:" << shot;

        window = showForm(fixture);
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->activeFocusItem()->objectName(), QStringLiteral("field:name"), kTimeout);
        typeText(window, QStringLiteral("Hello World"));
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(!saveShot(QStringLiteral("schemaform-fixture-errors-") + theme).isEmpty());
        QTest::keyClick(window, Qt::Key_Tab);
        QTest::keyClick(window, Qt::Key_Tab);
        typeText(window, QStringLiteral("te"));
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(findItem(window->contentItem(), QStringLiteral("choices:owner")), kTimeout);
        QVERIFY(!saveShot(QStringLiteral("schemaform-fixture-picker-") + theme).isEmpty());
    }
}

int main(int argc, char **argv)
{
    // Rendering in software: the same pixels on any machine, offscreen or not.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication app(argc, argv);
    TestSchemaForm test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_schemaform.moc"
