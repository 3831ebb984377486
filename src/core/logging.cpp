#include "logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "atrium.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "atrium.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "atrium.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "atrium.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlugins, "atrium.plugins", QtWarningMsg)
