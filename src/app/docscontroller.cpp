#include "docscontroller.h"

#include "logging.h"
#include "yaml/yamldocument.h"

#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qint64 kMaxPageBytes = 2 * 1024 * 1024;

bool isInside(const QString &path, const QString &dir)
{
    if (dir.isEmpty())
        return false;
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}

// Both the written and the resolved path must stay inside: a symlink in the docs may not lead out.
bool resolvesInside(const QString &absPath, const QString &dir)
{
    if (!isInside(QDir::cleanPath(absPath), dir))
        return false;
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath();
    const QString canonical = QFileInfo(absPath).canonicalFilePath();
    return canonical.isEmpty() || isInside(canonical, canonicalDir.isEmpty() ? dir : canonicalDir);
}

QString firstHeading(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // A title is near the top; do not read a whole large page for it.
    for (int i = 0; i < 50 && !f.atEnd(); ++i) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    }
    return {};
}

QString titleFromFileName(const QString &relPath)
{
    QString base = QFileInfo(relPath).completeBaseName();
    if (base.compare(QLatin1String("index"), Qt::CaseInsensitive) == 0 || base.compare(QLatin1String("readme"), Qt::CaseInsensitive) == 0) {
        const QString parent = QFileInfo(relPath).path();
        base = parent == QLatin1String(".") ? QString() : QFileInfo(parent).fileName();
    }
    base.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!base.isEmpty())
        base[0] = base[0].toUpper();
    return base;
}

QVariantMap pageEntry(const QString &title, const QString &path, int level)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("path"), path}, {QStringLiteral("level"), level}};
}

bool isExternal(const QString &target)
{
    return target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("mailto:"));
}

} // namespace

DocsController::DocsController(QObject *parent)
    : QObject(parent)
{
}

void DocsController::setDocsDir(const QString &dir)
{
    const QString clean = dir.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (clean == m_docsDir)
        return;
    m_docsDir = clean;
    Q_EMIT docsDirChanged();
    loadPages();
}

void DocsController::loadPages()
{
    m_pages.clear();
    m_siteName.clear();
    m_contentDir.clear();
    QString navError;

    if (!m_docsDir.isEmpty()) {
        const QDir root(m_docsDir);
        QString docsDirName = QStringLiteral("docs");
        const QString mkdocsPath = root.filePath(QStringLiteral("mkdocs.yml"));
        QFile mkdocs(mkdocsPath);
        std::vector<atrium::yaml::Document> documents;
        if (mkdocs.exists() && mkdocs.open(QIODevice::ReadOnly)) {
            atrium::yaml::ParseResult parsed = atrium::yaml::parse(mkdocs.read(kMaxPageBytes));
            if (!parsed.ok) {
                navError = QStringLiteral("%1:%2:%3: %4").arg(mkdocsPath).arg(parsed.error.line).arg(parsed.error.column).arg(parsed.error.message);
            } else if (!parsed.documents.empty()) {
                documents = std::move(parsed.documents);
            }
        }
        const atrium::yaml::Document *doc = documents.empty() ? nullptr : &documents.front();
        using Doc = atrium::yaml::Document;
        if (doc && !doc->isEmpty() && doc->type(doc->root()) == Doc::Type::Mapping) {
            const auto root = doc->root();
            const auto siteName = doc->get(root, "site_name");
            if (siteName != Doc::InvalidNode)
                m_siteName = doc->string(siteName);
            const auto docsDirNode = doc->get(root, "docs_dir");
            if (docsDirNode != Doc::InvalidNode && !doc->string(docsDirNode).isEmpty())
                docsDirName = doc->string(docsDirNode);
        }
        QString content = QDir::cleanPath(root.filePath(docsDirName));
        if (!resolvesInside(content, m_docsDir))
            content = QDir::cleanPath(root.filePath(QStringLiteral("docs")));
        if (!QFileInfo(content).isDir() && !QFileInfo::exists(mkdocsPath))
            content = m_docsDir;   // a bare folder of markdown files
        m_contentDir = content;

        if (doc && !doc->isEmpty() && doc->type(doc->root()) == Doc::Type::Mapping) {
            const auto nav = doc->get(doc->root(), "nav");
            if (nav != Doc::InvalidNode && doc->type(nav) == Doc::Type::Sequence)
                addNavItems(*doc, nav, 0);
        }
        if (m_pages.isEmpty())
            addFolderPages();
        if (m_siteName.isEmpty())
            m_siteName = QFileInfo(m_docsDir).fileName();
    }
    Q_EMIT pagesChanged();

    // Open the first page that is a page (sections have no path).
    QString first;
    for (const QVariant &v : std::as_const(m_pages)) {
        const QString path = v.toMap().value(QStringLiteral("path")).toString();
        if (!path.isEmpty()) {
            first = path;
            break;
        }
    }
    m_current.clear();
    m_markdown.clear();
    m_error.clear();
    if (!first.isEmpty()) {
        setCurrentPath(first);
    } else {
        if (!m_docsDir.isEmpty())
            m_error = navError.isEmpty() ? tr("No documentation pages in %1.").arg(m_docsDir) : navError;
        Q_EMIT pageChanged();
    }
}

