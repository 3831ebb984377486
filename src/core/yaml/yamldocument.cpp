#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>

namespace atrium::yaml {

namespace {

enum class ScalarKind { Null, Bool, Integer, Float, String };

bool isNullText(std::string_view t)
{
    switch (t.size()) {
    case 0:
        return true;
    case 1:
        return t[0] == '~';
    case 4:
        return t == "null" || t == "Null" || t == "NULL";
    default:
        return false;
    }
}

bool isTrueText(std::string_view t)
{
    return t == "true" || t == "True" || t == "TRUE";
}

bool isFalseText(std::string_view t)
{
    return t == "false" || t == "False" || t == "FALSE";
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

template<typename Pred>
bool allOf(std::string_view s, Pred pred)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isOctDigit(char c)
{
    return c >= '0' && c <= '7';
}

bool isInfText(std::string_view t)
{
    return t == ".inf" || t == ".Inf" || t == ".INF";
}

bool isNanText(std::string_view t)
{
    return t == ".nan" || t == ".NaN" || t == ".NAN";
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?  without the sign.
bool isUnsignedFloatText(std::string_view t)
{
    std::size_t i = 0;
    const std::size_t n = t.size();
    const std::size_t intStart = i;
    while (i < n && isDigit(t[i]))
        ++i;
    const bool hasInt = i > intStart;
    if (i < n && t[i] == '.') {
        ++i;
        const std::size_t fracStart = i;
        while (i < n && isDigit(t[i]))
            ++i;
        if (!hasInt && i == fracStart)
            return false;
    } else if (!hasInt) {
        return false;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '-' || t[i] == '+'))
            ++i;
        const std::size_t expStart = i;
        while (i < n && isDigit(t[i]))
            ++i;
        if (i == expStart)
            return false;
    }
    return i == n;
}

// YAML 1.2 core schema resolution of a plain scalar.
ScalarKind classify(std::string_view t)
{
    if (isNullText(t))
        return ScalarKind::Null;
    const char c = t[0];
    // Fast path: most descriptor values are words, which cannot be anything but strings.
    if (!isDigit(c) && c != '-' && c != '+' && c != '.' && c != 't' && c != 'T' && c != 'f' && c != 'F')
        return ScalarKind::String;
    if (isTrueText(t) || isFalseText(t))
        return ScalarKind::Bool;
    if (t.size() > 2 && t[0] == '0' && t[1] == 'x')
        return allOf(t.substr(2), isHexDigit) ? ScalarKind::Integer : ScalarKind::String;
    if (t.size() > 2 && t[0] == '0' && t[1] == 'o')
        return allOf(t.substr(2), isOctDigit) ? ScalarKind::Integer : ScalarKind::String;
    if (isNanText(t))
        return ScalarKind::Float;
    const std::string_view unsignedPart = (c == '-' || c == '+') ? t.substr(1) : t;
    if (allOf(unsignedPart, isDigit))
        return ScalarKind::Integer;
    if (isInfText(unsignedPart) || isUnsignedFloatText(unsignedPart))
        return ScalarKind::Float;
    return ScalarKind::String;
}

// Integers beyond 64 bits still become (inexact) JSON numbers, as in JavaScript YAML loaders.
QJsonValue integerValue(std::string_view digits, int base, bool negative)
{
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (ec == std::errc() && ptr == digits.data() + digits.size())
        return QJsonValue(negative ? -value : value);
    double big = 0;
    for (const char c : digits)
        big = big * base + (isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    return QJsonValue(negative ? -big : big);
}

QJsonValue floatValue(std::string_view t)
{
    const bool negative = t[0] == '-';
    const std::string_view unsignedPart = (t[0] == '-' || t[0] == '+') ? t.substr(1) : t;
    if (isNanText(t))
        return QJsonValue(std::numeric_limits<double>::quiet_NaN());
    if (isInfText(unsignedPart)) {
        const double inf = std::numeric_limits<double>::infinity();
        return QJsonValue(negative ? -inf : inf);
    }
    double value = 0;
    std::from_chars(unsignedPart.data(), unsignedPart.data() + unsignedPart.size(), value);
    return QJsonValue(negative ? -value : value);
}

QJsonValue plainScalarValue(std::string_view t)
{
    switch (classify(t)) {
    case ScalarKind::Null:
        return QJsonValue(QJsonValue::Null);
    case ScalarKind::Bool:
        return QJsonValue(isTrueText(t));
    case ScalarKind::Integer:
        if (t.size() > 2 && t[0] == '0' && t[1] == 'x')
            return integerValue(t.substr(2), 16, false);
        if (t.size() > 2 && t[0] == '0' && t[1] == 'o')
            return integerValue(t.substr(2), 8, false);
        if (t[0] == '-' || t[0] == '+')
            return integerValue(t.substr(1), 10, t[0] == '-');
        return integerValue(t, 10, false);
    case ScalarKind::Float:
        return floatValue(t);
    case ScalarKind::String:
        break;
    }
    return QJsonValue(QString::fromUtf8(t.data(), qsizetype(t.size())));
}

bool isStringTag(const yaml_char_t *tag)
{
    if (!tag)
        return false;
    const char *t = reinterpret_cast<const char *>(tag);
    // `!` is the non-specific tag: YAML resolves such a scalar as a string, like `!!str`.
    return std::strcmp(t, "tag:yaml.org,2002:str") == 0 || std::strcmp(t, "!") == 0;
}

} // namespace

// Builds Documents from libyaml events. Containers under construction live on an explicit stack
// (never the C stack), and their children collect in one shared pending vector that is copied
// contiguously into the document's child array when the container closes.
class Parser
{
public:
    Parser(const QByteArray &input, const Limits &limits)
        : m_input(input)
        , m_limits(limits)
    {
    }

