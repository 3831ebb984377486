#include "catalog/problem.h"

namespace atrium::catalog {

QString Problem::severityName(Severity s)
{
    // Stable, untranslated names: SARIF levels and the CLI output use them.
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        return QStringLiteral("notice");
    }
    return QStringLiteral("error");
}

} // namespace atrium::catalog
