#pragma once

#include <QStringList>

namespace atrium::app {

// `atrium catalog <command>` on a workspace (--workspace PATH, default the current folder):
//   sync [--connection ID] [--format text|json]   reads every catalog connection (or one) into the
//       offline cache the app starts from; Ctrl+C cancels and keeps the last good data
//   list [--kind K] [--owner O] [--source local|ID] [--search TEXT] [--format text|json] [--offline]
//       local files and cached remote entities; never uses the network
//   show REF [--format text|json]                one entity: summary, and its cached JSON or file:line
// Exit code: 0 done, 1 failed (a sync, an unknown ref, a workspace that does not load), 2 usage
// error, 3 a server refused a connection's token (or none is stored), 130 sync cancelled.
// `arguments` are those after `catalog` on the command line.
int runCatalog(const QStringList &arguments);

} // namespace atrium::app
