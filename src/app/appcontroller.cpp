#include "appcontroller.h"

#include "catalogsearch.h"
#include "logging.h"
#include "pluginhostservices.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QUrl>

using namespace atrium;
using atrium::catalog::InvalidEntity;

namespace {

AppController *s_instance = nullptr;

constexpr auto kPortalService = "org.freedesktop.portal.Desktop";
constexpr auto kPortalPath = "/org/freedesktop/portal/desktop";
constexpr auto kPortalInterface = "org.freedesktop.portal.Settings";
constexpr auto kAppearance = "org.freedesktop.appearance";
constexpr auto kColorScheme = "color-scheme";

QSettings settings()
{
    return QSettings(QStringLiteral("Atrium"), QStringLiteral("Atrium"));
}

bool validThemeMode(const QString &mode)
{
    return mode == QLatin1String("system") || mode == QLatin1String("light") || mode == QLatin1String("dark");
}

// The portal answers Read with a variant inside a variant (inside a QDBusVariant).
QVariant unwrapDBusVariant(QVariant v)
{
    while (v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    return v;
}

// A calm palette with a blue accent, so that Fusion-styled controls match the QML theme.
QPalette makePalette(bool dark)
{
    struct Colors {
        const char *window, *windowText, *base, *alternateBase, *text, *button, *buttonText,
            *highlight, *highlightedText, *toolTipBase, *toolTipText, *placeholder, *link,
            *linkVisited, *light, *midlight, *mid, *dark, *shadow, *disabledText;
    };
    static const Colors light{"#f6f7f9", "#1f2328", "#ffffff", "#f1f3f6", "#1f2328", "#eef0f3",
                              "#1f2328", "#2f6fdf", "#ffffff", "#ffffff", "#1f2328", "#6b7280",
                              "#2f6fdf", "#6a4fc7", "#ffffff", "#e4e7ec", "#c9ced6", "#9aa1ab",
                              "#5c636e", "#9aa1ab"};
    static const Colors darkColors{"#1b1e23", "#e6e8eb", "#22262c", "#272c33", "#e6e8eb", "#2a2f36",
                                   "#e6e8eb", "#4c8dff", "#ffffff", "#2a2f36", "#e6e8eb", "#8b929c",
                                   "#6ea4ff", "#a98bff", "#3a4049", "#31363e", "#1f2328", "#15181c",
                                   "#0b0d10", "#6b727c"};
    const Colors &c = dark ? darkColors : light;
    QPalette p;
    auto set = [&p](QPalette::ColorRole role, const char *color) {
        p.setColor(QPalette::All, role, QColor(QLatin1String(color)));
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::BrightText, "#ffffff");
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.midlight);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(QLatin1String(c.disabledText)));
    return p;
}

} // namespace

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_search(new CatalogSearch(this))
{
    connect(&m_catalog, &catalog::LocalCatalog::snapshotChanged, this, &AppController::onCatalogUpdated);
    connect(&m_catalog, &catalog::LocalCatalog::loadingChanged, this, &AppController::onCatalogUpdated);

    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        m_systemPaletteDark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;

    const QString mode = settings().value(QStringLiteral("appearance/theme")).toString();
    if (validThemeMode(mode))
        m_themeMode = mode;
    const QString envTheme = qEnvironmentVariable("ATRIUM_THEME").trimmed().toLower();
    if (envTheme == QLatin1String("dark") || envTheme == QLatin1String("light"))
        m_themeOverride = envTheme;

    // Follow the desktop when it switches between light and dark while we run.
    if (m_themeOverride.isEmpty()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected()) {
            bus.connect(QLatin1String(kPortalService), QLatin1String(kPortalPath),
                        QLatin1String(kPortalInterface), QStringLiteral("SettingChanged"), this,
                        SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
        }
    }
    updateDark();
}

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_instance) {
        // Only tooling gets here (a QML test or preview without Application): an empty App
        // owned by that engine is better than a null singleton.
        qCWarning(lcApp) << "App used before the application created it; starting without a workspace";
        s_instance = new AppController(engine);
        return s_instance;
    }
    // The application owns App; the engine must never delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::setInstance(AppController *app)
{
    s_instance = app;
}

AppController *AppController::instance()
{
    return s_instance;
}

bool AppController::openWorkspace(const QString &path)
{
    Workspace workspace;
    QString error;
    m_firstLoadDone = false;
    if (!workspace.load(path, &error)) {
        qCWarning(lcApp) << "cannot open workspace" << path << error;
        m_workspace = Workspace();
        m_workspaceError = error.isEmpty() ? tr("Cannot open the workspace %1.").arg(path) : error;
        m_identityOverride.clear();
        m_starred.clear();
        m_catalog.setSources({});
        m_catalog.reload();
        Q_EMIT workspaceChanged();
        Q_EMIT identityChanged();
        Q_EMIT starredChanged();
        ++m_revision;
        Q_EMIT catalogChanged();
        return false;
    }

    m_workspace = workspace;
    m_workspaceError.clear();
    m_identityOverride = settings().value(settingsGroup() + QStringLiteral("/identity")).toString();
    if (m_workspace.identity().isEmpty() && !m_identityOverride.isEmpty())
        m_workspace.setIdentity(m_identityOverride);
    loadStarred();

    m_catalog.setSources(m_workspace.sources());
    m_catalog.reload();

    Q_EMIT workspaceChanged();
    Q_EMIT identityChanged();
    Q_EMIT starredChanged();
    ++m_revision;
    Q_EMIT catalogChanged();
    return true;
}

