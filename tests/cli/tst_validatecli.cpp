// The command line as users and CI jobs see it: the real `atrium` binary run with QProcess.

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

using Run = CliRun;

Run atrium(const QStringList &arguments, const QString &workingDirectory = QStringLiteral(ATRIUM_TEST_FIXTURES))
{
    return runAtriumBinary(arguments, workingDirectory);
}

} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsNameAndVersion();
    void helpListsOptionsAndTheValidateCommand();
    void unknownOptionIsAUsageError();
    void cleanCatalogExitsZero();
    void brokenCatalogExitsOneWithLocations();
    void singleFileIsCheckedAsARoot();
    void jsonReport();
    void sarifReport();
    void usageErrorsExitTwo();
    void templateSkeletonsAreSkippedUnlessNamed();
};

void TestValidateCli::versionPrintsNameAndVersion()
{
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run run = atrium({option});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("atrium 0.1.0"));
    }
}

void TestValidateCli::helpListsOptionsAndTheValidateCommand()
{
    const Run run = atrium({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *expected : {"--workspace <PATH>", "--lang <LANG>", "--theme <THEME>", "validate", "--format",
                                 "--root", "--include"})
        QVERIFY2(run.out.contains(expected), expected);
    QVERIFY(!run.out.contains("-platform"));

    const Run sub = atrium({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.startsWith("Usage: atrium validate"));
    QVERIFY(sub.out.contains("--format <FORMAT>"));
    QVERIFY(sub.out.contains("--root <DIR>"));
    QVERIFY(sub.out.contains("--include <GLOB>"));
}

void TestValidateCli::unknownOptionIsAUsageError()
{
    const Run run = atrium({QStringLiteral("--frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("frobnicate"));
    QVERIFY(run.out.isEmpty());
}

void TestValidateCli::cleanCatalogExitsZero()
{
    const Run run = atrium({QStringLiteral("validate"), QStringLiteral("clean")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("error"), run.out.constData());
    // The Location in the root pulled in the services folder: 2 files, 4 entities.
    QCOMPARE(run.err.trimmed(), QByteArray("0 errors, 0 warnings in 2 files (4 entities)"));
}

void TestValidateCli::brokenCatalogExitsOneWithLocations()
{
    const Run run = atrium({QStringLiteral("validate"), QStringLiteral("broken")});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    // file:line:column: severity: message [rule], paths relative to the working directory.
    QVERIFY2(out.contains(QLatin1String("broken/catalog-info.yaml:13:9: error:")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("[metadata.name.format]")));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("^broken/catalog-info\\.yaml:\\d+:\\d+: warning: .*\\[relation\\.dangling\\]$"),
                                            QRegularExpression::MultilineOption)));
    // Only catalog-info.yaml files are read from a folder by default: syntax.yaml is not.
    QVERIFY(!out.contains(QLatin1String("syntax.yaml")));
    QCOMPARE(run.err.trimmed(), QByteArray("1 error, 1 warning in 1 file (1 entity)"));

    // --include widens what a folder contributes.
    const Run all = atrium({QStringLiteral("validate"), QStringLiteral("--include"), QStringLiteral("*.yaml"),
                            QStringLiteral("broken")});
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.out.contains("broken/syntax.yaml:5:5: error:"), all.out.constData());
    QVERIFY(all.out.contains("[yaml.parse]"));
}

void TestValidateCli::singleFileIsCheckedAsARoot()
{
    // A file is a root: its Location targets are followed.
    const Run run = atrium({QStringLiteral("validate"), QStringLiteral("clean/catalog-info.yaml")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err.trimmed(), QByteArray("0 errors, 0 warnings in 2 files (4 entities)"));

    const Run broken = atrium({QStringLiteral("validate"), QStringLiteral("syntax.yaml")},
                              QStringLiteral(ATRIUM_TEST_FIXTURES "/broken"));
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.startsWith("syntax.yaml:5:5: error:"), broken.out.constData());
}

void TestValidateCli::jsonReport()
{
    const Run run = atrium({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("broken")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("errors")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("warnings")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("files")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("entities")).toInt(), 1);
    const QJsonArray problems = root.value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QJsonObject nameError;
    for (const QJsonValue &p : problems) {
        if (p.toObject().value(QLatin1String("severity")).toString() == QLatin1String("error"))
            nameError = p.toObject();
    }
    QCOMPARE(nameError.value(QLatin1String("file")).toString(), QStringLiteral("broken/catalog-info.yaml"));
    QCOMPARE(nameError.value(QLatin1String("line")).toInt(), 13);
    QCOMPARE(nameError.value(QLatin1String("column")).toInt(), 9);
    QCOMPARE(nameError.value(QLatin1String("rule")).toString(), QStringLiteral("metadata.name.format"));
    QVERIFY(!nameError.value(QLatin1String("message")).toString().isEmpty());
    // Machine formats keep stderr quiet.
    QVERIFY(run.err.isEmpty());
}

void TestValidateCli::sarifReport()
{
    const Run run = atrium({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("sarif"),
                            QStringLiteral("broken")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonArray runs = root.value(QLatin1String("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonArray results = runs.at(0).toObject().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    bool sawError = false;
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const QJsonObject location = r.value(QLatin1String("locations")).toArray().at(0).toObject()
                                         .value(QLatin1String("physicalLocation")).toObject();
        QVERIFY(location.value(QLatin1String("artifactLocation")).toObject().value(QLatin1String("uri")).toString()
                    .endsWith(QLatin1String("catalog-info.yaml")));
        QVERIFY(location.value(QLatin1String("region")).toObject().value(QLatin1String("startLine")).toInt() > 0);
        if (r.value(QLatin1String("level")).toString() == QLatin1String("error")) {
            sawError = true;
            QCOMPARE(r.value(QLatin1String("ruleId")).toString(), QStringLiteral("metadata.name.format"));
            QCOMPARE(location.value(QLatin1String("region")).toObject().value(QLatin1String("startLine")).toInt(), 13);
        }
    }
    QVERIFY(sawError);
}

void TestValidateCli::usageErrorsExitTwo()
{
    const Run none = atrium({QStringLiteral("validate")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
    QVERIFY(!none.err.isEmpty());

    const Run missing = atrium({QStringLiteral("validate"), QStringLiteral("no/such/folder")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no/such/folder"));

    const Run format = atrium({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"),
                               QStringLiteral("clean")});
    QCOMPARE(format.exitCode, 2);
    QVERIFY(format.err.contains("xml"));

    const Run option = atrium({QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("clean")});
    QCOMPARE(option.exitCode, 2);
}


void TestValidateCli::templateSkeletonsAreSkippedUnlessNamed()
{
    const Run folder = atrium({QStringLiteral("validate"), QStringLiteral("with-template")});
    QCOMPARE(folder.exitCode, 0);
    QCOMPARE(folder.err.trimmed(), QByteArray("0 errors, 0 warnings in 1 file (1 entity)"));
    const Run named = atrium({QStringLiteral("validate"), QStringLiteral("with-template/templates/svc/skeleton/catalog-info.yaml")});
    QCOMPARE(named.exitCode, 1);
    QVERIFY2(named.out.contains("skeleton/catalog-info.yaml:9:10: error:"), named.out.constData());
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
