#pragma once

#include <QStringList>

namespace atrium::app {

// `atrium plugin <command>`: install FILE [--trust] [--developer-mode], list [--format human|json],
// enable ID, disable ID, remove ID, trust FILE. Works on the user's plugin folder and trust store
// without a display. Exit code: 0 done, 1 refused or failed (the reason on stderr), 2 usage error.
// `arguments` are those after `plugin` on the command line.
int runPlugin(const QStringList &arguments);

} // namespace atrium::app
