// Golden-path template parameters (Backstage's JSON Schema steps) read as a form: fields,
// validation rules, defaults, coercion, and broken schemas that must not crash.

#include "forms/jsonschemaform.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace atrium::forms;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// A one-step form around the given properties.
Form oneStep(const char *properties, const char *required = "[]")
{
    const QByteArray text = QByteArray(R"({"title":"T","steps":[{"title":"S","schema":{"required":)") + required
                            + R"(,"properties":)" + properties + "}}]}";
    return parseForm(QJsonValue(json(text.constData())));
}

QStringList paths(const QList<Issue> &issues)
{
    QStringList out;
    for (const Issue &issue : issues)
        out.append(issue.path);
    return out;
}

QString messageFor(const QList<Issue> &issues, const QString &path)
{
    for (const Issue &issue : issues) {
        if (issue.path == path)
            return issue.message;
    }
    return {};
}

QByteArray fixtureText()
{
    QFile file(QStringLiteral(ATRIUM_FORMS_FIXTURE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestJsonSchemaForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFixtureHasTwoStepsInDeclaredOrder();
    void realFixtureValidatesEachStep();
    void realFixtureFillsDefaults();
    void widgetsFollowTypesEnumsAndHints();
    void pickerOptionsGiveKindsAndDefaultKind();
    void uiOrderPlacesTheRestAtTheWildcard();
    void requiredRejectsMissingAndEmpty_data();
    void requiredRejectsMissingAndEmpty();
    void rules_data();
    void rules();
    void enumNamesAppearInTheMessage();
    void nestedObjectsValidateRecursively();
    void arrayItemsAreValidatedWithTheirIndex();
    void defaultsFillNestedObjectsWithoutOverriding();
    void defaultsDoNotInventValues();
    void coercionConvertsLosslessly();
    void stepValidationOnlyLooksAtThatStep();
    void lookupsByPath();
    void brokenSchemas_data();
    void brokenSchemas();
    void unknownTypeFallsBackToTextWithAWarning();
    void invalidPatternIsReportedNotThrown();
};

void TestJsonSchemaForm::realFixtureHasTwoStepsInDeclaredOrder()
{
    const QByteArray text = fixtureText();
    QVERIFY(!text.isEmpty());
    QString error;
    const Form form = parseForm(QJsonValue(parseOrderedJson(text, &error)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(form.isValid(), qPrintable(form.error));
    QCOMPARE(form.title, QStringLiteral("Hello Service"));
    QCOMPARE(form.steps.size(), 2);
    QCOMPARE(form.steps[0].title, QStringLiteral("Service details"));
    QCOMPARE(form.steps[1].title, QStringLiteral("Options"));

    const QList<Field> &first = form.steps[0].fields;
    QCOMPARE(first.size(), 3);
    // As the author wrote them, not alphabetically.
    QCOMPARE(first[0].name, QStringLiteral("name"));
    QCOMPARE(first[1].name, QStringLiteral("description"));
    QCOMPARE(first[2].name, QStringLiteral("owner"));
    QVERIFY(first[0].required && first[0].autofocus);
    QCOMPARE(first[0].widget, Widget::Text);
    QVERIFY(!first[1].required && first[1].hasDefault);
    QCOMPARE(first[2].widget, Widget::EntityPicker);
    QCOMPARE(first[2].allowedKinds, QStringList{QStringLiteral("Group")});
    QCOMPARE(first[2].defaultKind, QStringLiteral("Group"));

    const QList<Field> &second = form.steps[1].fields;
    QCOMPARE(second.size(), 2);
    QCOMPARE(second[0].name, QStringLiteral("lifecycle"));
    QCOMPARE(second[0].widget, Widget::Select);
    QCOMPARE(second[0].enumNames, (QStringList{QStringLiteral("experimental"), QStringLiteral("production")}));
    QCOMPARE(second[1].widget, Widget::Integer);
    QCOMPARE(second[1].title, QStringLiteral("Artificial delay (seconds)"));

    // Without the text's order (a QVariantMap), required fields come first, then by name.
    const Form unordered = parseForm(QJsonDocument::fromJson(text).object().toVariantMap());
    QCOMPARE(unordered.steps[0].fields[0].name, QStringLiteral("name"));
    QCOMPARE(unordered.steps[0].fields[1].name, QStringLiteral("owner"));
    QCOMPARE(unordered.steps[0].fields[2].name, QStringLiteral("description"));
}

void TestJsonSchemaForm::realFixtureValidatesEachStep()
{
    const Form form = parseForm(QJsonValue(parseOrderedJson(fixtureText())));

    QList<Issue> issues = validateStep(form, 0, {});
    QCOMPARE(paths(issues), (QStringList{QStringLiteral("name"), QStringLiteral("owner")}));
    QCOMPARE(messageFor(issues, QStringLiteral("name")), QStringLiteral("Name is required"));
    QCOMPARE(messageFor(issues, QStringLiteral("owner")), QStringLiteral("Owner is required"));

    issues = validateStep(form, 0, {{QStringLiteral("name"), QStringLiteral("Hello World")},
                                    {QStringLiteral("owner"), QStringLiteral("group:default/team-a")}});
    QCOMPARE(paths(issues), QStringList{QStringLiteral("name")});
    QCOMPARE(issues[0].message, QStringLiteral("Name must match ^[a-z0-9-]+$"));

    QVERIFY(validateStep(form, 0, {{QStringLiteral("name"), QStringLiteral("hello-world")},
                                   {QStringLiteral("owner"), QStringLiteral("group:default/team-a")}})
                .isEmpty());

    // Step 2 has no required fields; its bounds still apply.
    QVERIFY(validateStep(form, 1, {}).isEmpty());
    issues = validateStep(form, 1, {{QStringLiteral("delaySeconds"), 31}, {QStringLiteral("lifecycle"), QStringLiteral("retired")}});
    QCOMPARE(messageFor(issues, QStringLiteral("delaySeconds")), QStringLiteral("Artificial delay (seconds) must be at most 30"));
    QCOMPARE(messageFor(issues, QStringLiteral("lifecycle")), QStringLiteral("Lifecycle must be one of: experimental, production"));
    QCOMPARE(validate(form, {}).size(), 2);
}

void TestJsonSchemaForm::realFixtureFillsDefaults()
{
    const Form form = parseForm(QJsonValue(parseOrderedJson(fixtureText())));
    const QVariantMap filled = withDefaults(form, {{QStringLiteral("name"), QStringLiteral("svc")},
                                                   {QStringLiteral("owner"), QStringLiteral("group:default/team-a")}});
    QCOMPARE(filled.value(QStringLiteral("name")).toString(), QStringLiteral("svc"));
    QCOMPARE(filled.value(QStringLiteral("owner")).toString(), QStringLiteral("group:default/team-a"));
    QCOMPARE(filled.value(QStringLiteral("description")).toString(), QStringLiteral("A service created from the hello-service template"));
    QCOMPARE(filled.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("experimental"));
    QCOMPARE(filled.value(QStringLiteral("delaySeconds")).toInt(), 1);
    QCOMPARE(filled.size(), 5);
    QVERIFY(validate(form, filled).isEmpty());
}

void TestJsonSchemaForm::widgetsFollowTypesEnumsAndHints()
{
    const Form form = oneStep(R"({
        "a": {"type": "string", "ui:widget": "textarea", "ui:help": "Help", "ui:placeholder": "Type"},
        "b": {"type": "string", "ui:widget": "password"},
        "c": {"type": "number"},
        "d": {"type": "boolean"},
        "e": {"type": "string", "enum": ["x", "y"], "ui:widget": "radio"},
        "f": {"type": "array", "items": {"type": "string", "enum": ["p", "q"]}, "ui:widget": "checkboxes"},
        "g": {"type": "array", "items": {"type": "string"}},
        "h": {"type": "object", "properties": {"x": {"type": "string"}}},
        "i": {"type": "string", "ui:widget": "hidden", "default": "secret"},
        "j": {"type": "string", "ui:field": "EntityPicker", "ui:readonly": true},
        "k": {"type": "string", "ui:widget": "fancy-slider"}
    })");
    QVERIFY2(form.isValid(), qPrintable(form.error));
    const QList<Field> &f = form.steps[0].fields;
    QCOMPARE(f.size(), 11);
    QCOMPARE(f[0].widget, Widget::TextArea);
    QCOMPARE(f[0].help, QStringLiteral("Help"));
    QCOMPARE(f[0].placeholder, QStringLiteral("Type"));
    QCOMPARE(f[1].widget, Widget::Password);
    QCOMPARE(f[2].widget, Widget::Number);
    QCOMPARE(f[3].widget, Widget::Toggle);
    QCOMPARE(f[4].widget, Widget::Radio);
    QCOMPARE(f[5].widget, Widget::Checkboxes);
    QCOMPARE(f[5].enumValues, (QVariantList{QStringLiteral("p"), QStringLiteral("q")}));
    QCOMPARE(f[6].widget, Widget::List);
    QCOMPARE(f[7].widget, Widget::Group);
    QCOMPARE(f[7].children.size(), 1);
    QCOMPARE(f[7].children[0].path, QStringLiteral("h/x"));
    QCOMPARE(f[8].widget, Widget::Hidden);
    QCOMPARE(f[9].widget, Widget::EntityPicker);
    QVERIFY(f[9].readOnly);
    QVERIFY(f[9].allowedKinds.isEmpty());
    // An unknown hint is a plain text field.
    QCOMPARE(f[10].widget, Widget::Text);
    QCOMPARE(widgetName(f[9].widget), QStringLiteral("entity"));
}

void TestJsonSchemaForm::pickerOptionsGiveKindsAndDefaultKind()
{
    const Form form = oneStep(R"({
        "owner": {"type": "string", "ui:field": "OwnerPicker"},
        "system": {"type": "string", "ui:field": "EntityPicker",
                   "ui:options": {"catalogFilter": [{"kind": ["System", "Domain"]}, {"kind": "Component"}],
                                  "allowArbitraryValues": false}},
        "api": {"type": "string", "ui:field": "OwnedEntityPicker",
                "ui:options": {"allowedKinds": ["API"], "defaultKind": "api"}},
        "team": {"type": "string", "ui:field": "MyGroupsPicker"}
    })");
    QVERIFY2(form.isValid(), qPrintable(form.error));
    const Field *owner = fieldAt(form, QStringLiteral("owner"));
    QVERIFY(owner);
    QCOMPARE(owner->allowedKinds, (QStringList{QStringLiteral("Group"), QStringLiteral("User")}));
    QCOMPARE(owner->defaultKind, QStringLiteral("Group"));
    QVERIFY(owner->allowArbitraryValues);
    const Field *system = fieldAt(form, QStringLiteral("system"));
    QCOMPARE(system->allowedKinds, (QStringList{QStringLiteral("System"), QStringLiteral("Domain"), QStringLiteral("Component")}));
    QVERIFY(!system->allowArbitraryValues);
    const Field *api = fieldAt(form, QStringLiteral("api"));
    QCOMPARE(api->widget, Widget::EntityPicker);
    QCOMPARE(api->allowedKinds, QStringList{QStringLiteral("API")});
    QCOMPARE(api->defaultKind, QStringLiteral("api"));
    QCOMPARE(fieldAt(form, QStringLiteral("team"))->allowedKinds, QStringList{QStringLiteral("Group")});
}

void TestJsonSchemaForm::uiOrderPlacesTheRestAtTheWildcard()
{
    const QJsonObject parameters = parseOrderedJson(R"({"steps":[{"schema":{
        "ui:order": ["c", "*", "a"],
        "properties": {"a": {}, "b": {}, "c": {}, "d": {}}}}]})");
    const Form form = parseForm(QJsonValue(parameters));
    QStringList names;
    for (const Field &f : form.steps[0].fields)
        names.append(f.name);
    QCOMPARE(names, (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a")}));
    // A step without a title is numbered.
    QCOMPARE(form.steps[0].title, QStringLiteral("Step 1"));
}

void TestJsonSchemaForm::requiredRejectsMissingAndEmpty_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("missing") << QVariant() << false;
    QTest::newRow("null") << QVariant::fromValue(nullptr) << false;
    QTest::newRow("empty text") << QVariant(QString()) << false;
    QTest::newRow("text") << QVariant(QStringLiteral("x")) << true;
    QTest::newRow("false is a value") << QVariant(false) << true;
    QTest::newRow("zero is a value") << QVariant(0) << true;
}

