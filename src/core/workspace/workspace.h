#pragma once

#include "catalog/localcatalog.h"

#include <QString>
#include <QStringList>

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
class Workspace
{
public:
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

private:
    QString m_filePath;
    QString m_name;
    QString m_title;
    QString m_identity;
    QList<catalog::CatalogSource> m_sources;
    QStringList m_widgets;
};

} // namespace atrium
