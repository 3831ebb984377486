#include "forms/jsonschemaform.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace atrium::forms {

namespace {

// lupdate files these under the namespace's name, as QCoreApplication::translate does at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::forms", text);
}

const QLatin1String kOrderKey("x-atrium:order");

QString primaryType(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString())
        return type.toString();
    // ["string", "null"]: the first type that is not null.
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (t.isString() && t.toString() != QLatin1String("null"))
                return t.toString();
        }
    }
    return {};
}

bool isKnownType(const QString &type)
{
    static const QSet<QString> known{
        QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
        QStringLiteral("array"), QStringLiteral("object"), QStringLiteral("null"),
    };
    return type.isEmpty() || known.contains(type);
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isString(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QString;
}

bool isList(const QVariant &value)
{
    const int id = value.metaType().id();
    return id == QMetaType::QVariantList || id == QMetaType::QStringList;
}

bool isMap(const QVariant &value)
{
    const int id = value.metaType().id();
    return id == QMetaType::QVariantMap || id == QMetaType::QVariantHash;
}

bool isAbsent(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.metaType().id() == QMetaType::Nullptr;
}

// Absent, or an empty text: what a required field must not be (an unchecked box is a value).
bool isEmptyValue(const QVariant &value)
{
    return isAbsent(value) || (isString(value) && value.toString().isEmpty());
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString valueText(const QVariant &value)
{
    if (isNumber(value))
        return numberText(value.toDouble());
    return value.toString();
}

// JSON equality: 1 and 1.0 are the same number.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    return a == b;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

// The order of an object schema's properties: ui:order (with "*" for the rest), then the order
// the author declared (recorded by parseOrderedJson), else required ones first, then by name.
QStringList propertyOrder(const QJsonObject &objectSchema)
{
    const QJsonObject properties = objectSchema.value(QLatin1String("properties")).toObject();
    QStringList declared;
    for (const QString &key : stringList(objectSchema.value(kOrderKey))) {
        if (properties.contains(key) && !declared.contains(key))
            declared.append(key);
    }
    if (declared.isEmpty()) {
        for (const QString &key : stringList(objectSchema.value(QLatin1String("required")))) {
            if (properties.contains(key) && !declared.contains(key))
                declared.append(key);
        }
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!declared.contains(it.key()))
            declared.append(it.key());
    }

    const QStringList uiOrder = stringList(objectSchema.value(QLatin1String("ui:order")));
    if (uiOrder.isEmpty())
        return declared;
    QStringList rest = declared;
    for (const QString &key : uiOrder)
        rest.removeAll(key);
    QStringList ordered;
    bool restPlaced = false;
    for (const QString &key : uiOrder) {
        if (key == QLatin1String("*")) {
            ordered += rest;
            restPlaced = true;
        } else if (properties.contains(key) && !ordered.contains(key)) {
            ordered.append(key);
        }
    }
    if (!restPlaced)
        ordered += rest;
    return ordered;
}

QString joinPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('/') + key;
}

bool isPickerField(const QString &field)
{
    return field == QLatin1String("OwnerPicker") || field == QLatin1String("EntityPicker")
        || field == QLatin1String("MyGroupsPicker") || field == QLatin1String("OwnedEntityPicker");
}

// Kinds a picker offers: allowedKinds, else catalogFilter's kind (an object or a list of them).
QStringList pickerKinds(const QString &uiField, const QJsonObject &options)
{
    QStringList kinds = stringList(options.value(QLatin1String("allowedKinds")));
    if (kinds.isEmpty()) {
        const QJsonValue filter = options.value(QLatin1String("catalogFilter"));
        QJsonArray filters = filter.isArray() ? filter.toArray() : QJsonArray{filter};
        for (const QJsonValue &f : filters) {
            for (const QString &kind : stringList(f.toObject().value(QLatin1String("kind")))) {
                if (!kinds.contains(kind, Qt::CaseInsensitive))
                    kinds.append(kind);
            }
        }
    }
    if (kinds.isEmpty()) {
        if (uiField == QLatin1String("OwnerPicker"))
            kinds = QStringList{QStringLiteral("Group"), QStringLiteral("User")};
        else if (uiField == QLatin1String("MyGroupsPicker"))
            kinds = QStringList{QStringLiteral("Group")};
    }
    return kinds;
}