void TestJsonSchemaForm::requiredRejectsMissingAndEmpty()
{
    QFETCH(QVariant, value);
    QFETCH(bool, valid);
    const Form form = oneStep(R"({"v": {"title": "Value"}})", R"(["v"])");
    QVariantMap values;
    if (value.isValid())
        values.insert(QStringLiteral("v"), value);
    const QList<Issue> issues = validate(form, values);
    QCOMPARE(issues.isEmpty(), valid);
    if (!valid)
        QCOMPARE(issues[0].message, QStringLiteral("Value is required"));
}

void TestJsonSchemaForm::rules_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QVariant>("good");
    QTest::addColumn<QVariant>("bad");
    QTest::addColumn<QString>("message");

    QTest::newRow("pattern") << QByteArray(R"({"type":"string","pattern":"^[a-z0-9-]+$"})")
                             << QVariant(QStringLiteral("ok-1")) << QVariant(QStringLiteral("Not OK"))
                             << QStringLiteral("F must match ^[a-z0-9-]+$");
    QTest::newRow("minLength") << QByteArray(R"({"type":"string","minLength":3})")
                               << QVariant(QStringLiteral("abc")) << QVariant(QStringLiteral("ab"))
                               << QStringLiteral("F is too short (minimum length: 3)");
    QTest::newRow("maxLength counts characters") << QByteArray(R"({"type":"string","maxLength":2})")
                               << QVariant(QStringLiteral("é😀")) << QVariant(QStringLiteral("abc"))
                               << QStringLiteral("F is too long (maximum length: 2)");
    QTest::newRow("string type") << QByteArray(R"({"type":"string"})")
                                 << QVariant(QStringLiteral("x")) << QVariant(QVariantList{1})
                                 << QStringLiteral("F must be text");
    QTest::newRow("format uri") << QByteArray(R"({"type":"string","format":"uri"})")
                                << QVariant(QStringLiteral("https://example.com/x")) << QVariant(QStringLiteral("example"))
                                << QStringLiteral("F must be a URL, such as https://example.com");
    QTest::newRow("format email") << QByteArray(R"({"type":"string","format":"email"})")
                                  << QVariant(QStringLiteral("dev@example.com")) << QVariant(QStringLiteral("dev@example"))
                                  << QStringLiteral("F must be an e-mail address");
    QTest::newRow("minimum") << QByteArray(R"({"type":"number","minimum":1.5})")
                             << QVariant(1.5) << QVariant(1.4) << QStringLiteral("F must be at least 1.5");
    QTest::newRow("maximum") << QByteArray(R"({"type":"integer","maximum":30})")
                             << QVariant(30) << QVariant(31) << QStringLiteral("F must be at most 30");
    QTest::newRow("exclusiveMinimum") << QByteArray(R"({"type":"number","exclusiveMinimum":0})")
                                      << QVariant(0.1) << QVariant(0) << QStringLiteral("F must be greater than 0");
    QTest::newRow("exclusiveMaximum") << QByteArray(R"({"type":"number","exclusiveMaximum":10})")
                                      << QVariant(9.9) << QVariant(10) << QStringLiteral("F must be less than 10");
    QTest::newRow("draft-4 exclusive bound") << QByteArray(R"({"type":"number","minimum":0,"exclusiveMinimum":true})")
                                             << QVariant(1) << QVariant(0) << QStringLiteral("F must be greater than 0");
    QTest::newRow("integer") << QByteArray(R"({"type":"integer"})")
                             << QVariant(QStringLiteral("42")) << QVariant(QStringLiteral("4.5"))
                             << QStringLiteral("F must be a whole number");
    QTest::newRow("number") << QByteArray(R"({"type":"number"})")
                            << QVariant(QStringLiteral("2.5")) << QVariant(QStringLiteral("two"))
                            << QStringLiteral("F must be a number");
    QTest::newRow("boolean") << QByteArray(R"({"type":"boolean"})")
                             << QVariant(true) << QVariant(QStringLiteral("maybe"))
                             << QStringLiteral("F must be on or off");
    QTest::newRow("enum") << QByteArray(R"({"type":"string","enum":["a","b"]})")
                          << QVariant(QStringLiteral("b")) << QVariant(QStringLiteral("c"))
                          << QStringLiteral("F must be one of: a, b");
    QTest::newRow("numeric enum") << QByteArray(R"({"type":"integer","enum":[1,2]})")
                                  << QVariant(2.0) << QVariant(3) << QStringLiteral("F must be one of: 1, 2");
    QTest::newRow("minItems") << QByteArray(R"({"type":"array","minItems":2})")
                              << QVariant(QVariantList{1, 2}) << QVariant(QVariantList{1})
                              << QStringLiteral("F needs more items (minimum: 2)");
    QTest::newRow("maxItems") << QByteArray(R"({"type":"array","maxItems":1})")
                              << QVariant(QVariantList{1}) << QVariant(QVariantList{1, 2})
                              << QStringLiteral("F has too many items (maximum: 1)");
    QTest::newRow("uniqueItems") << QByteArray(R"({"type":"array","uniqueItems":true})")
                                 << QVariant(QVariantList{1, 2}) << QVariant(QVariantList{1, 1.0})
                                 << QStringLiteral("F must not contain the same item twice");
    QTest::newRow("array type") << QByteArray(R"({"type":"array"})")
                                << QVariant(QStringList{QStringLiteral("a")}) << QVariant(QStringLiteral("a"))
                                << QStringLiteral("F must be a list");
    QTest::newRow("object type") << QByteArray(R"({"type":"object","properties":{}})")
                                 << QVariant(QVariantMap{}) << QVariant(3)
                                 << QStringLiteral("F must be a group of values");
}

