#pragma once

#include <QLoggingCategory>

// One category per area, quiet by default (enable with QT_LOGGING_RULES="atrium.*.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcPlugins)
