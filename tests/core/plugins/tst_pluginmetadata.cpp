#include "plugins/pluginmetadata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace atrium::plugins;

namespace {

QJsonObject validObject()
{
    const QJsonObject port{{"type", "integer"}, {"minimum", 1}, {"maximum", 65535}};
    const QJsonObject greeting{{"type", "string"}, {"enum", QJsonArray{"Hi", "Hello"}}};
    return QJsonObject{
        {"id", "dev.atrium.hello"},
        {"name", "Hello"},
        {"version", "1.4.2-beta.1"},
        {"compatVersion", "1.2.0"},
        {"apiVersion", 1},
        {"producer", QJsonObject{{"team", "Platform Enablement"}, {"contact", "https://example.com/platform"}}},
        {"description", "Says hello."},
        {"capabilities", QJsonArray{"catalogProvider", "page"}},
        {"hosts", QJsonArray{"api.example.com", "*.example.org:8443"}},
        {"credentials", QJsonArray{QJsonObject{{"id", "token"}, {"title", "Token"}, {"kind", "header"}, {"header", "X-Api-Key"}}}},
        {"dependencies", QJsonArray{QJsonObject{{"id", "dev.atrium.base"}, {"version", "2.0.0"}}}},
        {"connectionSchema", QJsonObject{{"type", "object"},
                                         {"properties", QJsonObject{{"port", port}, {"greeting", greeting}}},
                                         {"required", QJsonArray{"greeting"}}}},
        {"platforms", QJsonArray{"linux-x86_64"}},
    };
}

QStringList errorKeys(const QList<MetadataProblem> &problems)
{
    QStringList keys;
    for (const auto &p : problems)
        if (p.severity == MetadataProblem::Severity::Error)
            keys.append(p.key);
    return keys;
}

// Replaces one dotted path ("producer.contact", "credentials.0.kind") in a JSON object; an undefined
// value removes the key.
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        array[head.toInt()] = path.isEmpty() ? value : replaced(array.at(head.toInt()), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = path.isEmpty() ? value : replaced(object.value(head), path, value);
    return object;
}

// Translates every string of one context to a marker, to prove that messages go through translate().
class MarkerTranslator : public QTranslator
{
public:
    // The contexts lupdate files the metadata checks under: atrium::plugins (free functions),
    // atrium::plugins::PluginMetadata and atrium::plugins::Checker. tst_translations checks the
    // real German catalog against them.
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray name(context);
        if (name == "atrium::plugins" || name == "atrium::plugins::PluginMetadata" || name == "atrium::plugins::Checker")
            return QStringLiteral("[translated] ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPluginMetadata : public QObject
{
    Q_OBJECT

private slots:
    void validMetadataHasNoProblems()
    {
        QList<MetadataProblem> problems;
        const auto meta = PluginMetadata::fromJson(validObject(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
        QCOMPARE(meta.id, QStringLiteral("dev.atrium.hello"));
        QCOMPARE(meta.version, QVersionNumber(1, 4, 2));
        QCOMPARE(meta.versionString, QStringLiteral("1.4.2-beta.1"));
        QCOMPARE(meta.compatVersion, QVersionNumber(1, 2, 0));
        QCOMPARE(meta.apiVersion, 1);
        QCOMPARE(meta.producerTeam, QStringLiteral("Platform Enablement"));
        QCOMPARE(meta.capabilities, QStringList({"catalogProvider", "page"}));
        QCOMPARE(meta.hosts, QStringList({"api.example.com", "*.example.org:8443"}));
        QCOMPARE(meta.credentials.size(), 1);
        QCOMPARE(meta.credentials.first().header, QStringLiteral("X-Api-Key"));
        QCOMPARE(meta.dependencies.size(), 1);
        QCOMPARE(meta.dependencies.first().version, QVersionNumber(2, 0, 0));
        QCOMPARE(meta.platforms, QStringList{"linux-x86_64"});
        QVERIFY(meta.provides(QVersionNumber(1, 3)));
        QVERIFY(!meta.provides(QVersionNumber(1, 1)));
        QVERIFY(!meta.provides(QVersionNumber(1, 5)));
    }

    void eachBrokenKeyIsNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("key");
        const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("id missing") << "id" << missing << "id";
        QTest::newRow("id upper case") << "id" << QJsonValue("Dev.Atrium.Hello") << "id";
        QTest::newRow("id one word") << "id" << QJsonValue("hello") << "id";
        QTest::newRow("id too short") << "id" << QJsonValue("ab") << "id";
        QTest::newRow("id too long") << "id" << QJsonValue(QString("a.") + QString(100, 'b')) << "id";
        QTest::newRow("name missing") << "name" << missing << "name";
        QTest::newRow("name empty") << "name" << QJsonValue("") << "name";
        QTest::newRow("name too long") << "name" << QJsonValue(QString(101, 'n')) << "name";
        QTest::newRow("version not semver") << "version" << QJsonValue("1.0") << "version";
        QTest::newRow("version missing") << "version" << missing << "version";
        QTest::newRow("compatVersion newer") << "compatVersion" << QJsonValue("1.5.0") << "compatVersion";
        QTest::newRow("compatVersion missing") << "compatVersion" << missing << "compatVersion";
        QTest::newRow("apiVersion 2") << "apiVersion" << QJsonValue(2) << "apiVersion";
        QTest::newRow("apiVersion fraction") << "apiVersion" << QJsonValue(1.5) << "apiVersion";
        QTest::newRow("apiVersion missing") << "apiVersion" << missing << "apiVersion";
        QTest::newRow("producer missing") << "producer" << missing << "producer";
        QTest::newRow("producer.team missing") << "producer.team" << missing << "producer.team";
        QTest::newRow("producer.contact plain") << "producer.contact" << QJsonValue("someone") << "producer.contact";
        QTest::newRow("producer.contact http") << "producer.contact" << QJsonValue("http://example.com") << "producer.contact";
        QTest::newRow("description too long") << "description" << QJsonValue(QString(2001, 'd')) << "description";
        QTest::newRow("description missing") << "description" << missing << "description";
        QTest::newRow("capabilities empty") << "capabilities" << QJsonValue(QJsonArray()) << "capabilities";
        QTest::newRow("capabilities unknown") << "capabilities.1" << QJsonValue("teleporter") << "capabilities[1]";
        QTest::newRow("capabilities missing") << "capabilities" << missing << "capabilities";
        QTest::newRow("hosts with scheme") << "hosts.0" << QJsonValue("https://api.example.com") << "hosts[0]";
        QTest::newRow("hosts bad port") << "hosts.1" << QJsonValue("api.example.com:99999") << "hosts[1]";
        QTest::newRow("credentials kind") << "credentials.0.kind" << QJsonValue("oauth") << "credentials[0].kind";
        QTest::newRow("credentials header missing") << "credentials.0.header" << missing << "credentials[0].header";
        QTest::newRow("credentials id missing") << "credentials.0.id" << missing << "credentials[0].id";
        QTest::newRow("dependency version") << "dependencies.0.version" << QJsonValue("2") << "dependencies[0].version";
        QTest::newRow("dependency id") << "dependencies.0.id" << QJsonValue("Base") << "dependencies[0].id";
        QTest::newRow("dependency on itself") << "dependencies.0.id" << QJsonValue("dev.atrium.hello") << "dependencies[0].id";
        QTest::newRow("schema type") << "connectionSchema.type" << QJsonValue("array") << "connectionSchema.type";
        QTest::newRow("schema property type") << "connectionSchema.properties.port.type" << QJsonValue("date")
                                              << "connectionSchema.properties.port.type";
        QTest::newRow("schema required unknown") << "connectionSchema.required.0" << QJsonValue("colour")
                                                 << "connectionSchema.required[0]";
        QTest::newRow("platforms") << "platforms.0" << QJsonValue("linux") << "platforms[0]";
    }

    void eachBrokenKeyIsNamed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, key);
        const QJsonObject object = replaced(validObject(), path.split('.'), value).toObject();
        QList<MetadataProblem> problems;
        PluginMetadata::fromJson(object, &problems);
        QCOMPARE(errorKeys(problems), QStringList{key});
        QVERIFY(hasErrors(problems));
        QVERIFY(!problems.first().message.isEmpty());
        QVERIFY2(describeProblems(problems).startsWith(key + ": "), qPrintable(describeProblems(problems)));
    }

    void everyKeyWithTheWrongType()
    {
        QJsonObject object;
        for (const char *key : {"id", "name", "version", "compatVersion", "description"})
            object[key] = 42;
        object["apiVersion"] = "1";
        for (const char *key : {"producer", "connectionSchema"})
            object[key] = QJsonArray{1};
        for (const char *key : {"capabilities", "hosts", "credentials", "dependencies", "platforms"})
            object[key] = QJsonObject{{"a", 1}};
        QList<MetadataProblem> problems;
        PluginMetadata::fromJson(object, &problems);
        QStringList expected = object.keys();
        QStringList keys = errorKeys(problems);
        keys.sort();
        QCOMPARE(keys, expected);
        for (const auto &p : problems)
            QVERIFY2(p.message.startsWith("must be"), qPrintable(p.key + ": " + p.message));
    }

    void rawBrokenObjects()
    {
        QList<MetadataProblem> problems;
        PluginMetadata::fromJson(QJsonObject(), &problems);
        QStringList keys = errorKeys(problems);
        keys.sort();
        QCOMPARE(keys, QStringList({"apiVersion", "capabilities", "compatVersion", "description", "id", "name",
                                    "producer", "version"}));
        for (const auto &p : problems)
            QCOMPARE(p.message, QStringLiteral("is required"));

        // Broken elements inside arrays are named by their index.
        QJsonObject object = validObject();
        object["capabilities"] = QJsonArray{"page", 3, QJsonValue::Null};
        object["credentials"] = QJsonArray{"token"};
        object["dependencies"] = QJsonArray{QJsonObject{{"id", "dev.atrium.base"}}};
        problems.clear();
        PluginMetadata::fromJson(object, &problems);
        QCOMPARE(errorKeys(problems), QStringList({"capabilities[1]", "capabilities[2]", "credentials[0]",
                                                   "dependencies[0].version"}));
    }

    void unknownKeysAreWarnings()
    {
        QJsonObject object = validObject();
        object["futureKey"] = true;
        QList<MetadataProblem> problems;
        const auto meta = PluginMetadata::fromJson(object, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().severity, MetadataProblem::Severity::Warning);
        QCOMPARE(problems.first().key, QStringLiteral("futureKey"));
        QVERIFY(!hasErrors(problems));
        QCOMPARE(meta.id, QStringLiteral("dev.atrium.hello"));
    }

    void describeListsErrorsFirst()
    {
        const QList<MetadataProblem> problems{{MetadataProblem::Severity::Warning, "w", "careful"},
                                              {MetadataProblem::Severity::Error, "e", "broken"}};
        QCOMPARE(describeProblems(problems), QStringLiteral("e: broken\nw: careful"));
    }

    void messagesAreTranslated()
    {
        MarkerTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QList<MetadataProblem> problems;
        PluginMetadata::fromJson(replaced(validObject(), {"apiVersion"}, 7).toObject(), &problems);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.startsWith("[translated] "), qPrintable(problems.first().message));
    }

