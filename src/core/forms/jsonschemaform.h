#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

// A golden-path template's parameters (Backstage's `spec.parameters`: {title, description,
// steps: [{title, description, schema: {required, properties}}]}) read as a multi-step form:
// field descriptors for the UI, validation with translated messages, schema defaults and value
// coercion. Pure functions without UI; the QML side is SchemaFormModel.
namespace atrium::forms {

// How a field is shown, from its type, enum and `ui:` hints.
enum class Widget {
    Text,          // one-line text (also the fallback for unknown types and hints)
    TextArea,      // ui:widget textarea
    Password,      // ui:widget password
    Number,        // type number
    Integer,       // type integer
    Toggle,        // type boolean
    Select,        // enum, drop-down
    Radio,         // enum with ui:widget radio
    Checkboxes,    // array whose items are an enum: one check box per choice
    List,          // array of plain values: an editable list with add/remove
    Group,         // nested object: its own fields, validated recursively
    EntityPicker,  // ui:field OwnerPicker, EntityPicker, MyGroupsPicker, OwnedEntityPicker
    Hidden,        // ui:widget hidden: kept in the values, not shown
};

// The widget's name as QML sees it ("text", "textarea", "password", "number", "integer", "toggle",
// "select", "radio", "checkboxes", "list", "group", "entity", "hidden").
QString widgetName(Widget widget);

struct Field {
    QString name;               // the property's key
    QString path;               // "/"-separated from the step's root, e.g. "db/name"
    QString title;              // `title`, else the key
    QString description;
    QString help;               // ui:help
    QString placeholder;        // ui:placeholder
    QString type;               // the JSON type as written ("" when absent)
    Widget widget = Widget::Text;
    bool required = false;
    bool readOnly = false;      // ui:readonly or readOnly
    bool autofocus = false;     // ui:autofocus
    bool hasDefault = false;
    QVariant defaultValue;
    QVariantList enumValues;    // `enum`, or the items' enum for Checkboxes
    QStringList enumNames;      // `enumNames` (same length as enumValues), else the values as text
    QStringList allowedKinds;   // pickers: kinds offered (empty: every kind)
    QString defaultKind;        // pickers: kind of a typed short name
    bool allowArbitraryValues = true; // pickers: a ref not in the catalog is accepted
    QJsonObject schema;         // the property schema itself
    QList<Field> children;      // Group: the nested fields, ordered
};

struct Step {
    QString title;
    QString description;
    QJsonObject schema;         // {required, properties, ...}
    QList<Field> fields;        // ordered by ui:order, else as declared
};

struct Form {
    QString title;
    QString description;
    QList<Step> steps;
    QString error;              // why the schema cannot be used as a form ("" when it can)
    QStringList warnings;       // what is shown differently than written (unknown types...)
    bool isValid() const { return error.isEmpty(); }
};

// One validation finding: `path` is the field's path ("owner", "ports/2", "db/name").
struct Issue {
    QString path;
    QString message;            // translated, names the field and the rule
    friend bool operator==(const Issue &, const Issue &) = default;
};

// Reads a parameters schema. A broken one (not an object, no steps, a step without an object
// schema, properties not an object) yields a Form with `error` set and no steps.
Form parseForm(const QJsonValue &parameters);
Form parseForm(const QVariantMap &parameters);

// Parses JSON text and records the order in which each `properties` object declares its keys
// (QJsonObject sorts keys) as "x-atrium:order", so fields appear as the template author wrote them.
// On a syntax error returns an empty object and sets `error`.
QJsonObject parseOrderedJson(const QByteArray &json, QString *error = nullptr);

// Validates one step (0-based) or every step of `values` (the whole form's values: one flat map of
// every step's top-level keys, nested maps for objects, lists for arrays).
QList<Issue> validateStep(const Form &form, int step, const QVariantMap &values);
QList<Issue> validate(const Form &form, const QVariantMap &values);
QList<Issue> validate(const QJsonObject &parameters, const QVariantMap &values);
// Validates values of one object schema ({required, properties}); paths start with `prefix`.
QList<Issue> validateObject(const QJsonObject &objectSchema, const QVariantMap &values, const QString &prefix = {});

// `values` with the schema's defaults filled in where a value is absent, recursively into nested
// objects (and objects inside arrays). Given values are kept; fields without a default stay absent.
QVariantMap withDefaults(const Form &form, const QVariantMap &values);
QVariantMap withDefaults(const QJsonObject &parameters, const QVariantMap &values);
QVariantMap withObjectDefaults(const QJsonObject &objectSchema, const QVariantMap &values);

// A value converted to the property's type where that is lossless: "42" → 42 for an integer,
// "2.5" → 2.5 for a number, "true" → true for a boolean, 42 → "42" for a string; lists and
// objects element by element. An empty string for a non-string type becomes invalid (absent).
// Anything else is returned unchanged, for validation to report.
QVariant coerce(const QJsonObject &propertySchema, const QVariant &value);
QVariantMap coerceObject(const QJsonObject &objectSchema, const QVariantMap &values);
QVariantMap coerceValues(const Form &form, const QVariantMap &values);

// The property schema at `path` ("db/name", "ports/2") within the form, or {} when none.
QJsonObject propertySchemaAt(const Form &form, const QString &path);
// The field descriptor at `path` (list items have none: the list's own field is returned).
const Field *fieldAt(const Form &form, const QString &path);
// The step (0-based) that holds the top-level key of `path`, or -1.
int stepOf(const Form &form, const QString &path);

} // namespace atrium::forms