void DocsController::addNavItems(const atrium::yaml::Document &doc, std::uint32_t seq, int level)
{
    using Doc = atrium::yaml::Document;
    for (std::uint32_t i = 0; i < doc.size(seq); ++i) {
        const auto item = doc.item(seq, i);
        if (doc.type(item) == Doc::Type::Scalar) {
            // `- page.md`: mkdocs takes the title from the page itself.
            const QString written = doc.string(item);
            if (isExternal(written))
                continue;
            const QString path = QDir::cleanPath(written);
            if (!isPageInside(path))
                continue;
            QString title = firstHeading(QDir(m_contentDir).filePath(path));
            m_pages.append(pageEntry(title.isEmpty() ? titleFromFileName(path) : title, path, level));
        } else if (doc.type(item) == Doc::Type::Mapping && doc.size(item) >= 1) {
            const QString title = doc.string(doc.key(item, 0));
            const auto value = doc.value(item, 0);
            if (doc.type(value) == Doc::Type::Sequence) {
                m_pages.append(pageEntry(title, QString(), level));
                addNavItems(doc, value, level + 1);
            } else if (doc.type(value) == Doc::Type::Scalar) {
                const QString written = doc.string(value);
                const QString path = QDir::cleanPath(written);
                if (isExternal(written) || !isPageInside(path))
                    continue;   // external links and escapes are not pages of these docs
                m_pages.append(pageEntry(title, path, level));
            }
        }
    }
}

void DocsController::addFolderPages()
{
    if (m_contentDir.isEmpty() || !QFileInfo(m_contentDir).isDir())
        return;
    const QDir dir(m_contentDir);
    QStringList files;
    QDirIterator it(m_contentDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = dir.relativeFilePath(it.next());
        if (isPageInside(rel))
            files.append(rel);
    }
    // index.md first, then top-level pages before sub-folders, each alphabetically.
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const bool aIndex = a.compare(QLatin1String("index.md"), Qt::CaseInsensitive) == 0;
        const bool bIndex = b.compare(QLatin1String("index.md"), Qt::CaseInsensitive) == 0;
        if (aIndex != bIndex)
            return aIndex;
        const int aDepth = int(a.count(QLatin1Char('/')));
        const int bDepth = int(b.count(QLatin1Char('/')));
        if (aDepth != bDepth)
            return aDepth < bDepth;
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    for (const QString &rel : std::as_const(files)) {
        const QString title = firstHeading(dir.filePath(rel));
        m_pages.append(pageEntry(title.isEmpty() ? titleFromFileName(rel) : title, rel,
                                 int(rel.count(QLatin1Char('/')))));
    }
}

