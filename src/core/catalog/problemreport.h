#pragma once

#include "catalog/problem.h"

#include <QByteArray>
#include <QString>

namespace atrium::catalog {

// Output of `atrium validate`: human (file:line:column: severity: message [rule]), JSON, or SARIF 2.1.0.
enum class ReportFormat { Human, Json, Sarif };
bool reportFormatFromName(const QString &name, ReportFormat *out);
QByteArray formatReport(const ProblemList &problems, ReportFormat format, const QString &baseDir,
                        int filesChecked, int entitiesChecked);

} // namespace atrium::catalog
