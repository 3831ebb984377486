#include "catalog/problemreport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace atrium::catalog {

namespace {

QString relative(const QString &baseDir, const QString &file)
{
    if (baseDir.isEmpty() || file.isEmpty())
        return file;
    const QString rel = QDir(baseDir).relativeFilePath(file);
    return rel.startsWith(QLatin1String("..")) ? file : rel;
}

QString sarifLevel(Problem::Severity s)
{
    switch (s) {
    case Problem::Severity::Error: return QStringLiteral("error");
    case Problem::Severity::Warning: return QStringLiteral("warning");
    case Problem::Severity::Notice: return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

} // namespace

bool reportFormatFromName(const QString &name, ReportFormat *out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("human") || n == QLatin1String("text"))
        *out = ReportFormat::Human;
    else if (n == QLatin1String("json"))
        *out = ReportFormat::Json;
    else if (n == QLatin1String("sarif"))
        *out = ReportFormat::Sarif;
    else
        return false;
    return true;
}

QByteArray formatReport(const ProblemList &problems, ReportFormat format, const QString &baseDir,
                        int filesChecked, int entitiesChecked)
{
    if (format == ReportFormat::Human) {
        QByteArray out;
        for (const Problem &p : problems) {
            QString line = relative(baseDir, p.file);
            if (p.line > 0)
                line += QStringLiteral(":%1:%2").arg(p.line).arg(std::max(1, p.column));
            line += QStringLiteral(": %1: %2").arg(Problem::severityName(p.severity), p.message);
            if (!p.rule.isEmpty())
                line += QStringLiteral(" [%1]").arg(p.rule);
            out += line.toUtf8() + '\n';
        }
        return out;
    }

    if (format == ReportFormat::Json) {
        QJsonArray list;
        int errors = 0, warnings = 0, notices = 0;
        for (const Problem &p : problems) {
            QJsonObject o{{QStringLiteral("severity"), Problem::severityName(p.severity)},
                          {QStringLiteral("file"), relative(baseDir, p.file)},
                          {QStringLiteral("line"), p.line},
                          {QStringLiteral("column"), p.column},
                          {QStringLiteral("message"), p.message},
                          {QStringLiteral("rule"), p.rule}};
            if (!p.entityRef.isEmpty())
                o.insert(QStringLiteral("entityRef"), p.entityRef);
            list.append(o);
            errors += p.severity == Problem::Severity::Error;
            warnings += p.severity == Problem::Severity::Warning;
            notices += p.severity == Problem::Severity::Notice;
        }
        const QJsonObject root{
            {QStringLiteral("files"), filesChecked},
            {QStringLiteral("entities"), entitiesChecked},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("notices"), notices},
            {QStringLiteral("problems"), list}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    // SARIF 2.1.0, as code-scanning services read it.
    QJsonArray results;
    QJsonArray rules;
    QSet<QString> seenRules;
    for (const Problem &p : problems) {
        const QString ruleId = p.rule.isEmpty() ? QStringLiteral("atrium") : p.rule;
        if (!seenRules.contains(ruleId)) {
            seenRules.insert(ruleId);
            rules.append(QJsonObject{{QStringLiteral("id"), ruleId}});
        }
        QJsonObject region;
        if (p.line > 0) {
            region.insert(QStringLiteral("startLine"), p.line);
            region.insert(QStringLiteral("startColumn"), std::max(1, p.column));
        }
        QJsonObject physical{{QStringLiteral("artifactLocation"),
                              QJsonObject{{QStringLiteral("uri"), relative(baseDir, p.file)}}}};
        if (!region.isEmpty())
            physical.insert(QStringLiteral("region"), region);
        results.append(QJsonObject{
            {QStringLiteral("ruleId"), ruleId},
            {QStringLiteral("level"), sarifLevel(p.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), p.message}}},
            {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}}}});
    }
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("atrium validate")},
                             {QStringLiteral("version"), QStringLiteral(ATRIUM_VERSION)},
                             {QStringLiteral("informationUri"), QStringLiteral("https://backstage.io/docs/features/software-catalog/descriptor-format")},
                             {QStringLiteral("rules"), rules}};
    QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                    {QStringLiteral("results"), results}};
    if (!baseDir.isEmpty())
        run.insert(QStringLiteral("originalUriBaseIds"),
                   QJsonObject{{QStringLiteral("SRCROOT"), QJsonObject{{QStringLiteral("uri"), QUrl::fromLocalFile(baseDir + u'/').toString()}}}});
    const QJsonObject root{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                           {QStringLiteral("version"), QStringLiteral("2.1.0")},
                           {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace atrium::catalog
