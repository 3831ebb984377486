#include "plugins/pluginmetadata.h"

#include <atrium/sdk/version.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace atrium::plugins {

namespace {

constexpr qsizetype MaxMetadataBytes = 256 * 1024;
constexpr qsizetype MaxDescription = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::plugins", text);
}

// The patterns of FORMATS.md §1, compiled once.
struct Patterns
{
    QRegularExpression id{QStringLiteral("^[a-z0-9]+([.-][a-z0-9]+)+$")};
    QRegularExpression semver{QStringLiteral(
        "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$")};
    QRegularExpression email{QStringLiteral("^[^@\\s:/]+@[^@\\s/]+\\.[^@\\s/.]+$")};
    QRegularExpression host{QStringLiteral(
        "^(\\*\\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:([0-9]{1,5}))?$")};
    QRegularExpression headerName{QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")};
    QRegularExpression platform{QStringLiteral("^[a-z0-9]+-[a-z0-9_]+$")};
};

const Patterns &patterns()
{
    static const Patterns instance;
    return instance;
}

const QStringList &knownCapabilities()
{
    static const QStringList list{
        QStringLiteral("catalogProvider"), QStringLiteral("statusProvider"), QStringLiteral("costProvider"),
        QStringLiteral("actionProvider"), QStringLiteral("docsProvider"), QStringLiteral("dashboardWidget"),
        QStringLiteral("entityTab"), QStringLiteral("page"),
    };
    return list;
}

QString indexed(const QString &key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(key).arg(index);
}

QString child(const QString &key, const QString &name)
{
    return key.isEmpty() ? name : key + QLatin1Char('.') + name;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

// Collects problems while one metadata object (or a part of it) is read.
class Checker
{
    // Its own context, as lupdate files the strings of this class.
    Q_DECLARE_TR_FUNCTIONS(atrium::plugins::Checker)

public:
    explicit Checker(QList<MetadataProblem> *problems) : m_problems(problems) {}

    void error(const QString &key, const QString &message)
    {
        m_errors = true;
        if (m_problems)
            m_problems->append({MetadataProblem::Severity::Error, key, message});
    }
    void warning(const QString &key, const QString &message)
    {
        if (m_problems)
            m_problems->append({MetadataProblem::Severity::Warning, key, message});
    }
    bool hadErrors() const { return m_errors; }

    void wrongType(const QString &key, const QString &expected, const QJsonValue &found)
    {
        error(key, tr("must be %1, not %2").arg(expected, jsonTypeName(found)));
    }

    // The value of a key that must be present (reports "is required" otherwise).
    std::optional<QJsonValue> required(const QJsonObject &object, const QString &name, const QString &key)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            error(key, tr("is required"));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QString> string(const QJsonObject &object, const QString &name, const QString &key,
                                  bool isRequired, qsizetype minLength = 0, qsizetype maxLength = -1)
    {
        const auto value = typed(object, name, key, isRequired, QJsonValue::String, tr("a string"));
        if (!value)
            return std::nullopt;
        const QString text = value->toString();
        if (text.size() < minLength) {
            error(key, minLength == 1 ? tr("must not be empty")
                                      : tr("must have at least %1 characters").arg(minLength));
            return std::nullopt;
        }
        if (maxLength >= 0 && text.size() > maxLength) {
            error(key, tr("must have at most %1 characters (has %2)").arg(maxLength).arg(text.size()));
            return std::nullopt;
        }
        return text;
    }

    std::optional<QJsonArray> array(const QJsonObject &object, const QString &name, const QString &key,
                                    bool isRequired)
    {
        const auto value = typed(object, name, key, isRequired, QJsonValue::Array, tr("an array"));
        return value ? std::optional(value->toArray()) : std::nullopt;
    }

    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &name, const QString &key,
                                      bool isRequired)
    {
        const auto value = typed(parent, name, key, isRequired, QJsonValue::Object, tr("an object"));
        return value ? std::optional(value->toObject()) : std::nullopt;
    }

    // The value of a key when it is present and of the JSON type wanted; reports the problem otherwise.
    std::optional<QJsonValue> typed(const QJsonObject &object, const QString &name, const QString &key,
                                    bool isRequired, QJsonValue::Type type, const QString &typeName)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (isRequired)
                error(key, tr("is required"));
            return std::nullopt;
        }
        if (value.type() != type) {
            wrongType(key, typeName, value);
            return std::nullopt;
        }
        return value;
    }

    // Calls read(item, itemKey) for each element of an optional array of objects.
    template<typename Read>
    void objects(const QJsonObject &parent, const QString &key, const QStringList &knownKeys, Read read)
    {
        const auto list = array(parent, key, key, false);
        if (!list)
            return;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemKey = indexed(key, i);
            if (!list->at(i).isObject()) {
                wrongType(itemKey, tr("an object"), list->at(i));
                continue;
            }
            const QJsonObject item = list->at(i).toObject();
            unknownKeys(item, knownKeys, itemKey);
            read(item, itemKey);
        }
    }

    // Calls read(text, itemKey) for each string of an array; other elements are reported.
    template<typename Read>
    std::optional<QJsonArray> eachString(const QJsonObject &parent, const QString &key, bool isRequired, Read read)
    {
        const auto list = array(parent, key, key, isRequired);
        if (!list)
            return std::nullopt;
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).isString())
                read(list->at(i).toString(), indexed(key, i));
            else
                wrongType(indexed(key, i), tr("a string"), list->at(i));
        }
        return list;
    }

    // Every element must be a string; returns those that are.
    QStringList strings(const QJsonArray &array, const QString &key)
    {
        QStringList result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isString())
                result.append(array.at(i).toString());
            else
                wrongType(indexed(key, i), tr("a string"), array.at(i));
        }
        return result;
    }

    void unknownKeys(const QJsonObject &object, const QStringList &known, const QString &parentKey)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                warning(child(parentKey, it.key()), tr("is not a known key and is ignored"));
        }
    }

    std::optional<QVersionNumber> semver(const QJsonObject &object, const QString &name, const QString &key,
                                         QString *text = nullptr)
    {
        const auto value = string(object, name, key, true);
        if (!value)
            return std::nullopt;
        const auto match = patterns().semver.match(*value);
        if (!match.hasMatch()) {
            error(key, tr("must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0 (is \"%1\")").arg(*value));
            return std::nullopt;
        }
        if (text)
            *text = *value;
        return QVersionNumber(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }

private:
    QList<MetadataProblem> *m_problems;
    bool m_errors = false;
};