    void settings_data()
    {
        QTest::addColumn<QVariantMap>("settings");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("valid") << QVariantMap{{"greeting", "Hi"}, {"port", 8080}} << QStringList();
        QTest::newRow("integer as text") << QVariantMap{{"greeting", "Hi"}, {"port", "8080"}} << QStringList();
        QTest::newRow("required missing") << QVariantMap{{"port", 1}} << QStringList{"greeting"};
        QTest::newRow("enum") << QVariantMap{{"greeting", "Yo"}} << QStringList{"greeting"};
        QTest::newRow("not an integer") << QVariantMap{{"greeting", "Hi"}, {"port", "eighty"}} << QStringList{"port"};
        QTest::newRow("fraction") << QVariantMap{{"greeting", "Hi"}, {"port", 1.5}} << QStringList{"port"};
        QTest::newRow("maximum") << QVariantMap{{"greeting", "Hi"}, {"port", 70000}} << QStringList{"port"};
        QTest::newRow("email") << QVariantMap{{"greeting", "Hi"}, {"owner", "nobody"}} << QStringList{"owner"};
        QTest::newRow("uri") << QVariantMap{{"greeting", "Hi"}, {"docs", "not a url"}} << QStringList{"docs"};
        QTest::newRow("pattern") << QVariantMap{{"greeting", "Hi"}, {"code", "abc"}} << QStringList{"code"};
        QTest::newRow("boolean") << QVariantMap{{"greeting", "Hi"}, {"verbose", "maybe"}} << QStringList{"verbose"};
        QTest::newRow("boolean text") << QVariantMap{{"greeting", "Hi"}, {"verbose", "true"}} << QStringList();
        QTest::newRow("min length") << QVariantMap{{"greeting", "Hi"}, {"code", ""}} << QStringList{"code"};
    }