struct Parser
{
    QString error;
    QStringList warnings;

    QList<Field> parseObject(const QJsonObject &objectSchema, const QString &prefix, const QString &where)
    {
        QList<Field> fields;
        const QJsonValue propertiesValue = objectSchema.value(QLatin1String("properties"));
        if (propertiesValue.isUndefined())
            return fields;
        if (!propertiesValue.isObject()) {
            error = tr("The properties of %1 are not an object").arg(where);
            return fields;
        }
        const QJsonObject properties = propertiesValue.toObject();
        const QStringList required = stringList(objectSchema.value(QLatin1String("required")));
        for (const QString &key : propertyOrder(objectSchema)) {
            fields.append(parseField(key, properties.value(key), joinPath(prefix, key), required.contains(key)));
            if (!error.isEmpty())
                break;
        }
        return fields;
    }

    Field parseField(const QString &key, const QJsonValue &value, const QString &path, bool required)
    {
        Field f;
        f.name = key;
        f.path = path;
        f.required = required;
        if (!value.isObject())
            warnings.append(tr("The schema of “%1” is not an object; it is shown as a text field").arg(path));
        const QJsonObject s = value.toObject();
        f.schema = s;
        f.title = s.value(QLatin1String("title")).toString();
        if (f.title.isEmpty())
            f.title = key;
        f.description = s.value(QLatin1String("description")).toString();
        f.help = s.value(QLatin1String("ui:help")).toString();
        f.placeholder = s.value(QLatin1String("ui:placeholder")).toString();
        f.type = primaryType(s);
        f.readOnly = s.value(QLatin1String("ui:readonly")).toBool() || s.value(QLatin1String("readOnly")).toBool();
        f.autofocus = s.value(QLatin1String("ui:autofocus")).toBool();
        if (s.contains(QLatin1String("default"))) {
            f.hasDefault = true;
            f.defaultValue = s.value(QLatin1String("default")).toVariant();
        }

        const QString uiWidget = s.value(QLatin1String("ui:widget")).toString();
        const QString uiField = s.value(QLatin1String("ui:field")).toString();
        const QJsonObject options = s.value(QLatin1String("ui:options")).toObject();
        const QJsonObject items = s.value(QLatin1String("items")).toObject();

        auto setEnum = [&f](const QJsonObject &from) {
            f.enumValues = from.value(QLatin1String("enum")).toArray().toVariantList();
            const QStringList names = stringList(from.value(QLatin1String("enumNames")));
            for (qsizetype i = 0; i < f.enumValues.size(); ++i)
                f.enumNames.append(i < names.size() ? names.at(i) : valueText(f.enumValues.at(i)));
        };

        if (!isKnownType(f.type))
            warnings.append(tr("“%1” has the unknown type “%2”; it is shown as a text field").arg(path, f.type));

        if (uiWidget == QLatin1String("hidden")) {
            f.widget = Widget::Hidden;
        } else if (isPickerField(uiField)) {
            f.widget = Widget::EntityPicker;
            f.allowedKinds = pickerKinds(uiField, options);
            f.defaultKind = options.value(QLatin1String("defaultKind")).toString();
            if (f.defaultKind.isEmpty() && !f.allowedKinds.isEmpty())
                f.defaultKind = f.allowedKinds.constFirst();
            f.allowArbitraryValues = options.value(QLatin1String("allowArbitraryValues")).toBool(true);
        } else if (f.type == QLatin1String("object")) {
            f.widget = Widget::Group;
            f.children = parseObject(s, path, f.title);
        } else if (f.type == QLatin1String("array")) {
            if (items.contains(QLatin1String("enum"))) {
                f.widget = Widget::Checkboxes;
                setEnum(items);
            } else {
                f.widget = Widget::List;
            }
        } else if (s.value(QLatin1String("enum")).isArray()) {
            f.widget = uiWidget == QLatin1String("radio") ? Widget::Radio : Widget::Select;
            setEnum(s);
        } else if (f.type == QLatin1String("boolean")) {
            f.widget = Widget::Toggle;
        } else if (f.type == QLatin1String("integer")) {
            f.widget = Widget::Integer;
        } else if (f.type == QLatin1String("number")) {
            f.widget = Widget::Number;
        } else if (uiWidget == QLatin1String("textarea")) {
            f.widget = Widget::TextArea;
        } else if (uiWidget == QLatin1String("password")) {
            f.widget = Widget::Password;
        }
        return f;
    }
};

