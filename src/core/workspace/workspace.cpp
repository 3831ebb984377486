#include "workspace/workspace.h"

#include "catalog/entityref.h"
#include "logging.h"
#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace atrium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::Workspace", text);
}

QString at(const QString &file, const yaml::Document &doc, yaml::Document::NodeId id)
{
    const auto &n = doc.node(id);
    return QStringLiteral("%1:%2:%3").arg(file).arg(n.line).arg(n.column);
}

} // namespace

QStringList Workspace::defaultWidgets()
{
    return {QStringLiteral("quick-actions"), QStringLiteral("my-services"), QStringLiteral("platform-status"),
            QStringLiteral("cost-overview"), QStringLiteral("documentation")};
}

QString Workspace::directory() const
{
    return QFileInfo(m_filePath).absolutePath();
}

bool Workspace::load(const QString &pathOrDir, QString *error)
{
    QFileInfo info(pathOrDir);
    if (info.isDir())
        info = QFileInfo(QDir(pathOrDir).filePath(QStringLiteral("atrium.yaml")));
    const QString file = QDir::cleanPath(info.absoluteFilePath());
    m_filePath = file;
    QFile f(file);
    if (!f.exists()) {
        *error = tr("%1: no workspace file here (expected atrium.yaml)").arg(file);
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the workspace file: %2").arg(file, f.errorString());
        return false;
    }
    yaml::Limits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxDocuments = 1;
    const yaml::ParseResult parsed = yaml::parse(f.readAll(), limits);
    if (!parsed.ok) {
        *error = QStringLiteral("%1:%2:%3: %4").arg(file).arg(parsed.error.line).arg(parsed.error.column).arg(parsed.error.message);
        return false;
    }
    if (parsed.documents.empty() || parsed.documents.front().isEmpty()) {
        *error = tr("%1: the workspace file is empty").arg(file);
        return false;
    }
    const yaml::Document &doc = parsed.documents.front();
    const auto root = doc.root();
    if (doc.type(root) != yaml::Document::Type::Mapping) {
        *error = tr("%1: the workspace file must be a mapping with apiVersion, kind, metadata and spec").arg(at(file, doc, root));
        return false;
    }
    const auto kind = doc.get(root, "kind");
    if (kind != yaml::Document::InvalidNode && doc.string(kind) != QLatin1String("Workspace")) {
        *error = tr("%1: kind must be Workspace, not \"%2\"").arg(at(file, doc, kind), doc.string(kind));
        return false;
    }
    const auto metadata = doc.get(root, "metadata");
    m_name = info.dir().dirName();
    m_title.clear();
    if (metadata != yaml::Document::InvalidNode && doc.type(metadata) == yaml::Document::Type::Mapping) {
        const auto name = doc.get(metadata, "name");
        if (name != yaml::Document::InvalidNode && doc.isString(name))
            m_name = doc.string(name);
        const auto title = doc.get(metadata, "title");
        if (title != yaml::Document::InvalidNode && doc.isString(title))
            m_title = doc.string(title);
    }

    const auto spec = doc.get(root, "spec");
    if (spec == yaml::Document::InvalidNode || doc.type(spec) != yaml::Document::Type::Mapping) {
        *error = tr("%1: the workspace needs a spec mapping with catalog.sources").arg(at(file, doc, root));
        return false;
    }
    m_identity.clear();
    const auto identity = doc.get(spec, "identity");
    if (identity != yaml::Document::InvalidNode && doc.type(identity) != yaml::Document::Type::Null) {
        const auto parsedRef = catalog::parseEntityRef(doc.string(identity), QStringLiteral("user"), QStringLiteral("default"));
        if (!parsedRef.ref || parsedRef.ref->kind.compare(QLatin1String("user"), Qt::CaseInsensitive) != 0) {
            *error = tr("%1: identity must be a User entity ref such as user:default/jane.doe").arg(at(file, doc, identity));
            return false;
        }
        m_identity = parsedRef.ref->key();
    }

    m_sources.clear();
    const auto catalogNode = doc.get(spec, "catalog");
    const auto sources = catalogNode == yaml::Document::InvalidNode ? catalogNode : doc.get(catalogNode, "sources");
    if (sources == yaml::Document::InvalidNode || doc.type(sources) != yaml::Document::Type::Sequence) {
        *error = tr("%1: spec.catalog.sources must list the catalog folders").arg(at(file, doc, spec));
        return false;
    }
    for (std::uint32_t i = 0; i < doc.size(sources); ++i) {
        const auto item = doc.item(sources, i);
        catalog::CatalogSource source;
        yaml::Document::NodeId pathNode = yaml::Document::InvalidNode;
        if (doc.type(item) == yaml::Document::Type::Scalar) {
            pathNode = item;
        } else if (doc.type(item) == yaml::Document::Type::Mapping) {
            pathNode = doc.get(item, "path");
            const auto include = doc.get(item, "include");
            if (include != yaml::Document::InvalidNode) {
                if (doc.type(include) != yaml::Document::Type::Sequence) {
                    *error = tr("%1: include must be a list of globs").arg(at(file, doc, include));
                    return false;
                }
                for (std::uint32_t j = 0; j < doc.size(include); ++j)
                    source.include.append(doc.string(doc.item(include, j)));
            }
        }
        if (pathNode == yaml::Document::InvalidNode || doc.string(pathNode).isEmpty()) {
            *error = tr("%1: a catalog source needs a path").arg(at(file, doc, item));
            return false;
        }
        const QString path = doc.string(pathNode);
        source.path = QDir::cleanPath(QDir::isAbsolutePath(path) ? path : info.dir().filePath(path));
        m_sources.append(source);
    }

    m_widgets = defaultWidgets();
    const auto dashboard = doc.get(spec, "dashboard");
    const auto widgets = dashboard == yaml::Document::InvalidNode ? dashboard : doc.get(dashboard, "widgets");
    if (widgets != yaml::Document::InvalidNode && doc.type(widgets) == yaml::Document::Type::Sequence) {
        QStringList list;
        for (std::uint32_t j = 0; j < doc.size(widgets); ++j) {
            const QString w = doc.string(doc.item(widgets, j));
            if (!defaultWidgets().contains(w)) {
                *error = tr("%1: unknown dashboard widget \"%2\"; known widgets: %3")
                             .arg(at(file, doc, doc.item(widgets, j)), w, defaultWidgets().join(QLatin1String(", ")));
                return false;
            }
            list.append(w);
        }
        m_widgets = list;
    }
    return true;
}