bool DocsController::isPageInside(const QString &relPath) const
{
    if (relPath.isEmpty() || QDir::isAbsolutePath(relPath))
        return false;
    return resolvesInside(QDir(m_contentDir).filePath(relPath), m_contentDir);
}

void DocsController::setCurrentPath(const QString &path)
{
    const QString rel = QDir::cleanPath(path);
    m_error.clear();
    if (m_contentDir.isEmpty() || !isPageInside(rel)) {
        m_error = tr("The page %1 is outside the documentation folder.").arg(path);
        Q_EMIT pageChanged();
        return;
    }
    const QString file = QDir(m_contentDir).filePath(rel);
    m_current = rel;
    m_markdown.clear();
    QFile f(file);
    if (!f.exists()) {
        m_error = tr("The page %1 does not exist.").arg(file);
    } else if (f.size() > kMaxPageBytes) {
        m_error = tr("The page %1 is larger than 2 MiB and is not shown.").arg(file);
    } else if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(file, f.errorString());
    } else {
        m_markdown = QString::fromUtf8(f.read(kMaxPageBytes));
    }
    Q_EMIT pageChanged();
}

QUrl DocsController::baseUrl() const
{
    if (m_contentDir.isEmpty())
        return {};
    const QString file = QDir(m_contentDir).filePath(m_current.isEmpty() ? QStringLiteral("index.md") : m_current);
    // The trailing slash makes relative image paths resolve inside the folder.
    return QUrl::fromLocalFile(QFileInfo(file).absolutePath() + QLatin1Char('/'));
}

bool DocsController::followLink(const QString &link)
{
    const QString target = link.trimmed();
    if (target.isEmpty())
        return false;
    const QUrl url(target);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return false;
    }
    if (target.startsWith(QLatin1Char('#')))
        return true;   // an anchor on this page: nothing to load

    // A relative link, or a file: URL that a Text item resolved against baseUrl.
    QString absolute;
    if (scheme == QLatin1String("file")) {
        absolute = url.toLocalFile();
    } else if (!scheme.isEmpty()) {
        m_error = tr("Links of type %1 are not opened.").arg(scheme);
        Q_EMIT pageChanged();
        return false;
    } else {
        QString path = target;
        const int cut = path.indexOf(QRegularExpression(QStringLiteral("[#?]")));
        if (cut >= 0)
            path.truncate(cut);
        path = QUrl::fromPercentEncoding(path.toUtf8());
        if (path.isEmpty())
            return true;
        const QString pageDir = QFileInfo(QDir(m_contentDir).filePath(m_current)).absolutePath();
        absolute = QDir::isAbsolutePath(path) ? path : QDir(pageDir).filePath(path);
    }
    absolute = QDir::cleanPath(absolute);

    if (m_contentDir.isEmpty() || !resolvesInside(absolute, m_contentDir)) {
        qCInfo(lcApp) << "refusing a docs link outside the docs folder:" << link;
        m_error = tr("The link %1 leads outside the documentation folder and was not opened.").arg(link);
        Q_EMIT pageChanged();
        return false;
    }

    // mkdocs also writes page links as folders ("guide/") or without the extension.
    QFileInfo info(absolute);
    if (info.isDir())
        info = QFileInfo(QDir(absolute).filePath(QStringLiteral("index.md")));
    else if (!info.exists() && info.suffix().isEmpty())
        info = QFileInfo(absolute + QStringLiteral(".md"));

    const QString rel = QDir(m_contentDir).relativeFilePath(info.absoluteFilePath());
    if (info.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0) {
        setCurrentPath(rel);
        return true;
    }
    if (info.exists()) {
        // An attachment inside the docs (a PDF, an image): the desktop shows it better.
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
        return false;
    }
    m_error = tr("The page %1 does not exist.").arg(info.absoluteFilePath());
    Q_EMIT pageChanged();
    return false;
}