// --- validation -------------------------------------------------------------------------------

struct Validator
{
    QList<Issue> issues;

    void add(const QString &path, const QString &message) { issues.append(Issue{path, message}); }

    void object(const QJsonObject &objectSchema, const QVariantMap &values, const QString &prefix)
    {
        const QJsonObject properties = objectSchema.value(QLatin1String("properties")).toObject();
        const QStringList required = stringList(objectSchema.value(QLatin1String("required")));
        for (const QString &key : propertyOrder(objectSchema)) {
            const QJsonObject s = properties.value(key).toObject();
            const QString path = joinPath(prefix, key);
            const QVariant value = values.value(key);
            const QString title = s.value(QLatin1String("title")).toString().isEmpty()
                                      ? key : s.value(QLatin1String("title")).toString();
            if (isEmptyValue(value)) {
                if (required.contains(key))
                    add(path, tr("%1 is required").arg(title));
                continue;
            }
            property(s, value, path, title);
        }
        // Required keys without a property schema are still required.
        for (const QString &key : required) {
            if (!properties.contains(key) && isEmptyValue(values.value(key)))
                add(joinPath(prefix, key), tr("%1 is required").arg(key));
        }
    }

    void property(const QJsonObject &s, const QVariant &value, const QString &path, const QString &title)
    {
        const QString type = primaryType(s);
        if (type == QLatin1String("string")) {
            if (!isString(value))
                return add(path, tr("%1 must be text").arg(title));
        } else if (type == QLatin1String("integer")) {
            if (!isNumber(value))
                return add(path, tr("%1 must be a whole number").arg(title));
            const double d = value.toDouble();
            if (!std::isfinite(d) || std::floor(d) != d)
                return add(path, tr("%1 must be a whole number").arg(title));
        } else if (type == QLatin1String("number")) {
            if (!isNumber(value) || !std::isfinite(value.toDouble()))
                return add(path, tr("%1 must be a number").arg(title));
        } else if (type == QLatin1String("boolean")) {
            if (value.metaType().id() != QMetaType::Bool)
                return add(path, tr("%1 must be on or off").arg(title));
        } else if (type == QLatin1String("array")) {
            if (!isList(value))
                return add(path, tr("%1 must be a list").arg(title));
        } else if (type == QLatin1String("object")) {
            if (!isMap(value))
                return add(path, tr("%1 must be a group of values").arg(title));
        }

        const QJsonValue enumValue = s.value(QLatin1String("enum"));
        if (enumValue.isArray()) {
            const QVariantList choices = enumValue.toArray().toVariantList();
            const bool found = std::any_of(choices.cbegin(), choices.cend(),
                                           [&value](const QVariant &c) { return sameValue(c, value); });
            if (!found) {
                QStringList shown = stringList(s.value(QLatin1String("enumNames")));
                if (shown.size() != choices.size()) {
                    shown.clear();
                    for (const QVariant &c : choices)
                        shown.append(valueText(c));
                }
                add(path, tr("%1 must be one of: %2").arg(title, shown.join(tr(", "))));
                return;
            }
        }

        if (isString(value))
            text(s, value.toString(), path, title);
        else if (isNumber(value))
            number(s, value.toDouble(), path, title);
        else if (isList(value))
            array(s, value.toList(), path, title);
        else if (isMap(value) && type == QLatin1String("object"))
            object(s, value.toMap(), path);
    }