bool isValidContact(const QString &contact)
{
    if (contact.startsWith(QLatin1String("mailto:")))
        return patterns().email.match(contact.mid(7)).hasMatch();
    if (contact.startsWith(QLatin1String("https://"))) {
        const QUrl url(contact, QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty();
    }
    return patterns().email.match(contact).hasMatch();
}

bool isValidHost(const QString &host)
{
    const auto match = patterns().host.match(host);
    if (!match.hasMatch())
        return false;
    if (!match.captured(7).isEmpty()) {
        const int port = match.captured(7).toInt();
        if (port < 1 || port > 65535)
            return false;
    }
    return true;
}

const QStringList &settingTypes()
{
    static const QStringList list{QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("number"),
                                  QStringLiteral("boolean")};
    return list;
}

// Checks one property of a connectionSchema (FORMATS.md §2).
void checkSchemaProperty(Checker &check, const QJsonObject &property, const QString &key)
{
    static const QStringList known{
        QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("default"),
        QStringLiteral("enum"), QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("minLength"),
        QStringLiteral("maxLength"), QStringLiteral("pattern"), QStringLiteral("format"),
    };
    check.unknownKeys(property, known, key);
    if (const auto type = check.string(property, QStringLiteral("type"), child(key, QStringLiteral("type")), true);
        type && !settingTypes().contains(*type)) {
        check.error(child(key, QStringLiteral("type")),
                    tr("must be one of %1 (is \"%2\")").arg(settingTypes().join(QLatin1String(", ")), *type));
    }
    check.string(property, QStringLiteral("title"), child(key, QStringLiteral("title")), false);
    check.string(property, QStringLiteral("description"), child(key, QStringLiteral("description")), false);
    check.array(property, QStringLiteral("enum"), child(key, QStringLiteral("enum")), false);
    for (const char *name : {"minimum", "maximum"}) {
        const QJsonValue value = property.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isDouble())
            check.wrongType(child(key, QLatin1String(name)), tr("a number"), value);
    }
    for (const char *name : {"minLength", "maxLength"}) {
        const QJsonValue value = property.value(QLatin1String(name));
        if (!value.isUndefined() && (!isInteger(value) || value.toDouble() < 0))
            check.error(child(key, QLatin1String(name)), tr("must be a non-negative integer"));
    }
    if (const auto pattern = check.string(property, QStringLiteral("pattern"), child(key, QStringLiteral("pattern")), false);
        pattern && !QRegularExpression(*pattern).isValid()) {
        check.error(child(key, QStringLiteral("pattern")),
                    tr("is not a valid regular expression: %1").arg(QRegularExpression(*pattern).errorString()));
    }
    if (const auto format = check.string(property, QStringLiteral("format"), child(key, QStringLiteral("format")), false);
        format && *format != QLatin1String("uri") && *format != QLatin1String("email")) {
        check.error(child(key, QStringLiteral("format")), tr("must be \"uri\" or \"email\" (is \"%1\")").arg(*format));
    }
}