void TestJsonSchemaForm::rules()
{
    QFETCH(QByteArray, schema);
    QFETCH(QVariant, good);
    QFETCH(QVariant, bad);
    QFETCH(QString, message);
    const QByteArray properties = R"({"f":)" + schema.chopped(1) + R"(,"title":"F"}})";
    const Form form = oneStep(properties.constData());
    QVERIFY2(form.isValid(), qPrintable(form.error));

    const QList<Issue> passing = validate(form, {{QStringLiteral("f"), good}});
    QVERIFY2(passing.isEmpty(), qPrintable(passing.isEmpty() ? QString() : passing[0].message));
    const QList<Issue> failing = validate(form, {{QStringLiteral("f"), bad}});
    QCOMPARE(failing.size(), 1);
    QCOMPARE(failing[0].path, QStringLiteral("f"));
    QCOMPARE(failing[0].message, message);
}

void TestJsonSchemaForm::enumNamesAppearInTheMessage()
{
    const Form form = oneStep(R"({"size": {"title": "Size", "type": "string", "enum": ["s", "m"], "enumNames": ["Small", "Medium"]}})");
    QCOMPARE(form.steps[0].fields[0].enumNames, (QStringList{QStringLiteral("Small"), QStringLiteral("Medium")}));
    QCOMPARE(validate(form, {{QStringLiteral("size"), QStringLiteral("xl")}})[0].message,
             QStringLiteral("Size must be one of: Small, Medium"));
}