    void text(const QJsonObject &s, const QString &value, const QString &path, const QString &title)
    {
        const qsizetype length = value.toUcs4().size();
        if (s.value(QLatin1String("minLength")).isDouble()) {
            const int min = s.value(QLatin1String("minLength")).toInt();
            if (length < min)
                return add(path, tr("%1 is too short (minimum length: %2)").arg(title).arg(min));
        }
        if (s.value(QLatin1String("maxLength")).isDouble()) {
            const int max = s.value(QLatin1String("maxLength")).toInt();
            if (length > max)
                return add(path, tr("%1 is too long (maximum length: %2)").arg(title).arg(max));
        }
        const QString pattern = s.value(QLatin1String("pattern")).toString();
        if (!pattern.isEmpty()) {
            const QRegularExpression re(pattern);
            if (!re.isValid())
                return add(path, tr("The template's pattern for %1 is not valid: %2").arg(title, re.errorString()));
            if (!re.match(value).hasMatch())
                return add(path, tr("%1 must match %2").arg(title, pattern));
        }
        const QString format = s.value(QLatin1String("format")).toString();
        if (format == QLatin1String("uri") || format == QLatin1String("url")) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || (url.host().isEmpty() && url.path().isEmpty()))
                return add(path, tr("%1 must be a URL, such as https://example.com").arg(title));
        } else if (format == QLatin1String("email")) {
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
            if (!email.match(value).hasMatch())
                return add(path, tr("%1 must be an e-mail address").arg(title));
        }
    }

    void number(const QJsonObject &s, double value, const QString &path, const QString &title)
    {
        const QJsonValue minimum = s.value(QLatin1String("minimum"));
        const QJsonValue maximum = s.value(QLatin1String("maximum"));
        const QJsonValue exclusiveMinimum = s.value(QLatin1String("exclusiveMinimum"));
        const QJsonValue exclusiveMaximum = s.value(QLatin1String("exclusiveMaximum"));
        // Draft 4 writes exclusiveMinimum: true next to minimum; later drafts give the bound itself.
        if (minimum.isDouble()) {
            if (exclusiveMinimum.toBool(false) ? value <= minimum.toDouble() : value < minimum.toDouble()) {
                return add(path, exclusiveMinimum.toBool(false)
                                     ? tr("%1 must be greater than %2").arg(title, numberText(minimum.toDouble()))
                                     : tr("%1 must be at least %2").arg(title, numberText(minimum.toDouble())));
            }
        }
        if (maximum.isDouble()) {
            if (exclusiveMaximum.toBool(false) ? value >= maximum.toDouble() : value > maximum.toDouble()) {
                return add(path, exclusiveMaximum.toBool(false)
                                     ? tr("%1 must be less than %2").arg(title, numberText(maximum.toDouble()))
                                     : tr("%1 must be at most %2").arg(title, numberText(maximum.toDouble())));
            }
        }
        if (exclusiveMinimum.isDouble() && value <= exclusiveMinimum.toDouble())
            return add(path, tr("%1 must be greater than %2").arg(title, numberText(exclusiveMinimum.toDouble())));
        if (exclusiveMaximum.isDouble() && value >= exclusiveMaximum.toDouble())
            return add(path, tr("%1 must be less than %2").arg(title, numberText(exclusiveMaximum.toDouble())));
    }

    void array(const QJsonObject &s, const QVariantList &list, const QString &path, const QString &title)
    {
        const int count = int(list.size());
        if (s.value(QLatin1String("minItems")).isDouble()) {
            const int min = s.value(QLatin1String("minItems")).toInt();
            if (count < min)
                return add(path, tr("%1 needs more items (minimum: %2)").arg(title).arg(min));
        }
        if (s.value(QLatin1String("maxItems")).isDouble()) {
            const int max = s.value(QLatin1String("maxItems")).toInt();
            if (count > max)
                return add(path, tr("%1 has too many items (maximum: %2)").arg(title).arg(max));
        }
        if (s.value(QLatin1String("uniqueItems")).toBool()) {
            for (int i = 0; i < count; ++i) {
                for (int j = 0; j < i; ++j) {
                    if (sameValue(list.at(i), list.at(j)))
                        return add(path, tr("%1 must not contain the same item twice").arg(title));
                }
            }
        }
        const QJsonObject items = s.value(QLatin1String("items")).toObject();
        if (items.isEmpty())
            return;
        for (int i = 0; i < count; ++i) {
            const QString itemPath = joinPath(path, QString::number(i));
            const QString itemTitle = tr("%1, item %2").arg(title).arg(i + 1);
            if (isEmptyValue(list.at(i)))
                add(itemPath, tr("%1 is empty").arg(itemTitle));
            else
                property(items, list.at(i), itemPath, itemTitle);
        }
    }
};

// --- order-preserving JSON scan ------------------------------------------------------------------