void checkConnectionSchema(Checker &check, const QJsonObject &schema, const QString &key)
{
    check.unknownKeys(schema,
                      {QStringLiteral("type"), QStringLiteral("properties"), QStringLiteral("required"),
                       QStringLiteral("$schema"), QStringLiteral("title"), QStringLiteral("description"),
                       QStringLiteral("additionalProperties")},
                      key);
    if (const auto type = check.string(schema, QStringLiteral("type"), child(key, QStringLiteral("type")), true);
        type && *type != QLatin1String("object")) {
        check.error(child(key, QStringLiteral("type")), tr("must be \"object\" (is \"%1\")").arg(*type));
    }
    const auto properties = check.object(schema, QStringLiteral("properties"), child(key, QStringLiteral("properties")), false);
    if (properties) {
        for (auto it = properties->begin(); it != properties->end(); ++it) {
            const QString propertyKey = child(child(key, QStringLiteral("properties")), it.key());
            if (it.value().isObject())
                checkSchemaProperty(check, it.value().toObject(), propertyKey);
            else
                check.wrongType(propertyKey, tr("an object"), it.value());
        }
    }
    if (const auto required = check.array(schema, QStringLiteral("required"), child(key, QStringLiteral("required")), false)) {
        const QString requiredKey = child(key, QStringLiteral("required"));
        const QStringList names = check.strings(*required, requiredKey);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!properties || !properties->contains(names.at(i)))
                check.error(indexed(requiredKey, i), tr("names \"%1\", which is not in properties").arg(names.at(i)));
        }
    }
}

void readProducer(Checker &check, const QJsonObject &object, PluginMetadata &meta)
{
    const auto producer = check.object(object, QStringLiteral("producer"), QStringLiteral("producer"), true);
    if (!producer)
        return;
    check.unknownKeys(*producer, {QStringLiteral("team"), QStringLiteral("contact")}, QStringLiteral("producer"));
    if (const auto team = check.string(*producer, QStringLiteral("team"), QStringLiteral("producer.team"), true, 1, 200))
        meta.producerTeam = *team;
    if (const auto contact = check.string(*producer, QStringLiteral("contact"), QStringLiteral("producer.contact"), true, 1)) {
        if (isValidContact(*contact))
            meta.producerContact = *contact;
        else
            check.error(QStringLiteral("producer.contact"),
                        tr("must be an e-mail address, a mailto: or an https:// URL (is \"%1\")").arg(*contact));
    }
}

void readCapabilities(Checker &check, const QJsonObject &object, PluginMetadata &meta)
{
    const QString key = QStringLiteral("capabilities");
    const auto list = check.eachString(object, key, true, [&](const QString &value, const QString &itemKey) {
        if (!knownCapabilities().contains(value))
            check.error(itemKey, tr("\"%1\" is not a capability; use one of %2")
                                     .arg(value, knownCapabilities().join(QLatin1String(", "))));
        else if (meta.capabilities.contains(value))
            check.warning(itemKey, tr("\"%1\" is listed twice").arg(value));
        else
            meta.capabilities.append(value);
    });
    if (list && list->isEmpty())
        check.error(key, tr("must name at least one capability"));
}

void readHosts(Checker &check, const QJsonObject &object, PluginMetadata &meta)
{
    check.eachString(object, QStringLiteral("hosts"), false, [&](const QString &value, const QString &itemKey) {
        const QString host = value.toLower();
        if (isValidHost(host))
            meta.hosts.append(host);
        else
            check.error(itemKey, tr("\"%1\" is not a host name like api.example.com or *.example.com, with an optional :port")
                                     .arg(value));
    });
}