void TestJsonSchemaForm::nestedObjectsValidateRecursively()
{
    const Form form = oneStep(R"json({
        "db": {"title": "Database", "type": "object", "required": ["name"],
               "properties": {
                   "name": {"title": "Database name", "type": "string", "pattern": "^[a-z]+$"},
                   "size": {"title": "Size (GB)", "type": "integer", "minimum": 1},
                   "tls": {"type": "object", "required": ["mode"], "properties": {"mode": {"type": "string"}}}
               }}
    })json", R"(["db"])");
    QVERIFY2(form.isValid(), qPrintable(form.error));
    QCOMPARE(form.steps[0].fields[0].children.size(), 3);
    QCOMPARE(form.steps[0].fields[0].children[2].children[0].path, QStringLiteral("db/tls/mode"));

    QCOMPARE(paths(validate(form, {})), QStringList{QStringLiteral("db")});
    const QList<Issue> issues = validate(form, {{QStringLiteral("db"), QVariantMap{
        {QStringLiteral("size"), 0},
        {QStringLiteral("tls"), QVariantMap{}},
    }}});
    QCOMPARE(paths(issues), (QStringList{QStringLiteral("db/name"), QStringLiteral("db/size"), QStringLiteral("db/tls/mode")}));
    QCOMPARE(messageFor(issues, QStringLiteral("db/name")), QStringLiteral("Database name is required"));
    QCOMPARE(messageFor(issues, QStringLiteral("db/size")), QStringLiteral("Size (GB) must be at least 1"));

    QVERIFY(validate(form, {{QStringLiteral("db"), QVariantMap{
        {QStringLiteral("name"), QStringLiteral("orders")},
        {QStringLiteral("size"), QStringLiteral("10")},   // coerced
        {QStringLiteral("tls"), QVariantMap{{QStringLiteral("mode"), QStringLiteral("strict")}}},
    }}}).isEmpty());
}