bool Workspace::saveIdentity(const QString &identityRef, QString *error)
{
    QFile in(m_filePath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the workspace file: %2").arg(m_filePath, in.errorString());
        return false;
    }
    QString text = QString::fromUtf8(in.readAll());
    in.close();
    // A file without any write bit is read-only by intent, even for root.
    const QFileInfo info(m_filePath);
    if (!info.isWritable() || !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther))) {
        *error = tr("%1: the workspace file is read-only").arg(m_filePath);
        return false;
    }
    // Touch only the identity line so comments and formatting stay as the user wrote them.
    static const QRegularExpression existing(QStringLiteral("^(\\s+)identity:.*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression spec(QStringLiteral("^spec:[ \\t]*$"), QRegularExpression::MultilineOption);
    const auto m = existing.match(text);
    if (m.hasMatch()) {
        text.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + QStringLiteral("identity: ") + identityRef);
    } else {
        const auto s = spec.match(text);
        if (!s.hasMatch()) {
            *error = tr("%1: no spec: section to add the identity to").arg(m_filePath);
            return false;
        }
        text.insert(s.capturedEnd(), QStringLiteral("\n  identity: ") + identityRef);
    }
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        *error = tr("%1: cannot write the workspace file: %2").arg(m_filePath, out.errorString());
        return false;
    }
    m_identity = identityRef;
    return true;
}

} // namespace atrium
