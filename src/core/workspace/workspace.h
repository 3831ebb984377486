#pragma once

#include "catalog/localcatalog.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace atrium {

// atrium.yaml: who the user is, where the catalog comes from, how Home is laid out.
//
//   apiVersion: atrium.dev/v1alpha1
//   kind: Workspace
//   metadata: { name: acme, title: Acme Corp }
//   spec:
//     identity: user:default/jane.doe          # optional; asked on first launch
//     catalog:
//       sources:
//         - path: catalog                       # relative to atrium.yaml
//           include: [all.yaml]                 # optional globs
//     dashboard:
//       widgets: [quick-actions, my-services, platform-status, cost-overview, documentation]
//     connections:                              # served by plugins; secrets live in the keychain
//       - id: hello-local
//         plugin: dev.atrium.hello
//         title: Hello (local)
//         baseUrl: http://127.0.0.1:8080/
//         settings: { greeting: Hi }

// One entry of spec.connections.
struct WorkspaceConnection
{
    QString id;
    QString pluginId;
    QString title;
    QUrl baseUrl;
    QVariantMap settings;
    int line = 0; // where it is defined (0 when not from the file)

    bool operator==(const WorkspaceConnection &) const = default;
};

class Workspace
{
public:
    // A connection id: lower-case letters, digits and dashes, 1–63 characters.
    static bool isValidConnectionId(const QString &id);
    // Checks id, plugin and base URL (http or https with a host). Empty when fine, else a message.
    static QString checkConnection(const WorkspaceConnection &connection);

    static QStringList defaultWidgets();

    // Reads a workspace file (or a folder containing atrium.yaml). On failure returns false and
    // sets a translated error with file:line:column.
    bool load(const QString &pathOrDir, QString *error);
    // Writes the identity back into atrium.yaml (only that key is touched). False if read-only.
    bool saveIdentity(const QString &identityRef, QString *error);

    QString filePath() const { return m_filePath; }
    QString directory() const;
    QString name() const { return m_name; }
    QString title() const { return m_title.isEmpty() ? m_name : m_title; }
    QString identity() const { return m_identity; }
    void setIdentity(const QString &ref) { m_identity = ref; }
    QList<catalog::CatalogSource> sources() const { return m_sources; }
    QStringList widgets() const { return m_widgets; }

    // Connections that parsed; a broken entry is left out and described in connectionProblems()
    // (file:line:column: message) instead of failing the whole workspace.
    QList<WorkspaceConnection> connections() const { return m_connections; }
    QStringList connectionProblems() const { return m_connectionProblems; }
    // Rewrites only the spec.connections block (comments elsewhere stay). False if read-only.
    bool saveConnections(const QList<WorkspaceConnection> &connections, QString *error);
    void setConnections(const QList<WorkspaceConnection> &connections) { m_connections = connections; }
    bool isWritable() const;

private:
    QString m_filePath;
    QString m_name;
    QString m_title;
    QString m_identity;
    QList<catalog::CatalogSource> m_sources;
    QStringList m_widgets;
    QList<WorkspaceConnection> m_connections;
    QStringList m_connectionProblems;
};

} // namespace atrium
