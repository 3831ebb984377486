#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace atrium::catalog {

// A validation or load finding with the place that caused it. Errors stop an entity (or a whole file)
// from loading; warnings and notices do not.
struct Problem {
    enum class Severity { Error, Warning, Notice };

    Severity severity = Severity::Error;
    QString file;        // absolute path
    int line = 0;        // 1-based, 0 when unknown
    int column = 0;      // 1-based, 0 when unknown
    QString message;     // translated, one sentence, says what and why
    QString entityRef;   // full lower-case ref of the entity concerned, if any
    QString rule;        // stable identifier, e.g. "metadata.name.format" (used by SARIF and tests)

    static QString severityName(Severity s);  // "error", "warning", "notice"
};

using ProblemList = QList<Problem>;

} // namespace atrium::catalog

Q_DECLARE_METATYPE(atrium::catalog::Problem)