// Key order of every object in a JSON text, as a tree parallel to the document.
struct OrderNode
{
    QStringList keys;
    std::vector<std::pair<QString, OrderNode>> members;
    std::vector<OrderNode> elements;
};

struct OrderScanner
{
    const QByteArray &s;
    qsizetype i = 0;

    void ws()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
            ++i;
    }

    QString string()
    {
        QString out;
        ++i; // opening quote
        QByteArray run;
        auto flush = [&] {
            out += QString::fromUtf8(run);
            run.clear();
        };
        while (i < s.size() && s[i] != '"') {
            if (s[i] == '\\' && i + 1 < s.size()) {
                flush();
                const char c = s[i + 1];
                i += 2;
                switch (c) {
                case 'n': out += QLatin1Char('\n'); break;
                case 't': out += QLatin1Char('\t'); break;
                case 'r': out += QLatin1Char('\r'); break;
                case 'b': out += QLatin1Char('\b'); break;
                case 'f': out += QLatin1Char('\f'); break;
                case 'u':
                    out += QChar(char16_t(s.mid(i, 4).toUShort(nullptr, 16)));
                    i += 4;
                    break;
                default: out += QLatin1Char(c); break;
                }
            } else {
                run.append(s[i++]);
            }
        }
        flush();
        ++i; // closing quote
        return out;
    }

    OrderNode value()
    {
        OrderNode node;
        ws();
        if (i >= s.size())
            return node;
        if (s[i] == '{') {
            ++i;
            for (;;) {
                ws();
                if (i >= s.size() || s[i] == '}') {
                    ++i;
                    break;
                }
                if (s[i] == ',') {
                    ++i;
                    continue;
                }
                const QString key = string();
                ws();
                ++i; // ':'
                OrderNode child = value();
                if (!node.keys.contains(key))
                    node.keys.append(key);
                node.members.emplace_back(key, std::move(child));
            }
        } else if (s[i] == '[') {
            ++i;
            for (;;) {
                ws();
                if (i >= s.size() || s[i] == ']') {
                    ++i;
                    break;
                }
                if (s[i] == ',') {
                    ++i;
                    continue;
                }
                node.elements.push_back(value());
            }
        } else if (s[i] == '"') {
            string();
        } else {
            while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']')
                ++i;
        }
        return node;
    }
};

QJsonValue injectOrder(const QJsonValue &value, const OrderNode &node)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (const auto &[key, child] : node.members) {
            const QJsonValue member = object.value(key);
            if (member.isObject() || member.isArray())
                object.insert(key, injectOrder(member, child));
            if (key == QLatin1String("properties") && member.isObject() && !object.contains(kOrderKey))
                object.insert(kOrderKey, QJsonArray::fromStringList(child.keys));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype k = 0; k < array.size() && k < qsizetype(node.elements.size()); ++k)
            array.replace(k, injectOrder(array.at(k), node.elements[std::size_t(k)]));
        return array;
    }
    return value;
}

QJsonObject parametersObject(const QJsonValue &parameters)
{
    return parameters.toObject();
}

} // namespace

QString widgetName(Widget widget)
{
    switch (widget) {
    case Widget::Text: return QStringLiteral("text");
    case Widget::TextArea: return QStringLiteral("textarea");
    case Widget::Password: return QStringLiteral("password");
    case Widget::Number: return QStringLiteral("number");
    case Widget::Integer: return QStringLiteral("integer");
    case Widget::Toggle: return QStringLiteral("toggle");
    case Widget::Select: return QStringLiteral("select");
    case Widget::Radio: return QStringLiteral("radio");
    case Widget::Checkboxes: return QStringLiteral("checkboxes");
    case Widget::List: return QStringLiteral("list");
    case Widget::Group: return QStringLiteral("group");
    case Widget::EntityPicker: return QStringLiteral("entity");
    case Widget::Hidden: return QStringLiteral("hidden");
    }
    return QStringLiteral("text");
}

