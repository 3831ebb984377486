#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class AppController;
class QQmlApplicationEngine;
class QQuickWindow;

namespace atrium::app {

// What the GUI is started with (from the command line, or from a test).
struct GuiOptions {
    QString workspace;   // file or folder; empty → the bundled demo workspace
    QString language;    // "de", "en"...; empty → the system locale
    QString theme;       // "system", "light", "dark"; empty → saved setting
    bool safeMode = false;       // start without third-party plugins
    bool developerMode = false;  // allow unsigned plugin packages for this run (if the policy does)
};

// The running GUI: translators, the App singleton, the QML engine and the main window. Needs a
// QApplication. The executable and the end-to-end test both start the app through this class.
class GuiSession
{
public:
    GuiSession();
    ~GuiSession();
    bool start(const GuiOptions &options, QString *error);
    QQuickWindow *window() const;
    QQmlApplicationEngine *engine() const;
    double pluginLoadMs() const;   // discovering, loading and initializing plugins at start
    int pluginsLoaded() const;
    AppController *app() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Where the bundled demo workspace is: next to the build tree, or installed under share/atrium.
QString demoWorkspacePath();

// Installs the translator for `language` (or the system locale) on the running application.
void installTranslators(const QString &language);

// The whole command line: `atrium [--workspace PATH] [--lang L]`, `atrium validate ...`,
// `--help`, `--version`. Returns the process exit code.
int run(int argc, char **argv);

} // namespace atrium::app
