#pragma once

#include <QStringList>

namespace atrium::app {

// `atrium validate [--format human|json|sarif] [--root DIR] [--include GLOB]... PATH...`
// Lints descriptor files with the catalog engine. Exit code: 0 clean (warnings allowed),
// 1 errors found, 2 usage error. `arguments` are those after `validate` on the command line.
int runValidate(const QStringList &arguments);

} // namespace atrium::app