void AppController::onCatalogUpdated()
{
    if (!m_catalog.isLoading() && m_catalog.snapshot())
        m_firstLoadDone = true;
    ++m_revision;
    Q_EMIT catalogChanged();
    // Whether the identity resolves to a User depends on the catalog.
    Q_EMIT identityChanged();
}

QString AppController::version() const
{
    return QStringLiteral(ATRIUM_VERSION);
}

QString AppController::workspaceTitle() const
{
    return m_workspace.title();
}

QString AppController::workspacePath() const
{
    return m_workspace.filePath();
}

QStringList AppController::dashboardWidgets() const
{
    if (m_workspace.filePath().isEmpty())
        return Workspace::defaultWidgets();
    return m_workspace.widgets();
}

QString AppController::identityRef() const
{
    return m_workspace.identity();
}

catalog::EntityId AppController::identityId() const
{
    const auto snap = m_catalog.snapshot();
    const QString ref = identityRef();
    if (!snap || ref.isEmpty())
        return InvalidEntity;
    const catalog::EntityId id = snap->find(ref);
    if (id == InvalidEntity || snap->kind(id).compare(QLatin1String("User"), Qt::CaseInsensitive) != 0)
        return InvalidEntity;
    return id;
}

QString AppController::identityName() const
{
    const catalog::EntityId id = identityId();
    if (id != InvalidEntity) {
        const auto snap = m_catalog.snapshot();
        // A person is named by their profile first.
        const QString displayName = snap->text(id, &catalog::EntityBlock::Record::displayName);
        return displayName.isEmpty() ? snap->title(id) : displayName;
    }
    // Not (yet) in the catalog: the name part of the ref is the best we have.
    const QString ref = identityRef();
    const int slash = ref.lastIndexOf(QLatin1Char('/'));
    const int colon = ref.lastIndexOf(QLatin1Char(':'));
    return ref.mid(qMax(slash, colon) + 1);
}

bool AppController::needsIdentity() const
{
    if (m_workspace.filePath().isEmpty())
        return false;   // no workspace: the error banner comes first
    if (identityRef().isEmpty())
        return true;
    // A ref that does not resolve only counts once the catalog is there, or the picker would flash.
    if (!m_firstLoadDone)
        return false;
    return identityId() == InvalidEntity;
}

bool AppController::loading() const
{
    return m_catalog.isLoading();
}

int AppController::entityCount() const
{
    const auto snap = m_catalog.snapshot();
    return snap ? snap->size() : 0;
}

int AppController::errorCount() const
{
    const auto snap = m_catalog.snapshot();
    return snap ? snap->errorCount() : 0;
}

int AppController::warningCount() const
{
    const auto snap = m_catalog.snapshot();
    return snap ? snap->warningCount() : 0;
}

QStringList AppController::starred() const
{
    QStringList list(m_starred.cbegin(), m_starred.cend());
    list.sort();
    return list;
}

void AppController::setIdentity(const QString &userRef)
{
    QString ref = userRef.trimmed();
    if (const auto snap = m_catalog.snapshot()) {
        const catalog::EntityId id = snap->find(ref);
        if (id != InvalidEntity)
            ref = snap->key(id);
    }
    if (ref == identityRef())
        return;

    QString error;
    const bool savedToFile = !m_bundledDemo && !m_workspace.filePath().isEmpty()
        && m_workspace.saveIdentity(ref, &error);
    QSettings s = settings();
    if (savedToFile) {
        m_identityOverride.clear();
        s.remove(settingsGroup() + QStringLiteral("/identity"));
    } else {
        // Read-only atrium.yaml (the bundled demo, a checkout we may not touch): remember it here.
        qCDebug(lcApp) << "identity kept in settings:" << error;
        m_identityOverride = ref;
        s.setValue(settingsGroup() + QStringLiteral("/identity"), ref);
        s.setValue(settingsGroup() + QStringLiteral("/path"), m_workspace.filePath());
    }
    m_workspace.setIdentity(ref);
    Q_EMIT identityChanged();
}

bool AppController::isStarred(const QString &ref) const
{
    return m_starred.contains(ref.toLower());
}

void AppController::toggleStar(const QString &ref)
{
    const QString key = ref.toLower();
    if (key.isEmpty())
        return;
    if (!m_starred.remove(key))
        m_starred.insert(key);
    saveStarred();
    Q_EMIT starredChanged();
}

