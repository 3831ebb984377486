#pragma once

#include <QObject>
#include <QString>

// Desktop notifications through the freedesktop Notifications service on the session bus (GNOME,
// KDE, XFCE, dunst, mako, ...). Without a session bus or such a service nothing is shown and
// nothing fails: the app shows its own toast as well.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Sends asynchronously; `urgency` 0 low, 1 normal, 2 critical. sent() reports the result.
    void notify(const QString &summary, const QString &body, int urgency = 1);

    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";

Q_SIGNALS:
    // The service's notification id, or 0 with a reason when it could not be shown.
    void sent(uint id, const QString &error);
};