    ~Parser()
    {
        if (m_parserInitialized)
            yaml_parser_delete(&m_parser);
    }

    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    ParseResult run();

private:
    struct Frame {
        Document::NodeId node;
        std::uint32_t pendingBegin;
        std::uint64_t expanded;  // this container plus its expanded children so far
        std::uint32_t height;    // levels of nesting below and including this container
        std::int32_t anchor;     // index into m_anchors, or -1
    };

    struct Anchor {
        Document::NodeId node;
        std::uint64_t expanded;
        std::uint32_t height;
        bool complete;           // false while the anchored container is still open
    };

    void handle(const yaml_event_t &event);
    void documentStart(const yaml_event_t &event);
    void documentEnd(const yaml_event_t &event);
    void scalar(const yaml_event_t &event);
    void containerStart(const yaml_event_t &event, Document::Type type, const yaml_char_t *anchor);
    void containerEnd();
    void alias(const yaml_event_t &event);
    bool countExpanded(std::uint64_t nodes, const yaml_mark_t &mark);
    void attach(Document::NodeId id, std::uint64_t expanded, std::uint32_t height);
    std::int32_t defineAnchor(const yaml_char_t *name, Document::NodeId node, bool complete);

    void fail(int line, int column, const QString &message);
    void fail(const yaml_mark_t &mark, const QString &message);
    void failFromLibyaml();

    const QByteArray &m_input;
    const Limits &m_limits;
    yaml_parser_t m_parser {};
    bool m_parserInitialized = false;
    ParseResult m_result;

    // The document being built; reused so that their capacity carries over between documents.
    std::vector<Document::Node> m_nodes;
    std::vector<Document::NodeId> m_children;
    std::string m_text;
    std::vector<Frame> m_stack;
    std::vector<Document::NodeId> m_pending;
    std::vector<Anchor> m_anchors;
    std::unordered_map<std::string, std::uint32_t> m_anchorByName;
    std::string m_anchorKey;
    Document::NodeId m_root = Document::InvalidNode;
    bool m_rootIsBareEmpty = false;
    std::uint64_t m_expandedTotal = 0;
    int m_firstLine = 1;
};

ParseResult Parser::run()
{
    // Text offsets are 32-bit; decoded text can reach 1.5x the input (`\L` escapes, UTF-16 files),
    // so half the 32-bit range keeps every offset exact.
    const qint64 hardLimit = std::numeric_limits<std::uint32_t>::max() / 2;
    const qint64 fileLimit = std::min(m_limits.maxFileBytes, hardLimit);
    if (m_input.size() > fileLimit) {
        fail(1, 1,
             QCoreApplication::translate("atrium::yaml", "file is %1 bytes, larger than the limit of %2 bytes")
                 .arg(m_input.size())
                 .arg(fileLimit));
        return std::move(m_result);
    }

    if (!yaml_parser_initialize(&m_parser)) {
        fail(1, 1, QCoreApplication::translate("atrium::yaml", "out of memory"));
        return std::move(m_result);
    }
    m_parserInitialized = true;
    yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(m_input.constData()),
                                 std::size_t(m_input.size()));