void readCredentials(Checker &check, const QJsonObject &object, PluginMetadata &meta)
{
    const QStringList known{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("header")};
    check.objects(object, QStringLiteral("credentials"), known, [&](const QJsonObject &item, const QString &itemKey) {
        CredentialSpec spec;
        bool ok = true;
        if (const auto id = check.string(item, QStringLiteral("id"), child(itemKey, QStringLiteral("id")), true, 1, 100))
            spec.id = *id;
        else
            ok = false;
        if (const auto title = check.string(item, QStringLiteral("title"), child(itemKey, QStringLiteral("title")), true, 1, 100))
            spec.title = *title;
        else
            ok = false;
        if (const auto kind = check.string(item, QStringLiteral("kind"), child(itemKey, QStringLiteral("kind")), true)) {
            spec.kind = *kind;
            if (*kind != QLatin1String("bearer") && *kind != QLatin1String("header") && *kind != QLatin1String("basic")) {
                check.error(child(itemKey, QStringLiteral("kind")),
                            tr("must be \"bearer\", \"header\" or \"basic\" (is \"%1\")").arg(*kind));
                ok = false;
            }
        } else {
            ok = false;
        }
        const bool needsHeader = spec.kind == QLatin1String("header");
        if (const auto header = check.string(item, QStringLiteral("header"), child(itemKey, QStringLiteral("header")), needsHeader)) {
            if (patterns().headerName.match(*header).hasMatch()) {
                spec.header = *header;
            } else {
                check.error(child(itemKey, QStringLiteral("header")), tr("\"%1\" is not an HTTP header name").arg(*header));
                ok = false;
            }
        } else if (needsHeader) {
            ok = false;
        }
        if (ok)
            meta.credentials.append(spec);
    });
}

void readDependencies(Checker &check, const QJsonObject &object, PluginMetadata &meta)
{
    const QStringList known{QStringLiteral("id"), QStringLiteral("version")};
    check.objects(object, QStringLiteral("dependencies"), known, [&](const QJsonObject &item, const QString &itemKey) {
        const QString idKey = child(itemKey, QStringLiteral("id"));
        const auto id = check.string(item, QStringLiteral("id"), idKey, true);
        if (id && !patterns().id.match(*id).hasMatch()) {
            check.error(idKey, tr("\"%1\" is not a plugin id").arg(*id));
            return;
        }
        if (id && !meta.id.isEmpty() && *id == meta.id) {
            check.error(idKey, tr("a plugin cannot depend on itself"));
            return;
        }
        const auto version = check.semver(item, QStringLiteral("version"), child(itemKey, QStringLiteral("version")));
        if (id && version)
            meta.dependencies.append({*id, *version});
    });
}

void readPlatforms(Checker &check, const QJsonObject &object, PluginMetadata &meta)
{
    check.eachString(object, QStringLiteral("platforms"), false, [&](const QString &value, const QString &itemKey) {
        if (patterns().platform.match(value).hasMatch())
            meta.platforms.append(value);
        else
            check.error(itemKey, tr("\"%1\" is not a platform like linux-x86_64").arg(value));
    });
}

} // namespace