void TestJsonSchemaForm::arrayItemsAreValidatedWithTheirIndex()
{
    const Form form = oneStep(R"({
        "ports": {"title": "Ports", "type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 65535}},
        "envs": {"title": "Environments", "type": "array", "uniqueItems": true,
                 "items": {"type": "string", "enum": ["dev", "prod"]}}
    })");
    QList<Issue> issues = validate(form, {{QStringLiteral("ports"), QVariantList{80, QStringLiteral("443"), 70000}}});
    QCOMPARE(paths(issues), QStringList{QStringLiteral("ports/2")});
    QCOMPARE(issues[0].message, QStringLiteral("Ports, item 3 must be at most 65535"));

    issues = validate(form, {{QStringLiteral("envs"), QStringList{QStringLiteral("dev"), QStringLiteral("qa")}}});
    QCOMPARE(paths(issues), QStringList{QStringLiteral("envs/1")});
    QCOMPARE(issues[0].message, QStringLiteral("Environments, item 2 must be one of: dev, prod"));

    QVERIFY(validate(form, {{QStringLiteral("ports"), QVariantList{80, 443}},
                            {QStringLiteral("envs"), QVariantList{QStringLiteral("prod")}}}).isEmpty());
    // An empty row of an editable list is reported, not silently sent.
    issues = validate(form, {{QStringLiteral("ports"), QVariantList{80, QString()}}});
    QCOMPARE(paths(issues), QStringList{QStringLiteral("ports/1")});
}