Form parseForm(const QJsonValue &parameters)
{
    Form form;
    if (!parameters.isObject()) {
        form.error = tr("The template's parameters are not an object");
        return form;
    }
    const QJsonObject root = parameters.toObject();
    form.title = root.value(QLatin1String("title")).toString();
    form.description = root.value(QLatin1String("description")).toString();
    const QJsonValue steps = root.value(QLatin1String("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        form.error = steps.isUndefined() || (steps.isArray() && steps.toArray().isEmpty())
                         ? tr("The template's parameters have no steps")
                         : tr("The steps of the template's parameters are not a list");
        return form;
    }
    Parser parser;
    const QJsonArray array = steps.toArray();
    for (qsizetype n = 0; n < array.size(); ++n) {
        const QJsonObject stepObject = array.at(n).toObject();
        const QJsonValue schemaValue = stepObject.value(QLatin1String("schema"));
        if (!array.at(n).isObject() || !schemaValue.isObject()) {
            form.error = tr("Step %1 of the template's parameters has no schema object").arg(n + 1);
            form.steps.clear();
            return form;
        }
        Step step;
        step.schema = schemaValue.toObject();
        step.title = stepObject.value(QLatin1String("title")).toString();
        if (step.title.isEmpty())
            step.title = step.schema.value(QLatin1String("title")).toString();
        if (step.title.isEmpty())
            step.title = tr("Step %1").arg(n + 1);
        step.description = stepObject.value(QLatin1String("description")).toString();
        if (step.description.isEmpty())
            step.description = step.schema.value(QLatin1String("description")).toString();
        step.fields = parser.parseObject(step.schema, {}, tr("step %1").arg(n + 1));
        if (!parser.error.isEmpty()) {
            form.error = parser.error;
            form.steps.clear();
            return form;
        }
        form.steps.append(step);
    }
    form.warnings = parser.warnings;
    return form;
}

Form parseForm(const QVariantMap &parameters)
{
    return parseForm(QJsonValue(QJsonObject::fromVariantMap(parameters)));
}

QJsonObject parseOrderedJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The template's parameters are not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("The template's parameters are not an object");
        return {};
    }
    OrderScanner scanner{json};
    const OrderNode order = scanner.value();
    return injectOrder(doc.object(), order).toObject();
}

QList<Issue> validateObject(const QJsonObject &objectSchema, const QVariantMap &values, const QString &prefix)
{
    Validator v;
    v.object(objectSchema, coerceObject(objectSchema, values), prefix);
    return v.issues;
}

QList<Issue> validateStep(const Form &form, int step, const QVariantMap &values)
{
    if (step < 0 || step >= form.steps.size())
        return {};
    return validateObject(form.steps.at(step).schema, values);
}

QList<Issue> validate(const Form &form, const QVariantMap &values)
{
    QList<Issue> issues;
    if (!form.isValid()) {
        issues.append(Issue{QString(), form.error});
        return issues;
    }
    for (int step = 0; step < form.steps.size(); ++step)
        issues += validateStep(form, step, values);
    return issues;
}

QList<Issue> validate(const QJsonObject &parameters, const QVariantMap &values)
{
    return validate(parseForm(QJsonValue(parameters)), values);
}

QVariantMap withObjectDefaults(const QJsonObject &objectSchema, const QVariantMap &values)
{
    QVariantMap result = values;
    const QJsonObject properties = objectSchema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        const QString type = primaryType(s);
        const bool nested = type == QLatin1String("object") && s.value(QLatin1String("properties")).isObject();
        const QVariant given = result.value(it.key());
        if (isAbsent(given)) {
            if (s.contains(QLatin1String("default"))) {
                const QVariant def = s.value(QLatin1String("default")).toVariant();
                result.insert(it.key(), nested && isMap(def) ? QVariant(withObjectDefaults(s, def.toMap())) : def);
            } else if (nested) {
                const QVariantMap filled = withObjectDefaults(s, {});
                if (!filled.isEmpty())
                    result.insert(it.key(), filled);
            }
        } else if (nested && isMap(given)) {
            result.insert(it.key(), withObjectDefaults(s, given.toMap()));
        } else if (type == QLatin1String("array") && isList(given)) {
            const QJsonObject items = s.value(QLatin1String("items")).toObject();
            if (primaryType(items) == QLatin1String("object") && items.value(QLatin1String("properties")).isObject()) {
                QVariantList list = given.toList();
                for (QVariant &item : list) {
                    if (isMap(item))
                        item = withObjectDefaults(items, item.toMap());
                }
                result.insert(it.key(), list);
            }
        }
    }
    return result;
}

