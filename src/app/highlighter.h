#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Syntax highlighting through the KSyntaxHighlighting engine's command-line front end
// (kate-syntax-highlighter), run asynchronously. Results are cached by (syntax, dark, text).
// Without the tool the text comes back HTML-escaped in a <pre>, so the page still works.
class Highlighter : public QObject
{
    Q_OBJECT
public:
    static Highlighter *instance();
    // Calls `done(html)` on the caller's thread; html is a <pre> block ready for a Text item.
    void highlight(const QString &text, const QString &syntax, bool dark, QObject *context,
                   std::function<void(const QString &html)> done);
    static bool available();

private:
    explicit Highlighter(QObject *parent = nullptr);
};