void AppController::reload()
{
    m_catalog.reload();
}

void AppController::openFile(const QString &path)
{
    if (path.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        qCWarning(lcApp) << "no application to open" << path;
}

void AppController::openUrl(const QString &url)
{
    const QUrl u = QUrl::fromUserInput(url);
    if (!u.isValid())
        return;
    if (!QDesktopServices::openUrl(u))
        qCWarning(lcApp) << "no application to open" << u.toDisplayString();
}

void AppController::copyToClipboard(const QString &text)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->clipboard()->setText(text);
}

QString AppController::titleOf(const QString &ref) const
{
    const auto snap = m_catalog.snapshot();
    if (!snap)
        return ref;
    const catalog::EntityId id = snap->find(ref);
    if (id == InvalidEntity)
        return snap->displayTitle(ref.toLower());
    return snap->displayTitle(snap->key(id));
}

QString AppController::relativePath(const QString &path) const
{
    if (path.isEmpty() || m_workspace.filePath().isEmpty())
        return path;
    const QString rel = QDir(m_workspace.directory()).relativeFilePath(path);
    // Outside the workspace the absolute path is clearer than a chain of "../".
    return rel.startsWith(QLatin1String("../")) ? QDir::cleanPath(path) : rel;
}

// --- starred -------------------------------------------------------------------------------------

QString AppController::settingsGroup() const
{
    // Paths contain '/', which QSettings reads as groups: key by a hash of the path instead.
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(m_workspace.filePath()).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("workspaces/") + QString::fromLatin1(hash.toHex().left(16));
}

void AppController::loadStarred()
{
    m_starred.clear();
    const QStringList list = settings().value(settingsGroup() + QStringLiteral("/starred")).toStringList();
    for (const QString &ref : list)
        m_starred.insert(ref.toLower());
}

void AppController::saveStarred()
{
    if (m_workspace.filePath().isEmpty())
        return;
    QSettings s = settings();
    s.setValue(settingsGroup() + QStringLiteral("/starred"), starred());
    s.setValue(settingsGroup() + QStringLiteral("/path"), m_workspace.filePath());
}

// --- theme ---------------------------------------------------------------------------------------

void AppController::setThemeMode(const QString &mode)
{
    if (!validThemeMode(mode) || mode == m_themeMode)
        return;
    m_themeMode = mode;
    settings().setValue(QStringLiteral("appearance/theme"), mode);
    // An explicit choice in the app wins over a --theme given at start.
    m_themeOverride.clear();
    Q_EMIT themeChanged();
    updateDark();
}

void AppController::setThemeOverride(const QString &mode)
{
    const QString m = mode.trimmed().toLower();
    if (m == QLatin1String("light") || m == QLatin1String("dark"))
        m_themeOverride = m;
    else
        m_themeOverride.clear();
    if (m == QLatin1String("system") && m_themeMode != m) {
        m_themeMode = m;
        Q_EMIT themeChanged();
    }
    updateDark();
}

bool AppController::systemPrefersDark() const
{
    if (m_portalScheme == 1)
        return true;
    if (m_portalScheme == 2)
        return false;
    return m_systemPaletteDark;
}

void AppController::onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group != QLatin1String(kAppearance) || key != QLatin1String(kColorScheme))
        return;
    m_portalScheme = unwrapDBusVariant(value.variant()).toInt();
    updateDark();
}

void AppController::updateDark()
{
    QString mode = m_themeOverride.isEmpty() ? m_themeMode : m_themeOverride;
    bool dark = mode == QLatin1String("dark");
    if (mode == QLatin1String("system")) {
        if (m_portalScheme < 0) {
            QDBusConnection bus = QDBusConnection::sessionBus();
            if (bus.isConnected()) {
                QDBusMessage msg = QDBusMessage::createMethodCall(
                    QLatin1String(kPortalService), QLatin1String(kPortalPath),
                    QLatin1String(kPortalInterface), QStringLiteral("Read"));
                msg << QLatin1String(kAppearance) << QLatin1String(kColorScheme);
                // Short timeout: a missing portal must not delay the first frame.
                const QDBusMessage reply = bus.call(msg, QDBus::Block, 300);
                if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
                    m_portalScheme = unwrapDBusVariant(reply.arguments().constFirst()).toInt();
                else
                    m_portalScheme = 0;   // asked once; fall back to the palette
            }
        }
        dark = systemPrefersDark();
    }

    const bool changed = dark != m_dark;
    m_dark = dark;
    if ((changed || !m_paletteApplied) && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setPalette(makePalette(m_dark));
        m_paletteApplied = true;
    }
    if (changed)
        Q_EMIT themeChanged();
}

void AppController::setPluginHost(PluginHostServices *host)
{
    m_pluginHost = host;
}

PluginHostServices *AppController::pluginHost() const
{
    return m_pluginHost.data();
}
