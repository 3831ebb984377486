#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <cstdint>

namespace atrium::yaml {
class Document;
}

// An entity's TechDocs rendered in the app: the pages come from mkdocs.yml's nav (or the docs/
// folder), the current page's markdown is shown by a Qt Quick text view. Links to other pages of
// the same docs open in place; external links open in the browser.
class DocsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString docsDir READ docsDir WRITE setDocsDir NOTIFY docsDirChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY pagesChanged)
    // [{title, path, level}] in navigation order; path is relative to the docs folder
    Q_PROPERTY(QVariantList pages READ pages NOTIFY pagesChanged)
    Q_PROPERTY(QString currentPath READ currentPath WRITE setCurrentPath NOTIFY pageChanged)
    Q_PROPERTY(QString markdown READ markdown NOTIFY pageChanged)
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY pageChanged)       // for relative images
    Q_PROPERTY(QString error READ error NOTIFY pageChanged)

public:
    explicit DocsController(QObject *parent = nullptr);

    QString docsDir() const { return m_docsDir; }
    void setDocsDir(const QString &dir);
    QString siteName() const { return m_siteName; }
    QVariantList pages() const { return m_pages; }
    QString currentPath() const { return m_current; }
    void setCurrentPath(const QString &path);
    QString markdown() const { return m_markdown; }
    QUrl baseUrl() const;
    QString error() const { return m_error; }

    // Follows a link clicked in the page: another docs page opens here (returns true), anything
    // else opens in the desktop's browser (returns false).
    Q_INVOKABLE bool followLink(const QString &link);

Q_SIGNALS:
    void docsDirChanged();
    void pagesChanged();
    void pageChanged();

private:
    void loadPages();
    void addNavItems(const atrium::yaml::Document &doc, std::uint32_t sequence, int level);
    void addFolderPages();
    bool isPageInside(const QString &relPath) const;

    QString m_contentDir;   // the markdown folder (mkdocs' docs_dir); page paths are relative to it
    QString m_docsDir;
    QString m_siteName;
    QVariantList m_pages;
    QString m_current;
    QString m_markdown;
    QString m_error;
};
