#pragma once

#include <QString>

// ANSI escape sequences in log text (Backstage's scaffolder logs "\x1b[32minfo\x1b[39m: ...").
namespace atrium::ansi {

// The text without any escape sequence (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", two-byte
// escapes) and without other control characters but tab and newline.
QString strip(const QString &text);

// The text as HTML for a rich-text view: HTML-escaped, SGR colours (30–37, 90–97, 38;5;n, 38;2;r;g;b,
// 39 and 0 to reset), bold, italic and underline as spans; colours picked to read on a light or a
// dark background. Other sequences are dropped. Newlines become <br>.
QString toHtml(const QString &text, bool dark);

} // namespace atrium::ansi