PluginMetadata PluginMetadata::fromJson(const QJsonObject &object, QList<MetadataProblem> *problems)
{
    PluginMetadata meta;
    meta.raw = object;
    Checker check(problems);

    check.unknownKeys(object,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("version"),
                       QStringLiteral("compatVersion"), QStringLiteral("apiVersion"), QStringLiteral("producer"),
                       QStringLiteral("description"), QStringLiteral("capabilities"), QStringLiteral("hosts"),
                       QStringLiteral("credentials"), QStringLiteral("dependencies"),
                       QStringLiteral("connectionSchema"), QStringLiteral("platforms")},
                      QString());

    if (const auto id = check.string(object, QStringLiteral("id"), QStringLiteral("id"), true, 3, 100)) {
        if (patterns().id.match(*id).hasMatch())
            meta.id = *id;
        else
            check.error(QStringLiteral("id"),
                        tr("\"%1\" must be lower-case reverse-DNS words separated by dots or dashes, e.g. dev.atrium.hello")
                            .arg(*id));
    }
    if (const auto name = check.string(object, QStringLiteral("name"), QStringLiteral("name"), true, 1, 100))
        meta.name = *name;

    if (const auto version = check.semver(object, QStringLiteral("version"), QStringLiteral("version"), &meta.versionString))
        meta.version = *version;
    if (const auto compat = check.semver(object, QStringLiteral("compatVersion"), QStringLiteral("compatVersion"))) {
        meta.compatVersion = *compat;
        if (!meta.version.isNull() && *compat > meta.version)
            check.error(QStringLiteral("compatVersion"),
                        tr("%1 must not be newer than version %2").arg(compat->toString(), meta.version.toString()));
    }

    if (const auto api = check.required(object, QStringLiteral("apiVersion"), QStringLiteral("apiVersion"))) {
        if (!isInteger(*api)) {
            check.wrongType(QStringLiteral("apiVersion"), tr("an integer"), *api);
        } else {
            meta.apiVersion = api->toInt();
            if (meta.apiVersion != ATRIUM_PLUGIN_API_VERSION)
                check.error(QStringLiteral("apiVersion"),
                            tr("is %1, but this Atrium supports plugin API version %2")
                                .arg(api->toVariant().toString())
                                .arg(ATRIUM_PLUGIN_API_VERSION));
        }
    }

    readProducer(check, object, meta);
    if (const auto description = check.string(object, QStringLiteral("description"), QStringLiteral("description"), true, 0, MaxDescription))
        meta.description = *description;
    readCapabilities(check, object, meta);
    readHosts(check, object, meta);
    readCredentials(check, object, meta);
    readDependencies(check, object, meta);
    if (const auto schema = check.object(object, QStringLiteral("connectionSchema"), QStringLiteral("connectionSchema"), false)) {
        checkConnectionSchema(check, *schema, QStringLiteral("connectionSchema"));
        meta.connectionSchema = *schema;
    }
    readPlatforms(check, object, meta);
    return meta;
}

PluginMetadata PluginMetadata::fromLibrary(const QString &libraryPath, QList<MetadataProblem> *problems)
{
    Checker check(problems);
    const QFileInfo info(libraryPath);
    const QString libraryKey = QStringLiteral("library");
    if (!info.exists() || !info.isFile()) {
        check.error(libraryKey, tr("%1 does not exist").arg(libraryPath));
        return {};
    }
    if (!info.isReadable()) {
        check.error(libraryKey, tr("%1 is not readable").arg(libraryPath));
        return {};
    }

    // metaData() reads the library's .qtmetadata section; the library is not loaded.
    QPluginLoader loader(info.absoluteFilePath());
    const QJsonObject embedded = loader.metaData();
    if (embedded.isEmpty()) {
        check.error(libraryKey, tr("is not a Qt plugin: %1").arg(loader.errorString()));
        return {};
    }
    const QString iid = embedded.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(ATRIUM_PLUGIN_IID))
        check.error(QStringLiteral("IID"),
                    tr("is \"%1\", but this Atrium loads plugins with IID \"%2\"").arg(iid, QLatin1String(ATRIUM_PLUGIN_IID)));
    const QJsonValue metaData = embedded.value(QLatin1String("MetaData"));
    if (!metaData.isObject()) {
        check.error(QStringLiteral("MetaData"),
                    tr("is missing: the library embeds no plugin.json (Q_PLUGIN_METADATA needs FILE \"plugin.json\")"));
        return {};
    }
    const QJsonObject object = metaData.toObject();
    const qsizetype size = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    if (size > MaxMetadataBytes) {
        check.error(QStringLiteral("MetaData"),
                    tr("is %1 KiB of JSON; at most %2 KiB are allowed").arg((size + 1023) / 1024).arg(MaxMetadataBytes / 1024));
        // Keep the id so that the problem is reported under the plugin's name.
        PluginMetadata meta;
        meta.raw = QJsonObject{{QStringLiteral("id"), object.value(QLatin1String("id"))}};
        const QString id = object.value(QLatin1String("id")).toString();
        if (patterns().id.match(id).hasMatch() && id.size() <= 100)
            meta.id = id;
        return meta;
    }
    return fromJson(object, problems);
}

QString describeProblems(const QList<MetadataProblem> &problems)
{
    QList<MetadataProblem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const MetadataProblem &a, const MetadataProblem &b) {
        return a.severity == MetadataProblem::Severity::Error && b.severity != MetadataProblem::Severity::Error;
    });
    QStringList lines;
    for (const auto &problem : std::as_const(sorted))
        lines.append(problem.key.isEmpty() ? problem.message : problem.key + QLatin1String(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasErrors(const QList<MetadataProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const MetadataProblem &p) { return p.severity == MetadataProblem::Severity::Error; });
}

