#include "cli/validatecommand.h"

#include "catalog/localcatalog.h"
#include "catalog/problemreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <cstdio>

using namespace atrium::catalog;

namespace atrium::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atrium::validate)
};

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool isInside(const QString &path, const QString &dir)
{
    const QString d = QDir::cleanPath(dir);
    return path == d || path.startsWith(d == QLatin1String("/") ? d : d + QLatin1Char('/'));
}

// Separate sentences per count keep the English right without a translation file; translations
// can still reorder them.
QString countText(int n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate("atrium::validate", one)
                  : QCoreApplication::translate("atrium::validate", many).arg(n);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("atrium validate: ") + message + QLatin1Char('\n')
             + Tr::tr("Usage: atrium validate [--format human|json|sarif] [--root DIR] [--include GLOB]... PATH...")
             + QLatin1Char('\n') + Tr::tr("Run `atrium validate --help` for details.") + QLatin1Char('\n'));
    return 2;
}

} // namespace

// `arguments` are what follows `validate` on the command line.
int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check Backstage catalog descriptor files with Atrium's catalog engine: YAML syntax, the "
           "descriptor format, entity references, duplicates and relations to missing entities."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: human (default), json or sarif."), Tr::tr("FORMAT"),
                                    QStringLiteral("human"));
    const QCommandLineOption root(QStringLiteral("root"),
                                  Tr::tr("Folder that placeholders and Location targets may not leave. Default: the "
                                     "current folder when PATH is inside it, else PATH's folder."),
                                  Tr::tr("DIR"));
    const QCommandLineOption include(QStringLiteral("include"),
                                     Tr::tr("Glob of descriptor files to read in a folder PATH (repeatable). "
                                        "Default: %1.").arg(CatalogSource::defaultInclude().join(QStringLiteral(", "))),
                                     Tr::tr("GLOB"));
    parser.addOptions({help, format, root, include});
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Descriptor files or folders to check."),
                                 QStringLiteral("PATH..."));

    QStringList argv{QStringLiteral("atrium validate")};
    argv += arguments;
    if (!parser.parse(argv))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // The parser names the binary by its full path; the subcommand reads better.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     Tr::tr("Usage: atrium validate [options] PATH..."));
        printOut(text.toLocal8Bit());
        return 0;
    }

    ReportFormat reportFormat;
    const QString formatName = parser.value(format).toLower();
    if (!reportFormatFromName(formatName, &reportFormat))
        return usageError(Tr::tr("Unknown format \"%1\": use human, json or sarif.").arg(formatName));

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(Tr::tr("Give at least one file or folder to check."));

    QString rootDir;
    if (parser.isSet(root)) {
        const QFileInfo info(parser.value(root));
        if (!info.isDir())
            return usageError(Tr::tr("The root %1 is not a folder.").arg(parser.value(root)));
        rootDir = QDir::cleanPath(info.absoluteFilePath());
    }
    QStringList includes = parser.values(include);
    if (includes.isEmpty())
        includes = CatalogSource::defaultInclude();

    // One source per root: each path becomes include globs relative to its root, so that files
    // given one by one are checked as roots and the root still bounds what they may reference.
    const QString cwd = QDir::cleanPath(QDir::currentPath());
    QMap<QString, QStringList> globsByRoot;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return usageError(Tr::tr("No such file or folder: %1").arg(path));
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        QString base = rootDir;
        if (base.isEmpty())
            base = isInside(absolute, cwd) ? cwd : (info.isDir() ? absolute : info.absolutePath());
        if (!isInside(absolute, base))
            return usageError(Tr::tr("%1 is outside the root %2.").arg(path, base));

        const QString rel = QDir(base).relativeFilePath(absolute);
        QStringList &globs = globsByRoot[base];
        if (info.isDir()) {
            for (const QString &glob : std::as_const(includes))
                globs.append(rel == QLatin1String(".") ? glob : rel + QLatin1Char('/') + glob);
        } else {
            globs.append(rel);
        }
    }

    QList<CatalogSource> sources;
    for (auto it = globsByRoot.cbegin(); it != globsByRoot.cend(); ++it) {
        QStringList globs = it.value();
        globs.removeDuplicates();
        sources.append(CatalogSource{it.key(), globs});
    }

    const LoadOutput output = loadCatalog(sources);
    const ProblemList problems = output.snapshot ? output.snapshot->problems() : ProblemList();
    const int files = output.stats.files > 0 ? output.stats.files : int(output.files.size());
    const int entities = output.snapshot ? output.snapshot->size() : 0;

    QByteArray report = formatReport(problems, reportFormat, cwd, files, entities);
    if (!report.isEmpty() && !report.endsWith('\n'))
        report += '\n';   // the shell prompt starts on a line of its own
    printOut(report);

    int errors = 0;
    int warnings = 0;
    for (const Problem &p : problems) {
        if (p.severity == Problem::Severity::Error)
            ++errors;
        else if (p.severity == Problem::Severity::Warning)
            ++warnings;
    }
    if (reportFormat == ReportFormat::Human) {
        // "3 errors, 1 warning in 12 files (40 entities)"
        printErr(Tr::tr("%1, %2 in %3 (%4)")
                     .arg(countText(errors, QT_TRANSLATE_NOOP("atrium::validate", "1 error"),
                                    QT_TRANSLATE_NOOP("atrium::validate", "%1 errors")),
                          countText(warnings, QT_TRANSLATE_NOOP("atrium::validate", "1 warning"),
                                    QT_TRANSLATE_NOOP("atrium::validate", "%1 warnings")),
                          countText(files, QT_TRANSLATE_NOOP("atrium::validate", "1 file"),
                                    QT_TRANSLATE_NOOP("atrium::validate", "%1 files")),
                          countText(entities, QT_TRANSLATE_NOOP("atrium::validate", "1 entity"),
                                    QT_TRANSLATE_NOOP("atrium::validate", "%1 entities")))
                 + QLatin1Char('\n'));
    }
    return errors > 0 ? 1 : 0;
}

} // namespace atrium::app
