#pragma once

#include "catalog/catalogsnapshot.h"
#include "catalog/entitydetails.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

class Highlighter;

// Everything the entity page shows for `entityRef`: the header from the index at once, then the
// descriptor source, API definition (highlighted off the GUI thread) and docs location.
class EntityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY entityRefChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString namespaceName READ namespaceName NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString ownerRef READ ownerRef NOTIFY changed)
    Q_PROPERTY(QString ownerTitle READ ownerTitle NOTIFY changed)
    Q_PROPERTY(QString systemRef READ systemRef NOTIFY changed)
    Q_PROPERTY(QString systemTitle READ systemTitle NOTIFY changed)
    Q_PROPERTY(QString specType READ specType NOTIFY changed)
    Q_PROPERTY(QString lifecycle READ lifecycle NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QStringList tags READ tags NOTIFY changed)
    Q_PROPERTY(bool customKind READ customKind NOTIFY changed)
    // [{url, title, icon, type}]
    Q_PROPERTY(QVariantList links READ links NOTIFY changed)
    // [{type, label, entities: [{ref, title, kind, inCatalog}]}] grouped by relation type, in a fixed order
    Q_PROPERTY(QVariantList relationGroups READ relationGroups NOTIFY changed)
    // [{key, value}]
    Q_PROPERTY(QVariantList annotations READ annotations NOTIFY changed)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY changed)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY changed)
    Q_PROPERTY(QString filePath READ filePath NOTIFY changed)
    Q_PROPERTY(int line READ line NOTIFY changed)
    Q_PROPERTY(QString location READ location NOTIFY changed)     // "relative/path.yaml:12"
    Q_PROPERTY(QString refString READ refString NOTIFY changed)   // "component:default/payments"
    // Loaded asynchronously:
    Q_PROPERTY(bool detailsLoading READ detailsLoading NOTIFY detailsChanged)
    Q_PROPERTY(QString detailsError READ detailsError NOTIFY detailsChanged)
    Q_PROPERTY(QString sourceHtml READ sourceHtml NOTIFY detailsChanged)        // highlighted descriptor
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY detailsChanged)
    Q_PROPERTY(bool hasDefinition READ hasDefinition NOTIFY detailsChanged)
    Q_PROPERTY(QString definitionLanguage READ definitionLanguage NOTIFY detailsChanged)
    Q_PROPERTY(QString definitionHtml READ definitionHtml NOTIFY detailsChanged)
    Q_PROPERTY(QString definitionText READ definitionText NOTIFY detailsChanged)
    Q_PROPERTY(QString definitionError READ definitionError NOTIFY detailsChanged)
    Q_PROPERTY(bool hasDocs READ hasDocs NOTIFY changed)
    Q_PROPERTY(QString docsDir READ docsDir NOTIFY detailsChanged)
    Q_PROPERTY(QString sourceLanguage READ sourceLanguage NOTIFY detailsChanged) // "YAML"; "JSON" for a remote entity
    // [{key, value}] of spec (without the definition), from the descriptor once it is read
    Q_PROPERTY(QVariantList specFields READ specFields NOTIFY changed)
    // An entity from a connection's catalog (e.g. Backstage) rather than a file:
    Q_PROPERTY(bool remote READ remote NOTIFY changed)
    Q_PROPERTY(QString remoteConnectionId READ remoteConnectionId NOTIFY changed)
    Q_PROPERTY(QString remoteConnectionTitle READ remoteConnectionTitle NOTIFY originChanged)
    Q_PROPERTY(QString remotePluginName READ remotePluginName NOTIFY originChanged)   // "Backstage"
    Q_PROPERTY(qint64 remoteSyncedAt READ remoteSyncedAt NOTIFY originChanged)       // ms since the epoch, 0 if unknown
    // The entity's page in Backstage's web app; empty when the connection has no frontendUrl.
    Q_PROPERTY(QString backstageUrl READ backstageUrl NOTIFY originChanged)

public:
    explicit EntityController(QObject *parent = nullptr);

    QString entityRef() const { return m_ref; }
    void setEntityRef(const QString &ref);
    bool found() const { return m_id != atrium::catalog::InvalidEntity; }
    QString kind() const;
    QString name() const;
    QString title() const;
    QString namespaceName() const;
    QString description() const;
    QString ownerRef() const;
    QString ownerTitle() const;
    QString systemRef() const;
    QString systemTitle() const;
    QString specType() const;
    QString lifecycle() const;
    QString email() const;
    QStringList tags() const;
    bool customKind() const;
    QVariantList links() const;
    QVariantList relationGroups() const;
    QVariantList annotations() const;
    QVariantList labels() const;
    int problemCount() const;
    QString filePath() const;
    int line() const;
    QString location() const;
    QString refString() const;
    bool detailsLoading() const { return m_detailsLoading; }
    QString detailsError() const { return m_details.error; }
    QString sourceHtml() const { return m_sourceHtml; }
    QString sourceText() const { return m_details.sourceText; }
    bool hasDefinition() const;
    QString definitionLanguage() const { return m_details.definitionLanguage; }
    QString definitionHtml() const { return m_definitionHtml; }
    QString definitionText() const { return m_details.definition; }
    QString definitionError() const { return m_details.definitionError; }
    bool hasDocs() const;
    QString docsDir() const { return m_details.docsDir; }
    QString sourceLanguage() const { return m_details.sourceLanguage; }
    QVariantList specFields() const;
    bool remote() const;
    QString remoteConnectionId() const;
    QString remoteConnectionTitle() const;
    QString remotePluginName() const;
    qint64 remoteSyncedAt() const;
    QString backstageUrl() const;

    Q_INVOKABLE void openInEditor();
    Q_INVOKABLE void copyRef();
    Q_INVOKABLE void openInBackstage();

Q_SIGNALS:
    void entityRefChanged();
    void changed();
    void detailsChanged();
    void originChanged();

private:
    void refresh();
    void loadDetails();
    void loadRemoteDetails(int generation);
    void applyDetails(atrium::catalog::EntityDetails details, int generation);
    void highlightInto(QString EntityController::*html, const QString &text, const QString &syntax, int generation);
    const atrium::catalog::Entity *entity() const;

    QString m_ref;
    atrium::catalog::SnapshotPtr m_snapshot;
    atrium::catalog::EntityId m_id = atrium::catalog::InvalidEntity;
    std::optional<atrium::catalog::Entity> m_entity;   // the index's summary of m_id
    atrium::catalog::EntityDetails m_details;
    QString m_sourceHtml;
    QString m_definitionHtml;
    bool m_detailsLoading = false;
    int m_generation = 0;
};
