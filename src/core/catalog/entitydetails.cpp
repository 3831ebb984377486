#include "catalog/entitydetails.h"

#include "catalog/entityreader.h"
#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

#include <rapidjson/memorystream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>

namespace atrium::catalog {

namespace {

// RapidJSON 1.1.0 (Debian 12) writes a number read as text in quotes: write it as it was read.
class NumbersAsWritten : public rapidjson::PrettyWriter<rapidjson::StringBuffer>
{
public:
    using PrettyWriter::PrettyWriter;
    bool RawNumber(const Ch *str, rapidjson::SizeType length, bool = false)
    {
        return RawValue(str, length, rapidjson::kNumberType);
    }
};

// The JSON as it came, one member a line: members in the order the server wrote them and numbers
// as written (Qt's writer sorts keys and reformats numbers). Empty when it is not valid JSON.
QString indentedAsSent(const QByteArray &json)
{
    rapidjson::StringBuffer buffer;
    buffer.Reserve(size_t(json.size()) * 2);
    NumbersAsWritten writer(buffer);
    writer.SetIndent(' ', 4);
    rapidjson::Reader reader;
    rapidjson::MemoryStream memory(json.constData(), size_t(json.size()));
    constexpr unsigned Flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag
        | rapidjson::kParseValidateEncodingFlag;
    if (reader.Parse<Flags>(memory, writer).IsError())
        return {};
    return QString::fromUtf8(buffer.GetString(), qsizetype(buffer.GetSize()));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::catalog", text);
}

QString languageFor(const QString &apiType, const QString &text)
{
    const QString type = apiType.toLower();
    if (type == QLatin1String("graphql"))
        return QStringLiteral("GraphQL");
    if (type == QLatin1String("grpc") || type == QLatin1String("protobuf"))
        return QStringLiteral("Protobuf");
    if (type == QLatin1String("openapi") || type == QLatin1String("asyncapi") || type.isEmpty()) {
        const QString trimmed = text.trimmed();
        return trimmed.startsWith(u'{') ? QStringLiteral("JSON") : QStringLiteral("YAML");
    }
    return QString();
}

bool isInside(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir + u'/');
}

// The folder a `dir:` techdocs-ref names, if it stays inside the catalog source (also through
// symlinks); empty otherwise.
QString techdocsFolder(const QString &ref, const QString &file, const QString &rootDir)
{
    const QString target = ref.mid(4).trimmed();
    if (target.isEmpty() || QDir::isAbsolutePath(target))
        return {};
    const QString base = QFileInfo(file).absolutePath();
    const QString root = QDir::cleanPath(rootDir.isEmpty() ? base : rootDir);
    const QString joined = QDir::cleanPath(base + u'/' + target);
    if (!isInside(joined, root) || !QFileInfo(joined).isDir())
        return {};
    const QString canonical = QFileInfo(joined).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonical.isEmpty() || !isInside(canonical, canonicalRoot.isEmpty() ? root : canonicalRoot))
        return {};
    return canonical;
}

} // namespace

