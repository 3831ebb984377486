#include "catalog/descriptorfile.h"

#include "catalog/entityreader.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace atrium::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::catalog", text);
}

Problem fileProblem(const QString &path, int line, int column, const QString &message, const char *rule)
{
    Problem p;
    p.severity = Problem::Severity::Error;
    p.file = path;
    p.line = line;
    p.column = column;
    p.message = message;
    p.rule = QString::fromLatin1(rule);
    return p;
}

bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

// Translates a glob with `**` (any folders), `*` and `?` (within one path segment) to a regex.
QRegularExpression globToRegex(const QString &glob)
{
    QString rx;
    rx.reserve(glob.size() * 2);
    for (int i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                ++i;
                if (i + 1 < glob.size() && glob.at(i + 1) == u'/') {
                    ++i;
                    rx += QStringLiteral("(?:.*/)?");
                } else {
                    rx += QStringLiteral(".*");
                }
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            rx += QStringLiteral("[^/]");
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QStringLiteral("\\A") + rx + QStringLiteral("\\z"));
}

} // namespace

QStringList expandLocationTarget(const QString &target, const QString &baseDir, const QString &rootDir,
                                 QString *error)
{
    QString t = target.trimmed();
    if (t.startsWith(QLatin1String("./")))
        t = t.mid(2);
    if (t.isEmpty()) {
        *error = tr("the location target is empty");
        return {};
    }
    if (QDir::isAbsolutePath(t)) {
        *error = tr("the location target \"%1\" is an absolute path; use a path relative to the file").arg(target);
        return {};
    }
    const QString canonicalRoot = QFileInfo(rootDir).canonicalFilePath();
    const bool isGlob = t.contains(u'*') || t.contains(u'?');
    if (!isGlob) {
        const QString abs = QDir::cleanPath(baseDir + u'/' + t);
        if (!isInside(abs, QDir::cleanPath(rootDir))) {
            *error = tr("the location target \"%1\" leaves the catalog root %2").arg(target, rootDir);
            return {};
        }
        const QFileInfo fi(abs);
        if (!fi.exists()) {
            *error = tr("the location target \"%1\" does not exist (looked for %2)").arg(target, abs);
            return {};
        }
        if (!isInside(fi.canonicalFilePath(), canonicalRoot)) {
            *error = tr("the location target \"%1\" is a link that leaves the catalog root %2").arg(target, rootDir);
            return {};
        }
        return {abs};
    }

    // Walk from the longest literal folder prefix of the glob, then match the rest.
    const int firstWild = int(std::min<qsizetype>(t.indexOf(u'*') < 0 ? t.size() : t.indexOf(u'*'),
                                                 t.indexOf(u'?') < 0 ? t.size() : t.indexOf(u'?')));
    const int slash = int(t.lastIndexOf(u'/', firstWild));
    const QString literal = slash < 0 ? QString() : t.left(slash);
    const QString walkDir = QDir::cleanPath(literal.isEmpty() ? baseDir : baseDir + u'/' + literal);
    if (!isInside(walkDir, QDir::cleanPath(rootDir))) {
        *error = tr("the location target \"%1\" leaves the catalog root %2").arg(target, rootDir);
        return {};
    }
    const QRegularExpression rx = globToRegex(slash < 0 ? t : t.mid(slash + 1));
    QStringList out;
    QDirIterator it(walkDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = file.mid(walkDir.size() + 1);
        if (!rx.match(rel).hasMatch())
            continue;
        // A link inside the tree may point anywhere: only follow it when it stays inside the root.
        if (!isInside(it.fileInfo().canonicalFilePath(), canonicalRoot))
            continue;
        out.append(file);
    }
    out.sort();
    if (out.isEmpty())
        *error = tr("the location target \"%1\" matches no file").arg(target);
    return out;
}

FileResult readDescriptorFile(const QString &path, const QString &rootDir, const yaml::Limits &limits)
{
    FileResult result;
    result.path = path;
    result.rootDir = rootDir;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failed = true;
        result.problems.append(fileProblem(path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()), "file.read"));
        return result;
    }
    if (file.size() > limits.maxFileBytes) {
        result.failed = true;
        result.bytes = file.size();
        result.problems.append(fileProblem(path, 1, 1,
            tr("the file is %1 bytes, more than the limit of %2 bytes; it was not read")
                .arg(file.size()).arg(limits.maxFileBytes), "limit.file-size"));
        return result;
    }
    const QByteArray data = file.readAll();
    result.bytes = data.size();

    yaml::ParseResult parsed = yaml::parse(data, limits);
    if (!parsed.ok) {
        result.failed = true;
        result.problems.append(fileProblem(path, parsed.error.line, parsed.error.column, parsed.error.message, "yaml.parse"));
        return result;
    }

    const QString baseDir = QFileInfo(path).absolutePath();
    result.entities.reserve(parsed.documents.size());
    ReadContext context;
    context.file = path;
    context.rootDir = rootDir;
    for (int i = 0; i < int(parsed.documents.size()); ++i) {
        const yaml::Document &doc = parsed.documents[size_t(i)];
        if (doc.isEmpty())
            continue;
        context.documentIndex = i;
        ReadResult read = readEntity(doc, context);
        result.problems.append(read.problems);
        if (!read.entity)
            continue;
        EntitySource &source = read.entity->source;
        source.file = path;
        source.rootDir = rootDir;
        source.documentIndex = i;
        source.line = int(doc.node(doc.root()).line);
        source.column = int(doc.node(doc.root()).column);
        source.firstLine = doc.firstLine();
        source.endLine = doc.endLine();
        for (const QString &target : std::as_const(read.locationTargets)) {
            if (target.contains(QLatin1String("://")))
                continue; // remote: readEntity already left a notice
            QString error;
            const QStringList files = expandLocationTarget(target, baseDir, rootDir, &error);
            if (!error.isEmpty()) {
                Problem p = fileProblem(path, read.entity->source.line, read.entity->source.column, error, "location.target");
                p.entityRef = read.entity->key();
                // A glob that matches nothing is worth knowing, but it is not broken.
                if (files.isEmpty() && (target.contains(u'*') || target.contains(u'?')))
                    p.severity = Problem::Severity::Warning;
                result.problems.append(p);
            }
            result.locationFiles.append(files);
        }
        result.entities.push_back(std::move(*read.entity));
    }
    return result;
}

} // namespace atrium::catalog