namespace {

// Reads a setting as the schema type asks; settings from YAML may arrive as strings.
std::optional<double> settingNumber(const QVariant &value, bool integer)
{
    bool ok = false;
    double number = 0;
    if (value.typeId() == QMetaType::Bool)
        return std::nullopt;
    if (value.typeId() == QMetaType::QString)
        number = value.toString().trimmed().toDouble(&ok);
    else
        number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || (integer && std::floor(number) != number))
        return std::nullopt;
    return number;
}

std::optional<bool> settingBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

void checkStringSetting(Checker &check, const QString &name, const QString &text, const QJsonObject &property)
{
    if (property.contains(QLatin1String("minLength")) && text.size() < property.value(QLatin1String("minLength")).toInt())
        check.error(name, tr("must have at least %1 characters").arg(property.value(QLatin1String("minLength")).toInt()));
    if (property.contains(QLatin1String("maxLength")) && text.size() > property.value(QLatin1String("maxLength")).toInt())
        check.error(name, tr("must have at most %1 characters").arg(property.value(QLatin1String("maxLength")).toInt()));
    if (property.contains(QLatin1String("pattern"))) {
        const QRegularExpression re(property.value(QLatin1String("pattern")).toString());
        if (re.isValid() && !re.match(text).hasMatch())
            check.error(name, tr("does not match the pattern %1").arg(re.pattern()));
    }
    const QString format = property.value(QLatin1String("format")).toString();
    if (format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            check.error(name, tr("must be a URL"));
    } else if (format == QLatin1String("email") && !patterns().email.match(text).hasMatch()) {
        check.error(name, tr("must be an e-mail address"));
    }
}

} // namespace

QList<MetadataProblem> validateSettings(const QJsonObject &schema, const QVariantMap &settings)
{
    QList<MetadataProblem> problems;
    Checker check(&problems);
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (const QJsonValue &name : required) {
        const QVariant value = settings.value(name.toString());
        if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            check.error(name.toString(), tr("is required"));
    }
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString &name = it.key();
        if (!properties.contains(name)) {
            check.warning(name, tr("is not a setting of this plugin and is ignored"));
            continue;
        }
        if (!it.value().isValid() || it.value().isNull())
            continue;
        const QJsonObject property = properties.value(name).toObject();
        const QString type = property.value(QLatin1String("type")).toString();
        QJsonValue asJson;
        if (type == QLatin1String("integer") || type == QLatin1String("number")) {
            const auto number = settingNumber(it.value(), type == QLatin1String("integer"));
            if (!number) {
                check.error(name, type == QLatin1String("integer") ? tr("must be an integer") : tr("must be a number"));
                continue;
            }
            if (property.contains(QLatin1String("minimum")) && *number < property.value(QLatin1String("minimum")).toDouble())
                check.error(name, tr("must be at least %1").arg(property.value(QLatin1String("minimum")).toDouble()));
            if (property.contains(QLatin1String("maximum")) && *number > property.value(QLatin1String("maximum")).toDouble())
                check.error(name, tr("must be at most %1").arg(property.value(QLatin1String("maximum")).toDouble()));
            asJson = *number;
        } else if (type == QLatin1String("boolean")) {
            const auto flag = settingBool(it.value());
            if (!flag) {
                check.error(name, tr("must be true or false"));
                continue;
            }
            asJson = *flag;
        } else {
            if (!it.value().canConvert<QString>() || it.value().typeId() == QMetaType::QVariantMap
                || it.value().typeId() == QMetaType::QVariantList) {
                check.error(name, tr("must be text"));
                continue;
            }
            const QString text = it.value().toString();
            checkStringSetting(check, name, text, property);
            asJson = text;
        }
        const QJsonArray allowed = property.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(asJson)) {
            QStringList shown;
            for (const QJsonValue &v : allowed)
                shown.append(v.toVariant().toString());
            check.error(name, tr("must be one of %1").arg(shown.join(QLatin1String(", "))));
        }
    }
    return problems;
}

QString hostPlatform()
{
    QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64") || arch == QLatin1String("amd64"))
        arch = QStringLiteral("x86_64");
    else if (arch == QLatin1String("arm64"))
        arch = QStringLiteral("aarch64");
    return QSysInfo::kernelType() + QLatin1Char('-') + arch;
}

} // namespace atrium::plugins