QVariantMap withDefaults(const Form &form, const QVariantMap &values)
{
    QVariantMap result = values;
    for (const Step &step : form.steps)
        result = withObjectDefaults(step.schema, result);
    return result;
}

QVariantMap withDefaults(const QJsonObject &parameters, const QVariantMap &values)
{
    return withDefaults(parseForm(QJsonValue(parameters)), values);
}

QVariant coerce(const QJsonObject &s, const QVariant &value)
{
    if (isAbsent(value))
        return {};
    const QString type = primaryType(s);
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        if (isString(value)) {
            const QString text = value.toString().trimmed();
            if (text.isEmpty())
                return {};
            bool ok = false;
            if (type == QLatin1String("integer")) {
                const qlonglong whole = text.toLongLong(&ok);
                if (ok)
                    return whole;
            }
            const double d = QLocale::c().toDouble(text, &ok);
            if (!ok || !std::isfinite(d))
                return value;
            if (type == QLatin1String("integer") && std::floor(d) == d && std::abs(d) < 9.0e15)
                return qlonglong(d);
            return d;
        }
        if (type == QLatin1String("integer") && value.metaType().id() == QMetaType::Double) {
            const double d = value.toDouble();
            if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 9.0e15)
                return qlonglong(d);
        }
        return value;
    }
    if (type == QLatin1String("boolean")) {
        if (isString(value)) {
            const QString text = value.toString().trimmed().toLower();
            if (text.isEmpty())
                return {};
            if (text == QLatin1String("true"))
                return true;
            if (text == QLatin1String("false"))
                return false;
        }
        return value;
    }
    if (type == QLatin1String("string")) {
        if (isNumber(value))
            return valueText(value);
        return value;
    }
    if (type == QLatin1String("array") && isList(value)) {
        const QJsonObject items = s.value(QLatin1String("items")).toObject();
        QVariantList out;
        for (const QVariant &item : value.toList())
            out.append(items.isEmpty() ? item : coerce(items, item));
        return out;
    }
    if (type == QLatin1String("object") && isMap(value))
        return coerceObject(s, value.toMap());
    return value;
}

QVariantMap coerceObject(const QJsonObject &objectSchema, const QVariantMap &values)
{
    const QJsonObject properties = objectSchema.value(QLatin1String("properties")).toObject();
    QVariantMap out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QVariant v = properties.contains(it.key()) ? coerce(properties.value(it.key()).toObject(), it.value())
                                                          : it.value();
        if (!isAbsent(v))
            out.insert(it.key(), v);
    }
    return out;
}

QVariantMap coerceValues(const Form &form, const QVariantMap &values)
{
    QVariantMap result = values;
    for (const Step &step : form.steps)
        result = coerceObject(step.schema, result);
    return result;
}

int stepOf(const Form &form, const QString &path)
{
    const QString top = path.section(QLatin1Char('/'), 0, 0);
    for (int n = 0; n < form.steps.size(); ++n) {
        if (form.steps.at(n).schema.value(QLatin1String("properties")).toObject().contains(top))
            return n;
    }
    return -1;
}

QJsonObject propertySchemaAt(const Form &form, const QString &path)
{
    const int step = stepOf(form, path);
    if (step < 0)
        return {};
    QJsonObject current = form.steps.at(step).schema;
    bool atObject = true;   // `current` is an object schema whose properties the next segment names
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (!atObject && primaryType(current) == QLatin1String("array")) {
            current = current.value(QLatin1String("items")).toObject();
            continue;
        }
        current = current.value(QLatin1String("properties")).toObject().value(segment).toObject();
        if (current.isEmpty())
            return {};
        atObject = primaryType(current) == QLatin1String("object");
    }
    return current;
}

const Field *fieldAt(const Form &form, const QString &path)
{
    const int step = stepOf(form, path);
    if (step < 0)
        return nullptr;
    const QList<Field> *fields = &form.steps.at(step).fields;
    const Field *found = nullptr;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const Field *next = nullptr;
        for (const Field &f : *fields) {
            if (f.name == segment) {
                next = &f;
                break;
            }
        }
        if (!next)
            return found;   // a list item: the list's own field
        found = next;
        fields = &next->children;
    }
    return found;
}

} // namespace atrium::forms
