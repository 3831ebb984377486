#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace atrium::yaml {

// Limits that turn hostile input into a per-file error instead of a crash, a hang or unbounded memory.
struct Limits {
    qint64 maxFileBytes = 16 * 1024 * 1024;   // whole file
    int maxDocuments = 20000;                 // documents in one file
    int maxDepth = 64;                        // nesting of sequences/mappings
    qint64 maxScalarBytes = 1024 * 1024;      // one scalar
    qint64 maxExpandedNodes = 200000;         // nodes in one document once aliases are expanded
};

// A parse failure with its 1-based position.
struct Error {
    int line = 0;
    int column = 0;
    QString message;
};

// One YAML document as an immutable tree stored in flat arrays (no allocation per node).
// Aliases point at the anchored node, so the tree is a DAG; expandedSize() bounds what a walk costs.
class Document
{
public:
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Mapping };
    using NodeId = std::uint32_t;
    static constexpr NodeId InvalidNode = 0xffffffffu;

    struct Node {
        Type type = Type::Null;
        bool plain = true;            // scalar written without quotes (so `true`, `12`, `~` are typed)
        std::uint32_t line = 0;       // 1-based
        std::uint32_t column = 0;     // 1-based
        std::uint32_t textBegin = 0;  // scalar: offset into the text buffer
        std::uint32_t textLength = 0; // scalar: length in bytes (UTF-8)
        std::uint32_t childBegin = 0; // sequence: items; mapping: key, value, key, value...
        std::uint32_t childCount = 0; // number of NodeIds in children (mapping: 2 × pairs)
    };

    NodeId root() const { return m_root; }
    bool isEmpty() const { return m_root == InvalidNode; }
    const Node &node(NodeId id) const { return m_nodes[id]; }
    Type type(NodeId id) const { return m_nodes[id].type; }

    // Scalars. text() is the raw UTF-8 text; a plain `~`/`null`/empty scalar has type Null.
    std::string_view text(NodeId id) const;
    QString string(NodeId id) const;        // scalar as QString; empty for non-scalars
    bool isString(NodeId id) const;         // a scalar that the core schema does not read as null/bool/number

    // Containers.
    std::uint32_t size(NodeId id) const;    // items of a sequence, pairs of a mapping
    NodeId item(NodeId seq, std::uint32_t i) const;
    NodeId key(NodeId map, std::uint32_t i) const;
    NodeId value(NodeId map, std::uint32_t i) const;
    NodeId get(NodeId map, std::string_view key) const;   // InvalidNode when absent or not a mapping

    // First line (1-based) and the line after the last of this document in its file.
    int firstLine() const { return m_firstLine; }
    int endLine() const { return m_endLine; }
    std::uint64_t expandedSize() const { return m_expandedSize; }

    // YAML 1.2 core schema conversion (plain `true`→bool, `12`→number, `~`→null, quoted→string).
    QJsonValue toJson(NodeId id) const;

private:
    friend class Parser;
    std::vector<Node> m_nodes;
    std::vector<NodeId> m_children;
    std::string m_text;
    NodeId m_root = InvalidNode;
    int m_firstLine = 1;
    int m_endLine = 1;
    std::uint64_t m_expandedSize = 0;
};

// Result of parsing one file: every document, or the first error (then documents is empty:
// a file is all good or all bad, so a broken edit never half-replaces entities).
struct ParseResult {
    std::vector<Document> documents;
    bool ok = true;
    Error error;
};

// Parses multi-document YAML with libyaml under the given limits. Never throws.
ParseResult parse(const QByteArray &utf8, const Limits &limits = {});

} // namespace atrium::yaml