void TestJsonSchemaForm::defaultsFillNestedObjectsWithoutOverriding()
{
    const Form form = oneStep(R"({
        "name": {"type": "string", "default": "svc"},
        "replicas": {"type": "integer", "default": 2},
        "db": {"type": "object", "properties": {
            "engine": {"type": "string", "default": "postgres"},
            "version": {"type": "string", "default": "16"},
            "user": {"type": "string"}}},
        "targets": {"type": "array", "items": {"type": "object", "properties": {
            "region": {"type": "string", "default": "eu"}, "zone": {"type": "string"}}}}
    })");
    const QVariantMap filled = withDefaults(form, {
        {QStringLiteral("name"), QStringLiteral("mine")},
        {QStringLiteral("db"), QVariantMap{{QStringLiteral("version"), QStringLiteral("15")}}},
        {QStringLiteral("targets"), QVariantList{QVariantMap{{QStringLiteral("zone"), QStringLiteral("a")}},
                                                 QVariantMap{{QStringLiteral("region"), QStringLiteral("us")}}}},
        {QStringLiteral("extra"), 7},
    });
    QCOMPARE(filled.value(QStringLiteral("name")).toString(), QStringLiteral("mine"));
    QCOMPARE(filled.value(QStringLiteral("replicas")).toInt(), 2);
    const QVariantMap db = filled.value(QStringLiteral("db")).toMap();
    QCOMPARE(db.value(QStringLiteral("engine")).toString(), QStringLiteral("postgres"));
    QCOMPARE(db.value(QStringLiteral("version")).toString(), QStringLiteral("15"));
    QVERIFY(!db.contains(QStringLiteral("user")));
    const QVariantList targets = filled.value(QStringLiteral("targets")).toList();
    QCOMPARE(targets[0].toMap().value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    QCOMPARE(targets[0].toMap().value(QStringLiteral("zone")).toString(), QStringLiteral("a"));
    QCOMPARE(targets[1].toMap().value(QStringLiteral("region")).toString(), QStringLiteral("us"));
    QCOMPARE(filled.value(QStringLiteral("extra")).toInt(), 7);

    // An absent nested object is created only for its defaults.
    const QVariantMap fromNothing = withDefaults(form, {});
    QCOMPARE(fromNothing.value(QStringLiteral("db")).toMap(),
             (QVariantMap{{QStringLiteral("engine"), QStringLiteral("postgres")}, {QStringLiteral("version"), QStringLiteral("16")}}));
    // The JSON-object overload gives the same.
    QCOMPARE(withDefaults(json(R"({"steps":[{"schema":{"properties":{"a":{"default":1}}}}]})"), {}).value(QStringLiteral("a")).toInt(), 1);
}