    void settings()
    {
        QFETCH(QVariantMap, settings);
        QFETCH(QStringList, errors);
        QJsonObject schema = validObject().value("connectionSchema").toObject();
        QJsonObject properties = schema.value("properties").toObject();
        properties["owner"] = QJsonObject{{"type", "string"}, {"format", "email"}};
        properties["docs"] = QJsonObject{{"type", "string"}, {"format", "uri"}};
        properties["code"] = QJsonObject{{"type", "string"}, {"pattern", "^[0-9]*$"}, {"minLength", 1}};
        properties["verbose"] = QJsonObject{{"type", "boolean"}};
        schema["properties"] = properties;
        QCOMPARE(errorKeys(validateSettings(schema, settings)), errors);
    }

    void unknownSettingIsAWarning()
    {
        const auto problems = validateSettings(validObject().value("connectionSchema").toObject(),
                                               {{"greeting", "Hi"}, {"colour", "red"}});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().key, QStringLiteral("colour"));
        QCOMPARE(problems.first().severity, MetadataProblem::Severity::Warning);
    }

    void platform()
    {
        const QString platform = hostPlatform();
        QVERIFY(platform.startsWith(QSysInfo::kernelType() + '-'));
#if defined(Q_PROCESSOR_X86_64)
        QCOMPARE(platform, QStringLiteral("linux-x86_64"));
#endif
    }