    m_stack.reserve(std::size_t(std::clamp(m_limits.maxDepth, 0, 1024)) + 1);
    m_pending.reserve(256);
    m_nodes.reserve(256);
    m_children.reserve(256);
    m_text.reserve(4096);

    bool streamEnded = false;
    while (m_result.ok && !streamEnded) {
        yaml_event_t event;
        if (!yaml_parser_parse(&m_parser, &event)) {
            failFromLibyaml();
            break;
        }
        streamEnded = event.type == YAML_STREAM_END_EVENT;
        handle(event);
        yaml_event_delete(&event);
    }

    if (!m_result.ok)
        m_result.documents.clear();
    return std::move(m_result);
}

// Handlers record a failure in m_result; the event loop stops on it.
void Parser::handle(const yaml_event_t &event)
{
    switch (event.type) {
    case YAML_SCALAR_EVENT:
        scalar(event);
        break;
    case YAML_MAPPING_START_EVENT:
        containerStart(event, Document::Type::Mapping, event.data.mapping_start.anchor);
        break;
    case YAML_SEQUENCE_START_EVENT:
        containerStart(event, Document::Type::Sequence, event.data.sequence_start.anchor);
        break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        containerEnd();
        break;
    case YAML_ALIAS_EVENT:
        alias(event);
        break;
    case YAML_DOCUMENT_START_EVENT:
        documentStart(event);
        break;
    case YAML_DOCUMENT_END_EVENT:
        documentEnd(event);
        break;
    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_STREAM_END_EVENT:
        break;
    }
}

void Parser::documentStart(const yaml_event_t &event)
{
    if (m_result.documents.size() >= std::size_t(std::max(m_limits.maxDocuments, 0))) {
        fail(event.start_mark,
             QCoreApplication::translate("atrium::yaml", "more than %1 documents in one file")
                 .arg(m_limits.maxDocuments));
        return;
    }
    m_nodes.clear();
    m_children.clear();
    m_text.clear();
    m_stack.clear();
    m_pending.clear();
    // Anchors are local to their document.
    m_anchors.clear();
    m_anchorByName.clear();
    m_root = Document::InvalidNode;
    m_rootIsBareEmpty = false;
    m_expandedTotal = 0;
    m_firstLine = int(event.start_mark.line) + 1;
}

void Parser::documentEnd(const yaml_event_t &event)
{
    Document doc;
    doc.m_firstLine = m_firstLine;
    // An implicit end is marked at the next `---` (column 0, so that line is the end); an explicit
    // `...` ends after its own line. Both make [firstLine, endLine) the document's source.
    const yaml_mark_t &end = event.end_mark;
    doc.m_endLine = int(end.line) + (end.column == 0 ? 1 : 2);
    // libyaml reports a bare `---` (or a document of comments) as one empty plain scalar.
    if (!m_rootIsBareEmpty) {
        doc.m_nodes.assign(m_nodes.begin(), m_nodes.end());
        doc.m_children.assign(m_children.begin(), m_children.end());
        doc.m_text.assign(m_text);
        doc.m_root = m_root;
        doc.m_expandedSize = m_expandedTotal;
    }
    m_result.documents.push_back(std::move(doc));
}

void Parser::scalar(const yaml_event_t &event)
{
    const auto &s = event.data.scalar;
    if (qint64(s.length) > m_limits.maxScalarBytes) {
        fail(event.start_mark,
             QCoreApplication::translate("atrium::yaml", "scalar of %1 bytes is larger than the limit of %2 bytes")
                 .arg(qint64(s.length))
                 .arg(m_limits.maxScalarBytes));
        return;
    }
    if (!countExpanded(1, event.start_mark))
        return;

    Document::Node node;
    node.line = std::uint32_t(event.start_mark.line + 1);
    node.column = std::uint32_t(event.start_mark.column + 1);
    node.textBegin = std::uint32_t(m_text.size());
    node.textLength = std::uint32_t(s.length);
    // `plain` means "typed by the core schema", so a `!!str` tag clears it even on an unquoted scalar.
    node.plain = s.style == YAML_PLAIN_SCALAR_STYLE && !isStringTag(s.tag);
    const std::string_view text(reinterpret_cast<const char *>(s.value), s.length);
    node.type = node.plain && isNullText(text) ? Document::Type::Null : Document::Type::Scalar;
    m_text.append(text);

    const auto id = Document::NodeId(m_nodes.size());
    m_nodes.push_back(node);
    if (s.anchor)
        defineAnchor(s.anchor, id, true);
    if (m_stack.empty())
        m_rootIsBareEmpty = node.plain && s.length == 0 && !s.tag && !s.anchor;
    attach(id, 1, 0);
}

void Parser::containerStart(const yaml_event_t &event, Document::Type type, const yaml_char_t *anchor)
{
    if (m_stack.size() >= std::size_t(std::max(m_limits.maxDepth, 0))) {
        fail(event.start_mark,
             QCoreApplication::translate("atrium::yaml", "nesting deeper than %1 levels").arg(m_limits.maxDepth));
        return;
    }
    if (!countExpanded(1, event.start_mark))
        return;

    Document::Node node;
    node.type = type;
    node.plain = false;
    node.line = std::uint32_t(event.start_mark.line + 1);
    node.column = std::uint32_t(event.start_mark.column + 1);
    const auto id = Document::NodeId(m_nodes.size());
    m_nodes.push_back(node);
    const std::int32_t anchorIndex = anchor ? defineAnchor(anchor, id, false) : -1;
    m_stack.push_back(Frame { id, std::uint32_t(m_pending.size()), 1, 1, anchorIndex });
}

void Parser::containerEnd()
{
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    Document::Node &node = m_nodes[frame.node];
    node.childBegin = std::uint32_t(m_children.size());
    node.childCount = std::uint32_t(m_pending.size() - frame.pendingBegin);
    m_children.insert(m_children.end(), m_pending.begin() + frame.pendingBegin, m_pending.end());
    m_pending.resize(frame.pendingBegin);
    if (frame.anchor >= 0) {
        Anchor &anchor = m_anchors[std::size_t(frame.anchor)];
        anchor.expanded = frame.expanded;
        anchor.height = frame.height;
        anchor.complete = true;
    }
    attach(frame.node, frame.expanded, frame.height);
}

void Parser::alias(const yaml_event_t &event)
{
    m_anchorKey.assign(reinterpret_cast<const char *>(event.data.alias.anchor));
    const auto name = [this] { return QString::fromStdString(m_anchorKey); };
    const auto it = m_anchorByName.find(m_anchorKey);
    if (it == m_anchorByName.end()) {
        fail(event.start_mark,
             QCoreApplication::translate("atrium::yaml", "alias *%1 refers to an unknown anchor").arg(name()));
        return;
    }
    const Anchor anchor = m_anchors[it->second];
    if (!anchor.complete) {
        fail(event.start_mark,
             QCoreApplication::translate("atrium::yaml", "alias *%1 refers to a node that contains it").arg(name()));
        return;
    }
    // Walkers recurse over the expanded tree, so an alias must not nest it deeper than maxDepth either.
    if (m_stack.size() + anchor.height > std::size_t(std::max(m_limits.maxDepth, 0))) {
        fail(event.start_mark,
             QCoreApplication::translate("atrium::yaml", "alias *%1 nests deeper than %2 levels")
                 .arg(name())
                 .arg(m_limits.maxDepth));
        return;
    }
    if (!countExpanded(anchor.expanded, event.start_mark))
        return;
    attach(anchor.node, anchor.expanded, anchor.height);
}

// Every node counts once where it appears and again wherever an alias repeats it, so the running
// total is the size of the document with aliases expanded; checking it as it grows stops a
// billion-laughs file at the first alias that crosses the limit.
bool Parser::countExpanded(std::uint64_t nodes, const yaml_mark_t &mark)
{
    m_expandedTotal += nodes;
    if (m_expandedTotal > std::uint64_t(std::max<qint64>(m_limits.maxExpandedNodes, 0))) {
        fail(mark,
             QCoreApplication::translate("atrium::yaml", "document has more than %1 nodes once aliases are expanded")
                 .arg(m_limits.maxExpandedNodes));
        return false;
    }
    return true;
}

void Parser::attach(Document::NodeId id, std::uint64_t expanded, std::uint32_t height)
{
    if (m_stack.empty()) {
        m_root = id;
        return;
    }
    Frame &parent = m_stack.back();
    parent.expanded += expanded;
    parent.height = std::max(parent.height, height + 1);
    m_pending.push_back(id);
}

std::int32_t Parser::defineAnchor(const yaml_char_t *name, Document::NodeId node, bool complete)
{
    const auto index = std::uint32_t(m_anchors.size());
    m_anchors.push_back(Anchor { node, 1, 0, complete });
    // A later anchor of the same name replaces the earlier one for the aliases that follow.
    m_anchorKey.assign(reinterpret_cast<const char *>(name));
    m_anchorByName.insert_or_assign(m_anchorKey, index);
    return std::int32_t(index);
}

void Parser::fail(int line, int column, const QString &message)
{
    m_result.ok = false;
    m_result.error = Error { line, column, message };
}

void Parser::fail(const yaml_mark_t &mark, const QString &message)
{
    fail(int(mark.line) + 1, int(mark.column) + 1, message);
}

void Parser::failFromLibyaml()
{
    const QString problem = QString::fromUtf8(m_parser.problem ? m_parser.problem : "unknown error");
    switch (m_parser.error) {
    case YAML_READER_ERROR: {
        // Reader errors (bad encoding, control characters) only carry a byte offset.
        const std::size_t offset = std::min<std::size_t>(m_parser.problem_offset, std::size_t(m_input.size()));
        const char *data = m_input.constData();
        int line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < offset; ++i) {
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n'))) {
                ++line;
                lineStart = i + 1;
            }
        }
        if (line == 1 && m_input.startsWith("\xEF\xBB\xBF"))
            lineStart = std::min<std::size_t>(3, offset);
        int column = 1;
        for (std::size_t i = lineStart; i < offset; ++i) {
            if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
                ++column;
        }
        QString message = problem;
        if (m_parser.problem_value != -1) {
            const QString value =
                QString::number(m_parser.problem_value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
            message = QCoreApplication::translate("atrium::yaml", "%1 (#x%2)").arg(problem, value);
        }
        fail(line, column, message);
        return;
    }
    case YAML_SCANNER_ERROR:
    case YAML_PARSER_ERROR: {
        const yaml_mark_t &at = m_parser.problem_mark;
        const yaml_mark_t &from = m_parser.context_mark;
        QString message = problem;
        if (m_parser.context) {
            const QString context = QString::fromUtf8(m_parser.context);
            if (from.line != at.line || from.column != at.column)
                message = QCoreApplication::translate("atrium::yaml", "%1 %2 that began at line %3, column %4")
                              .arg(problem, context)
                              .arg(from.line + 1)
                              .arg(from.column + 1);
            else
                message = QCoreApplication::translate("atrium::yaml", "%1 %2").arg(problem, context);
        }
        fail(at, message);
        return;
    }
    case YAML_MEMORY_ERROR:
        fail(1, 1, QCoreApplication::translate("atrium::yaml", "out of memory"));
        return;
    default:
        fail(int(m_parser.problem_mark.line) + 1, int(m_parser.problem_mark.column) + 1, problem);
        return;
    }
}

