#pragma once

#include "forms/jsonschemaform.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

// A golden-path template's parameters as a multi-step form for QML (SchemaForm.qml): the steps and
// their field descriptors, the values typed so far, the current step's errors, and Next / Back /
// Submit that validate before moving on. Picker fields (OwnerPicker, EntityPicker...) get their
// choices from the live catalog, filtered by kind and by what the user types.
class SchemaFormModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The parameters object {title, description, steps: [{title, description, schema}]}. A QVariantMap
    // loses the order of properties (it sorts keys); `schemaJson` keeps the author's order.
    Q_PROPERTY(QVariantMap schema READ schema WRITE setSchema NOTIFY schemaChanged)
    Q_PROPERTY(QString schemaJson READ schemaJson WRITE setSchemaJson NOTIFY schemaChanged)
    Q_PROPERTY(QString title READ title NOTIFY schemaChanged)
    Q_PROPERTY(QString description READ description NOTIFY schemaChanged)
    // Why the schema cannot be shown as a form ("" when it can), and what was shown differently.
    Q_PROPERTY(QString schemaError READ schemaError NOTIFY schemaChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY schemaChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY schemaChanged)
    Q_PROPERTY(QStringList stepTitles READ stepTitles NOTIFY schemaChanged)
    // The step shown (0-based). Writing it only moves back, or forward over valid steps.
    Q_PROPERTY(int currentStep READ currentStep WRITE setCurrentStep NOTIFY currentStepChanged)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY currentStepChanged)
    Q_PROPERTY(QString stepDescription READ stepDescription NOTIFY currentStepChanged)
    Q_PROPERTY(bool lastStep READ isLastStep NOTIFY currentStepChanged)
    // The current step's field descriptors: {name, path, title, description, help, placeholder,
    // type, widget, required, readOnly, autofocus, default, enumValues, enumNames, allowedKinds,
    // defaultKind, allowArbitraryValues, minimum, maximum, minLength, maxLength, pattern, format,
    // minItems, maxItems, itemType, children}.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY currentStepChanged)
    // Every step's values so far (prefilled with the schema's defaults): nested maps for objects.
    Q_PROPERTY(QVariantMap values READ values WRITE setValues NOTIFY valuesChanged)
    // The current step's errors, path → message; shown once the step was attempted (Next/Submit),
    // then kept current as the user edits. `errorPaths` lists them in field order.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QStringList errorPaths READ errorPaths NOTIFY errorsChanged)

public:
    explicit SchemaFormModel(QObject *parent = nullptr);

    QVariantMap schema() const { return m_schema; }
    void setSchema(const QVariantMap &schema);
    QString schemaJson() const { return m_schemaJson; }
    void setSchemaJson(const QString &json);
    QString title() const { return m_form.title; }
    QString description() const { return m_form.description; }
    QString schemaError() const { return m_form.error; }
    QStringList warnings() const { return m_form.warnings; }
    int stepCount() const { return int(m_form.steps.size()); }
    QStringList stepTitles() const;
    int currentStep() const { return m_step; }
    void setCurrentStep(int step);
    QString stepTitle() const;
    QString stepDescription() const;
    bool isLastStep() const { return m_step >= stepCount() - 1; }
    QVariantList fields() const { return fieldsOf(m_step); }
    QVariantMap values() const { return m_values; }
    void setValues(const QVariantMap &values);
    QVariantMap errors() const { return m_errors; }
    QStringList errorPaths() const { return m_errorPaths; }

    // The field descriptors of one step.
    Q_INVOKABLE QVariantList fieldsOf(int step) const;
    // Sets the value at `path` ("name", "db/name"), coerced to the field's type; undefined or an
    // empty text removes it.
    Q_INVOKABLE void setValue(const QString &path, const QVariant &value);
    Q_INVOKABLE QVariant valueAt(const QString &path) const;
    // Validates the current step; moves to the next one only when it is valid. False when it stays.
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    // Validates every step. {ok: true, values} with the defaults filled in (and `submitted` is
    // emitted), or {ok: false, errors, step} after moving to the first step with an error.
    Q_INVOKABLE QVariantMap submit();
    // Back to the first step with only the defaults.
    Q_INVOKABLE void reset();

    // Catalog entities a picker field at `path` offers, filtered by its kinds and by `text` (name,
    // title or ref); at most `limit`. Each is {ref, title, kind, name, description}.
    Q_INVOKABLE QVariantList entityChoices(const QString &path, const QString &text, int limit = 50) const;
    // The full ref ("group:default/platform-team") for what the user typed into the picker at
    // `path`: a catalog entity's ref, else (when the field allows arbitrary values) the text
    // completed with the default kind and namespace; "" when nothing fits.
    Q_INVOKABLE QString entityRefFor(const QString &path, const QString &text) const;
    // The title of an entity ref for display (the ref when it is not in the catalog).
    Q_INVOKABLE QString entityTitle(const QString &ref) const;

Q_SIGNALS:
    void schemaChanged();
    void currentStepChanged();
    void valuesChanged();
    void errorsChanged();
    // The whole form is valid: the complete values, defaults filled in.
    void submitted(const QVariantMap &values);

private:
    void load(const atrium::forms::Form &form);
    void refreshErrors();
    void showIssues(const QList<atrium::forms::Issue> &issues);

    QVariantMap m_schema;
    QString m_schemaJson;
    atrium::forms::Form m_form;
    int m_step = 0;
    QVariantMap m_values;
    QVariantMap m_errors;
    QStringList m_errorPaths;
    QSet<int> m_attempted;    // steps whose errors are shown
};