EntityDetails loadEntityDetails(const Entity &entity)
{
    EntityDetails details;
    QFile file(entity.source.file);
    if (!file.open(QIODevice::ReadOnly)) {
        details.error = tr("cannot read %1 again: %2").arg(entity.source.file, file.errorString());
        return details;
    }
    const QByteArray data = file.readAll();

    // The document's own lines, as written.
    const int first = std::max(1, entity.source.firstLine);
    const int end = entity.source.endLine > first ? entity.source.endLine : INT_MAX;
    int line = 1;
    qsizetype begin = first == 1 ? 0 : -1;
    qsizetype stop = data.size();
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) != '\n')
            continue;
        ++line;
        if (line == first)
            begin = i + 1;
        if (line == end) {
            stop = i + 1;
            break;
        }
    }
    details.sourceFirstLine = first;
    if (begin >= 0) {
        // The document separator belongs to the file, not to the entity.
        if (data.mid(begin, 3) == "---") {
            const qsizetype eol = data.indexOf('\n', begin);
            if (eol >= 0 && eol < stop && data.mid(begin, eol - begin).trimmed() == "---") {
                begin = eol + 1;
                ++details.sourceFirstLine;
            }
        }
        details.sourceText = QString::fromUtf8(data.mid(begin, stop - begin));
    }

    const yaml::ParseResult parsed = yaml::parse(data);
    if (!parsed.ok || entity.source.documentIndex >= int(parsed.documents.size())) {
        details.error = parsed.ok ? tr("%1 changed since it was loaded").arg(entity.source.file)
                                  : tr("%1:%2:%3: %4").arg(entity.source.file).arg(parsed.error.line)
                                        .arg(parsed.error.column).arg(parsed.error.message);
        return details;
    }
    const yaml::Document &doc = parsed.documents[size_t(entity.source.documentIndex)];
    details.descriptor = doc.toJson(doc.root()).toObject();

    const QString baseDir = QFileInfo(entity.source.file).absolutePath();
    const QJsonObject spec = details.descriptor.value(QLatin1String("spec")).toObject();
    if (entity.kind.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0 && spec.contains(QLatin1String("definition"))) {
        const QJsonValue def = spec.value(QLatin1String("definition"));
        if (def.isString()) {
            details.definition = def.toString();
        } else if (def.isObject()) {
            const QJsonObject o = def.toObject();
            for (const char *kind : {"$text", "$json", "$yaml"}) {
                const QString key = QString::fromLatin1(kind);
                if (!o.contains(key))
                    continue;
                const PlaceholderResult r = resolvePlaceholder(key, o.value(key).toString(), baseDir, entity.source.rootDir);
                if (r.remote)
                    details.definitionError = tr("the definition is at %1, which Atrium does not fetch for a local catalog")
                                                  .arg(o.value(key).toString());
                else if (!r.error.isEmpty())
                    details.definitionError = r.error;
                else if (r.value.isString())
                    details.definition = r.value.toString();
                else
                    details.definition = QString::fromUtf8(r.value.isArray()
                        ? QJsonDocument(r.value.toArray()).toJson()
                        : QJsonDocument(r.value.toObject()).toJson());
                break;
            }
            if (details.definition.isEmpty() && details.definitionError.isEmpty())
                details.definition = QString::fromUtf8(QJsonDocument(o).toJson());
        }
        details.definitionLanguage = languageFor(entity.specType, details.definition);
    }

    for (const auto &a : entity.annotations) {
        if (a.first != QLatin1String("backstage.io/techdocs-ref"))
            continue;
        if (a.second.startsWith(QLatin1String("dir:")))
            details.docsDir = techdocsFolder(a.second, entity.source.file, entity.source.rootDir);
        break;
    }
    return details;
}

EntityDetails remoteEntityDetails(const QByteArray &json, const Entity &entity)
{
    EntityDetails details;
    details.sourceLanguage = QStringLiteral("JSON");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        details.error = parseError.error != QJsonParseError::NoError
            ? tr("the stored copy of %1 cannot be read: %2 at offset %3")
                  .arg(entity.refString(), parseError.errorString()).arg(parseError.offset)
            : tr("the stored copy of %1 is not an entity").arg(entity.refString());
        return details;
    }
    details.descriptor = doc.object();
    details.sourceText = indentedAsSent(json);
    if (details.sourceText.isEmpty()) // JSON Qt reads and RapidJSON does not (an unknown escape)
        details.sourceText = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));

    const QJsonObject spec = details.descriptor.value(QLatin1String("spec")).toObject();
    if (entity.kind.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0 && spec.contains(QLatin1String("definition"))) {
        const QJsonValue def = spec.value(QLatin1String("definition"));
        if (def.isString())
            details.definition = def.toString();
        else if (def.isObject() || def.isArray())
            details.definition = QString::fromUtf8(def.isArray() ? QJsonDocument(def.toArray()).toJson()
                                                                 : QJsonDocument(def.toObject()).toJson());
        details.definitionLanguage = languageFor(entity.specType, details.definition);
    }
    return details;
}

QList<QPair<QString, QString>> specFields(const QJsonObject &descriptor)
{
    QList<QPair<QString, QString>> fields;
    const QJsonObject spec = descriptor.value(QLatin1String("spec")).toObject();
    for (auto it = spec.constBegin(); it != spec.constEnd(); ++it) {
        if (it.key() == QLatin1String("definition"))
            continue;
        const QJsonValue v = it.value();
        QString text;
        if (v.isString()) {
            text = v.toString();
        } else if (v.isArray()) {
            const QJsonArray array = v.toArray();
            QStringList parts;
            for (const QJsonValue &item : array) {
                if (!item.isString()) {
                    parts.clear();
                    break;
                }
                parts.append(item.toString());
            }
            text = parts.size() == array.size() ? parts.join(QLatin1String(", "))
                                                : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        } else if (v.isObject()) {
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        } else if (v.isBool()) {
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.isDouble()) {
            text = QString::number(v.toDouble());
        } else if (v.isNull()) {
            text = QStringLiteral("null");
        }
        fields.append({it.key(), text});
    }
    return fields;
}

QString backstageEntityUrl(const QString &frontendUrl, const Entity &entity)
{
    QString base = frontendUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base.isEmpty() || entity.name.isEmpty())
        return {};
    const auto segment = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    const QString ns = entity.ns.isEmpty() ? QStringLiteral("default") : entity.ns;
    return base + QStringLiteral("/catalog/") + segment(ns) + u'/' + segment(entity.kind.toLower()) + u'/'
        + segment(entity.name);
}

} // namespace atrium::catalog