    void libraryMetadata()
    {
        QList<MetadataProblem> problems;
        const auto meta = PluginMetadata::fromLibrary(FIXTURE_GOOD, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
        QCOMPARE(meta.id, QStringLiteral("fixture.good"));
        QCOMPARE(meta.version, QVersionNumber(1, 2, 0));
        QCOMPARE(meta.raw.value("name").toString(), QStringLiteral("Fixture fixture.good"));
    }

    void libraryProblems_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("wrong IID") << FIXTURE_WRONGIID << QStringList{"IID"};
        QTest::newRow("wrong API version") << FIXTURE_WRONGAPI << QStringList{"apiVersion"};
        QTest::newRow("oversize") << FIXTURE_OVERSIZE << QStringList{"MetaData"};
        QTest::newRow("wrong types") << FIXTURE_BADTYPES
                                     << QStringList({"apiVersion", "capabilities", "compatVersion", "connectionSchema",
                                                     "credentials", "dependencies", "description", "hosts", "id",
                                                     "name", "platforms", "producer", "version"});
        QTest::newRow("missing file") << "/nonexistent/libnothing.so" << QStringList{"library"};
    }

    void libraryProblems()
    {
        QFETCH(QString, library);
        QFETCH(QStringList, keys);
        QList<MetadataProblem> problems;
        PluginMetadata::fromLibrary(library, &problems);
        QStringList found = errorKeys(problems);
        found.sort();
        QCOMPARE(found, keys);
    }

    void notAnElfLibrary()
    {
        QTemporaryDir dir;
        QFile text(dir.filePath("libtext.so"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("{ \"id\": \"not.a.library\" }\n");
        text.close();

        QFile good(FIXTURE_GOOD);
        QVERIFY(good.open(QIODevice::ReadOnly));
        QFile truncated(dir.filePath("libtruncated.so"));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(good.read(4096));
        truncated.close();

        for (const QString &path : {text.fileName(), truncated.fileName()}) {
            QList<MetadataProblem> problems;
            const auto meta = PluginMetadata::fromLibrary(path, &problems);
            QCOMPARE(errorKeys(problems), QStringList{"library"});
            QVERIFY(meta.id.isEmpty());
            QVERIFY2(problems.first().message.size() > 20, qPrintable(problems.first().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestPluginMetadata)
#include "tst_pluginmetadata.moc"
