#include "workspace/workspace.h"

#include "catalog/entityref.h"
#include "logging.h"
#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    m_connections.clear();
    m_connectionProblems.clear();
    const auto connections = doc.get(spec, "connections");
    if (connections != yaml::Document::InvalidNode && doc.type(connections) != yaml::Document::Type::Null) {
        if (doc.type(connections) != yaml::Document::Type::Sequence) {
            m_connectionProblems.append(tr("%1: spec.connections must be a list").arg(at(file, doc, connections)));
        } else {
            for (std::uint32_t i = 0; i < doc.size(connections); ++i) {
                const auto item = doc.item(connections, i);
                if (doc.type(item) != yaml::Document::Type::Mapping) {
                    m_connectionProblems.append(tr("%1: a connection must be a mapping with id, plugin and baseUrl").arg(at(file, doc, item)));
                    continue;
                }
                WorkspaceConnection c;
                c.line = doc.node(item).line;
                auto text = [&](std::string_view key) {
                    const auto n = doc.get(item, key);
                    return n == yaml::Document::InvalidNode ? QString() : doc.string(n);
                };
                c.id = text("id");
                c.pluginId = text("plugin");
                c.title = text("title");
                c.baseUrl = QUrl(text("baseUrl"), QUrl::StrictMode);
                const auto settings = doc.get(item, "settings");
                if (settings != yaml::Document::InvalidNode && doc.type(settings) != yaml::Document::Type::Null) {
                    if (doc.type(settings) != yaml::Document::Type::Mapping) {
                        m_connectionProblems.append(tr("%1: settings must be a mapping").arg(at(file, doc, settings)));
                        continue;
                    }
                    c.settings = doc.toJson(settings).toObject().toVariantMap();
                }
                QString problem = checkConnection(c);
                if (problem.isEmpty()) {
                    for (const auto &other : std::as_const(m_connections))
                        if (other.id == c.id)
                            problem = tr("the connection id \"%1\" is used twice (first on line %2)").arg(c.id).arg(other.line);
                }
                if (!problem.isEmpty()) {
                    m_connectionProblems.append(QStringLiteral("%1: %2").arg(at(file, doc, item), problem));
                    continue;
                }
                m_connections.append(c);
            }
        }
    }
    for (const QString &p : std::as_const(m_connectionProblems))
        qCWarning(lcWorkspace).noquote() << p;
    return true;
}

bool Workspace::isValidConnectionId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return re.match(id).hasMatch();
}

QString Workspace::checkConnection(const WorkspaceConnection &c)
{
    if (c.id.isEmpty())
        return tr("a connection needs an id");
    if (!isValidConnectionId(c.id))
        return tr("the connection id \"%1\" may only hold lower-case letters, digits and dashes").arg(c.id);
    if (c.pluginId.isEmpty())
        return tr("the connection \"%1\" needs a plugin id").arg(c.id);
    const QString scheme = c.baseUrl.scheme();
    if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("the connection \"%1\" needs a base URL such as https://api.example.com/").arg(c.id);
    if (!c.baseUrl.userInfo().isEmpty())
        return tr("the base URL of \"%1\" must not hold a user name or password; secrets belong in the keychain").arg(c.id);
    return {};
}

bool Workspace::isWritable() const
{
    const QFileInfo info(m_filePath);
    return info.isWritable() && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

namespace {

QByteArray jsonScalar(const QString &s)
{
    // JSON strings are valid YAML flow scalars, so nothing the user types can break the structure.
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QString connectionsBlock(const QList<WorkspaceConnection> &connections)
{
    QByteArray out = "  connections:";
    if (connections.isEmpty())
        return QString::fromUtf8(out + " []\n");
    out += '\n';
    for (const auto &c : connections) {
        out += "    - id: " + jsonScalar(c.id) + '\n';
        out += "      plugin: " + jsonScalar(c.pluginId) + '\n';
        if (!c.title.isEmpty())
            out += "      title: " + jsonScalar(c.title) + '\n';
        out += "      baseUrl: " + jsonScalar(c.baseUrl.toString()) + '\n';
        if (!c.settings.isEmpty())
            out += "      settings: " + QJsonDocument(QJsonObject::fromVariantMap(c.settings)).toJson(QJsonDocument::Compact) + '\n';
    }
    return QString::fromUtf8(out);
}

} // namespace

bool Workspace::saveConnections(const QList<WorkspaceConnection> &connections, QString *error)
{
    for (const auto &c : connections) {
        const QString problem = checkConnection(c);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (!isWritable()) {
        *error = tr("%1: the workspace file is read-only").arg(m_filePath);
        return false;
    }
    QFile in(m_filePath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the workspace file: %2").arg(m_filePath, in.errorString());
        return false;
    }
    QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    in.close();
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    // Find "spec:" and, inside it, the "  connections:" block (every following line that is blank,
    // a comment or indented deeper belongs to it).
    static const QRegularExpression specLine(QStringLiteral("^spec:\\s*(#.*)?$"));
    static const QRegularExpression connLine(QStringLiteral("^(\\s+)connections:"));
    int specAt = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (specLine.match(lines[i]).hasMatch()) {
            specAt = i;
            break;
        }
    if (specAt < 0) {
        *error = tr("%1: no spec: section to add the connections to").arg(m_filePath);
        return false;
    }
    auto indentOf = [](const QString &l) {
        int n = 0;
        while (n < l.size() && l[n] == QLatin1Char(' '))
            ++n;
        return n;
    };
    int specEnd = lines.size();
    for (int i = specAt + 1; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')) && indentOf(lines[i]) == 0) {
            specEnd = i;
            break;
        }
    }
    int from = -1, to = -1;
    for (int i = specAt + 1; i < specEnd; ++i) {
        const auto m = connLine.match(lines[i]);
        if (m.hasMatch() && m.captured(1).size() == 2) {
            from = i;
            to = i + 1;
            while (to < specEnd) {
                const QString t = lines[to].trimmed();
                if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')) && indentOf(lines[to]) <= 2
                    && !(indentOf(lines[to]) == 2 && t.startsWith(QLatin1Char('-'))))
                    break;
                ++to;
            }
            // Trailing blank lines and comments stay with whatever follows.
            while (to > from + 1 && (lines[to - 1].trimmed().isEmpty() || lines[to - 1].trimmed().startsWith(QLatin1Char('#'))))
                --to;
            break;
        }
    }
    const QStringList block = connectionsBlock(connections).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (from >= 0) {
        lines.remove(from, to - from);
        for (int i = 0; i < block.size(); ++i)
            lines.insert(from + i, block[i]);
    } else {
        int insertAt = specEnd;
        // Blank lines and top-level comments at the end of spec belong to what follows.
        while (insertAt > specAt + 1
               && (lines[insertAt - 1].trimmed().isEmpty() || lines[insertAt - 1].startsWith(QLatin1Char('#'))))
            --insertAt;
        for (int i = 0; i < block.size(); ++i)
            lines.insert(insertAt + i, block[i]);
    }
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0 || !out.commit()) {
        *error = tr("%1: cannot write the workspace file: %2").arg(m_filePath, out.errorString());
        return false;
    }
    // Read back what was written so line numbers and parsing stay the file's truth.
    QString reloadError;
    const QString identity = m_identity;
    if (!load(m_filePath, &reloadError)) {
        *error = reloadError;
        return false;
    }
    m_identity = identity;
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
