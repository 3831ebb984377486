#pragma once

// Plain value types shared by the host and plugins. No QObject, no pointers into host state: the
// same contract could later run a plugin in another process.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace atrium::sdk {

// A connection the user configured in the workspace for this plugin (atrium.yaml, spec.connections).
// Secrets are never part of it: the host's HTTP client injects them.
struct ConnectionInfo
{
    QString id;           // unique in the workspace, e.g. "backstage-prod"
    QString pluginId;     // the plugin that serves it
    QString title;        // shown to people; falls back to id
    QUrl baseUrl;         // requests with relative paths go here
    QVariantMap settings; // validated against the plugin's connectionSchema
    bool hasCredential = false; // a secret is stored for it (the value itself is never handed out)
};

// A panel whose QML lives inside the plugin (compiled into its resources by atrium_add_plugin()).
struct PanelInfo
{
    enum class Kind { DashboardWidget, EntityTab, Page };
    QString id;               // unique within the plugin
    Kind kind = Kind::DashboardWidget;
    QString title;            // translated by the plugin (its translations are loaded by the host)
    QUrl source;              // qrc URL of the root QML file, e.g. qrc:/atrium/plugins/<id>/Widget.qml
    QStringList entityKinds;  // EntityTab only: kinds it applies to (lower case); empty = all
    QString iconName;         // optional freedesktop icon name
};

struct Notification
{
    enum class Level { Info, Success, Warning, Error };
    Level level = Level::Info;
    QString title;
    QString body;
    QUrl link;             // optional
    bool desktop = false;  // also show a desktop notification
};

// --- catalog provider -------------------------------------------------------------------------

struct CatalogBatch
{
    QList<QJsonObject> upserts; // Backstage entity JSON (apiVersion, kind, metadata, spec, relations)
    QStringList removedRefs;    // entity refs (kind:namespace/name) that no longer exist
    // More upserts, each one JSON object as UTF-8 text, e.g. sliced from the server's answer
    // without parsing it: the host parses them off the GUI thread and keeps the text as it is.
    // Cheaper than upserts for big syncs; a batch may carry both.
    QList<QByteArray> upsertsJson;
};

struct SyncResult
{
    bool ok = false;
    bool cancelled = false;
    QString errorString;        // translated; what failed and where
    qint64 entityCount = 0;
    QString state;              // opaque provider state kept by the host for the next incremental sync
    bool credentialRefused = false; // the server refused the connection's secret (401/403, none stored):
                                    // the host asks the user for it again
    bool complete = false;      // every entity was delivered: the host replaces the connection's
                                // entities, also when it asked for an Incremental sync
};

// --- status provider --------------------------------------------------------------------------

struct StatusItem
{
    enum class State { Ok, Degraded, Down, Unknown };
    QString id;
    QString title;
    State state = State::Unknown;
    QString summary;
    QString entityRef;          // optional: the catalog entity it is about
    QUrl link;
    QDateTime since;
};

struct StatusReport
{
    bool ok = false;
    QString errorString;
    QList<StatusItem> items;
    QDateTime fetchedAt;
};

// --- cost provider ----------------------------------------------------------------------------

struct CostQuery
{
    QDate from;
    QDate to;                   // inclusive
    QString groupBy;            // e.g. "service", "team", "entity"
};

struct CostRow
{
    QString key;
    QString label;
    QString entityRef;          // optional
    double amount = 0;
};

struct CostReport
{
    bool ok = false;
    QString errorString;
    QString currency;           // ISO 4217
    QList<CostRow> rows;
};

// --- action provider --------------------------------------------------------------------------

struct ActionInfo
{
    QString id;
    QString title;
    QString description;
    QString iconName;
    QJsonObject parametersSchema; // JSON Schema of the form the host renders
};

struct ActionEvent
{
    enum class Type { Log, StepStarted, StepFinished, Output };
    Type type = Type::Log;
    QString stepId;
    QString text;
    QJsonObject data;
};

struct ActionResult
{
    bool ok = false;
    bool cancelled = false;
    QString errorString;
    QJsonObject output;         // e.g. links produced by the run
};

// --- docs provider ----------------------------------------------------------------------------

struct DocsPage
{
    QString id;
    QString title;
    QString entityRef;          // optional
    QString markdown;           // filled by fetchPage()
};

} // namespace atrium::sdk