void TestJsonSchemaForm::defaultsDoNotInventValues()
{
    const Form form = oneStep(R"({"a": {"type": "string"}, "b": {"type": "object", "properties": {"c": {"type": "integer"}}},
                                  "d": {"type": "boolean", "default": false}})");
    const QVariantMap filled = withDefaults(form, {});
    QCOMPARE(filled, (QVariantMap{{QStringLiteral("d"), false}}));
}

void TestJsonSchemaForm::coercionConvertsLosslessly()
{
    const QJsonObject integer = json(R"({"type":"integer"})");
    QCOMPARE(coerce(integer, QStringLiteral("42")), QVariant(qlonglong(42)));
    QCOMPARE(coerce(integer, QStringLiteral(" 7 ")), QVariant(qlonglong(7)));
    QCOMPARE(coerce(integer, 3.0), QVariant(qlonglong(3)));
    QCOMPARE(coerce(integer, QStringLiteral("4.5")), QVariant(4.5));       // left for validation
    QCOMPARE(coerce(integer, QStringLiteral("abc")), QVariant(QStringLiteral("abc")));
    QVERIFY(!coerce(integer, QString()).isValid());

    const QJsonObject number = json(R"({"type":"number"})");
    QCOMPARE(coerce(number, QStringLiteral("2.5")), QVariant(2.5));
    QCOMPARE(coerce(number, QStringLiteral("1e3")), QVariant(1000.0));

    const QJsonObject boolean = json(R"({"type":"boolean"})");
    QCOMPARE(coerce(boolean, QStringLiteral("true")), QVariant(true));
    QCOMPARE(coerce(boolean, QStringLiteral("FALSE")), QVariant(false));

    QCOMPARE(coerce(json(R"({"type":"string"})"), 42), QVariant(QStringLiteral("42")));
    QCOMPARE(coerce(json(R"({"type":["integer","null"]})"), QStringLiteral("5")), QVariant(qlonglong(5)));

    const QJsonObject ports = json(R"({"type":"array","items":{"type":"integer"}})");
    QCOMPARE(coerce(ports, QVariantList{QStringLiteral("80"), 443}), QVariant(QVariantList{qlonglong(80), 443}));

    const Form form = oneStep(R"({"db": {"type": "object", "properties": {"size": {"type": "integer"}}}, "n": {"type": "number"}})");
    const QVariantMap coerced = coerceValues(form, {{QStringLiteral("db"), QVariantMap{{QStringLiteral("size"), QStringLiteral("10")}}},
                                                    {QStringLiteral("n"), QString()}});
    QCOMPARE(coerced.value(QStringLiteral("db")).toMap().value(QStringLiteral("size")), QVariant(qlonglong(10)));
    QVERIFY(!coerced.contains(QStringLiteral("n")));
}

void TestJsonSchemaForm::stepValidationOnlyLooksAtThatStep()
{
    const Form form = parseForm(QJsonValue(json(R"({"steps":[
        {"title":"One","schema":{"required":["a"],"properties":{"a":{"title":"A","type":"string"}}}},
        {"title":"Two","schema":{"required":["b"],"properties":{"b":{"title":"B","type":"string"}}}}]})")));
    QCOMPARE(paths(validateStep(form, 0, {})), QStringList{QStringLiteral("a")});
    QCOMPARE(paths(validateStep(form, 1, {})), QStringList{QStringLiteral("b")});
    QVERIFY(validateStep(form, 2, {}).isEmpty());
    QCOMPARE(paths(validate(form, {})), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(stepOf(form, QStringLiteral("b")), 1);
}

void TestJsonSchemaForm::lookupsByPath()
{
    const Form form = oneStep(R"({"db": {"type": "object", "properties": {"name": {"title": "DB", "type": "string"}}},
                                  "ports": {"type": "array", "items": {"type": "integer"}}})");
    QCOMPARE(propertySchemaAt(form, QStringLiteral("db/name")).value(QLatin1String("title")).toString(), QStringLiteral("DB"));
    QCOMPARE(propertySchemaAt(form, QStringLiteral("ports/2")).value(QLatin1String("type")).toString(), QStringLiteral("integer"));
    QVERIFY(propertySchemaAt(form, QStringLiteral("nope")).isEmpty());
    QCOMPARE(fieldAt(form, QStringLiteral("db/name"))->title, QStringLiteral("DB"));
    QCOMPARE(fieldAt(form, QStringLiteral("ports/2"))->name, QStringLiteral("ports"));
    QCOMPARE(fieldAt(form, QStringLiteral("nope")), nullptr);
}