std::string_view Document::text(NodeId id) const
{
    if (id >= m_nodes.size())
        return {};
    const Node &n = m_nodes[id];
    if (n.type != Type::Scalar && n.type != Type::Null)
        return {};
    return std::string_view(m_text.data() + n.textBegin, n.textLength);
}

QString Document::string(NodeId id) const
{
    if (id >= m_nodes.size() || m_nodes[id].type != Type::Scalar)
        return {};
    const std::string_view t = text(id);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

bool Document::isString(NodeId id) const
{
    if (id >= m_nodes.size() || m_nodes[id].type != Type::Scalar)
        return false;
    return !m_nodes[id].plain || classify(text(id)) == ScalarKind::String;
}

std::uint32_t Document::size(NodeId id) const
{
    if (id >= m_nodes.size())
        return 0;
    const Node &n = m_nodes[id];
    switch (n.type) {
    case Type::Sequence:
        return n.childCount;
    case Type::Mapping:
        return n.childCount / 2;
    case Type::Null:
    case Type::Scalar:
        break;
    }
    return 0;
}

Document::NodeId Document::item(NodeId seq, std::uint32_t i) const
{
    if (seq >= m_nodes.size() || m_nodes[seq].type != Type::Sequence || i >= m_nodes[seq].childCount)
        return InvalidNode;
    return m_children[m_nodes[seq].childBegin + i];
}

Document::NodeId Document::key(NodeId map, std::uint32_t i) const
{
    if (map >= m_nodes.size() || m_nodes[map].type != Type::Mapping || i >= m_nodes[map].childCount / 2)
        return InvalidNode;
    return m_children[m_nodes[map].childBegin + 2 * i];
}

Document::NodeId Document::value(NodeId map, std::uint32_t i) const
{
    if (map >= m_nodes.size() || m_nodes[map].type != Type::Mapping || i >= m_nodes[map].childCount / 2)
        return InvalidNode;
    return m_children[m_nodes[map].childBegin + 2 * i + 1];
}

Document::NodeId Document::get(NodeId map, std::string_view key) const
{
    if (map >= m_nodes.size() || m_nodes[map].type != Type::Mapping)
        return InvalidNode;
    const Node &n = m_nodes[map];
    // The first of duplicate keys wins, and toJson() agrees.
    for (std::uint32_t i = 0; i + 1 < n.childCount; i += 2) {
        const NodeId k = m_children[n.childBegin + i];
        const Type t = m_nodes[k].type;
        if ((t == Type::Scalar || t == Type::Null) && text(k) == key)
            return m_children[n.childBegin + i + 1];
    }
    return InvalidNode;
}

QJsonValue Document::toJson(NodeId id) const
{
    if (id >= m_nodes.size())
        return QJsonValue(QJsonValue::Undefined);

    const auto scalarJson = [this](NodeId s) -> QJsonValue {
        const Node &n = m_nodes[s];
        if (n.type == Type::Null)
            return QJsonValue(QJsonValue::Null);
        const std::string_view t = text(s);
        if (!n.plain)
            return QJsonValue(QString::fromUtf8(t.data(), qsizetype(t.size())));
        return plainScalarValue(t);
    };
    const auto isContainer = [this](NodeId n) {
        return m_nodes[n].type == Type::Sequence || m_nodes[n].type == Type::Mapping;
    };
    const auto keyText = [this, isContainer](NodeId k) -> QString {
        if (!isContainer(k)) {
            const std::string_view t = text(k);
            return QString::fromUtf8(t.data(), qsizetype(t.size()));
        }
        const QJsonValue v = toJson(k);
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    };

    if (!isContainer(id))
        return scalarJson(id);

    // Iterative so that a deep (alias-expanded) tree cannot exhaust a worker thread's stack.
    struct Frame {
        NodeId node;
        std::uint32_t next = 0;
        QJsonArray array;
        QJsonObject object;
    };
    std::vector<Frame> stack;
    stack.push_back(Frame { id, 0, {}, {} });

    const auto add = [&](Frame &frame, const QJsonValue &v) {
        const Node &n = m_nodes[frame.node];
        if (n.type == Type::Sequence) {
            frame.array.append(v);
            frame.next += 1;
        } else {
            const QString k = keyText(m_children[n.childBegin + frame.next]);
            if (!frame.object.contains(k))
                frame.object.insert(k, v);
            frame.next += 2;
        }
    };

    while (true) {
        Frame &frame = stack.back();
        const Node &n = m_nodes[frame.node];
        const bool isMapping = n.type == Type::Mapping;
        if (frame.next + (isMapping ? 1 : 0) < n.childCount) {
            const NodeId child = m_children[n.childBegin + frame.next + (isMapping ? 1 : 0)];
            if (isContainer(child))
                stack.push_back(Frame { child, 0, {}, {} });
            else
                add(frame, scalarJson(child));
            continue;
        }
        QJsonValue done = isMapping ? QJsonValue(std::move(frame.object)) : QJsonValue(std::move(frame.array));
        stack.pop_back();
        if (stack.empty())
            return done;
        add(stack.back(), done);
    }
}

ParseResult parse(const QByteArray &utf8, const Limits &limits)
{
    Parser parser(utf8, limits);
    return parser.run();
}

} // namespace atrium::yaml