void TestJsonSchemaForm::brokenSchemas_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object") << QByteArray(R"([1, 2])") << QStringLiteral("The template's parameters are not an object");
    QTest::newRow("steps missing") << QByteArray(R"({"title": "x"})") << QStringLiteral("The template's parameters have no steps");
    QTest::newRow("steps empty") << QByteArray(R"({"steps": []})") << QStringLiteral("The template's parameters have no steps");
    QTest::newRow("steps not a list") << QByteArray(R"({"steps": {"a": 1}})") << QStringLiteral("The steps of the template's parameters are not a list");
    QTest::newRow("step not an object") << QByteArray(R"({"steps": [3]})") << QStringLiteral("Step 1 of the template's parameters has no schema object");
    QTest::newRow("schema missing") << QByteArray(R"({"steps": [{"title": "x"}]})") << QStringLiteral("Step 1 of the template's parameters has no schema object");
    QTest::newRow("properties not an object") << QByteArray(R"({"steps": [{"schema": {"properties": [1]}}]})")
                                              << QStringLiteral("The properties of step 1 are not an object");
    QTest::newRow("nested properties not an object")
        << QByteArray(R"({"steps": [{"schema": {"properties": {"db": {"title": "Database", "type": "object", "properties": "x"}}}}]})")
        << QStringLiteral("The properties of Database are not an object");
}

void TestJsonSchemaForm::brokenSchemas()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const Form form = parseForm(QJsonDocument::fromJson(text).isArray() ? QJsonValue(QJsonDocument::fromJson(text).array())
                                                                       : QJsonValue(QJsonDocument::fromJson(text).object()));
    QVERIFY(!form.isValid());
    QCOMPARE(form.error, error);
    QVERIFY(form.steps.isEmpty());
    // Everything else still answers without crashing.
    const QList<Issue> issues = validate(form, {{QStringLiteral("a"), 1}});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].message, error);
    QCOMPARE(withDefaults(form, {{QStringLiteral("a"), 1}}), (QVariantMap{{QStringLiteral("a"), 1}}));
    QVERIFY(validateStep(form, 0, {}).isEmpty());
    QCOMPARE(fieldAt(form, QStringLiteral("a")), nullptr);

    QString parseError;
    parseOrderedJson("{\"steps\": [", &parseError);
    QVERIFY(parseError.startsWith(QStringLiteral("The template's parameters are not valid JSON")));
}

void TestJsonSchemaForm::unknownTypeFallsBackToTextWithAWarning()
{
    const Form form = oneStep(R"({"when": {"title": "When", "type": "datetime"}, "odd": 5})", R"(["when"])");
    QVERIFY2(form.isValid(), qPrintable(form.error));
    QCOMPARE(form.steps[0].fields.size(), 2);
    QCOMPARE(form.steps[0].fields[0].widget, Widget::Text);
    QCOMPARE(form.steps[0].fields[0].type, QStringLiteral("datetime"));
    QCOMPARE(form.steps[0].fields[1].widget, Widget::Text);
    QCOMPARE(form.warnings.size(), 2);
    QVERIFY(form.warnings.join(u'\n').contains(QStringLiteral("unknown type “datetime”")));
    QVERIFY(validate(form, {{QStringLiteral("when"), QStringLiteral("tomorrow")}}).isEmpty());
    QCOMPARE(validate(form, {})[0].message, QStringLiteral("When is required"));
}

void TestJsonSchemaForm::invalidPatternIsReportedNotThrown()
{
    const Form form = oneStep(R"({"n": {"title": "N", "type": "string", "pattern": "([a-z"}})");
    const QList<Issue> issues = validate(form, {{QStringLiteral("n"), QStringLiteral("abc")}});
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues[0].message.startsWith(QStringLiteral("The template's pattern for N is not valid")));
}

QTEST_GUILESS_MAIN(TestJsonSchemaForm)
#include "tst_jsonschemaform.moc"
