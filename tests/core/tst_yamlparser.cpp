#include "yaml/yamldocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using atrium::yaml::Document;
using atrium::yaml::Limits;
using atrium::yaml::ParseResult;

namespace {

ParseResult parseText(const char *yaml, const Limits &limits = {})
{
    return atrium::yaml::parse(QByteArray(yaml), limits);
}

ParseResult parseFixture(const char *name)
{
    QFile file(QStringLiteral(ATRIUM_TEST_FIXTURES "/yaml/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return atrium::yaml::parse(file.readAll());
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM), or -1 where there is no procfs.
qint64 readStatusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool runsUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool runsUnderAddressSanitizer = true;
#else
constexpr bool runsUnderAddressSanitizer = false;
#endif
#else
constexpr bool runsUnderAddressSanitizer = false;
#endif

// Lets VmHWM measure one call rather than the whole test run (Linux 4.0+; a no-op elsewhere).
void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

} // namespace

class TestYamlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainScalarsAreTypedByTheCoreSchema_data();
    void plainScalarsAreTypedByTheCoreSchema();
    void quotedScalarsAreAlwaysStrings();
    void strTagForcesAStringAndOtherTagsAreIgnored();
    void blockScalarsKeepTheirFoldedText();
    void nestedMapsAndSequencesReportLineAndColumn();
    void columnsCountCharactersNotBytes();
    void getFindsTheFirstOfDuplicateKeys();
    void accessorsReturnInvalidNodeForTheWrongShape();
    void toJsonConvertsTheWholeTree();
    void multiDocumentFileGivesEachDocumentItsLineSpan();
    void bareMarkerOrCommentOnlyDocumentIsEmpty();
    void emptyFileHasNoDocuments();
    void aliasesShareTheAnchoredNode();
    void redefinedAnchorAppliesToLaterAliases();
    void anchorsDoNotReachIntoLaterDocuments();
    void fileLargerThanMaxFileBytesFailsBeforeParsing();
    void moreDocumentsThanMaxDocumentsFailsAtTheExtraDocument();
    void nestingDeeperThanMaxDepthFailsAtTheOpeningBracket();
    void aliasThatNestsDeeperThanMaxDepthFails();
    void scalarLargerThanMaxScalarBytesFails();
    void expansionBeyondMaxExpandedNodesFailsAtTheAlias();
    void aliasBombFailsOnExpansion();
    void hundredThousandNestedSequencesFailFast();
    void fiftyMegabyteScalarFailsOnFileSizeThenOnScalarSize();
    void invalidUtf8IsReportedOnItsLine();
    void invalidUtf8DeepInALargeFileIsReportedOnItsLine();
    void cyclicAliasFails();
    void unknownAliasFails();
    void tabIndentationFails();
    void unclosedQuoteFailsWhereTheStreamEndsAndSaysWhereItBegan();
    void anErrorInALaterDocumentDiscardsTheWholeFile();
};

void TestYamlParser::plainScalarsAreTypedByTheCoreSchema_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("isString");
    QTest::addColumn<QJsonValue>("json");

    const int null = int(Document::Type::Null);
    const int scalar = int(Document::Type::Scalar);
    QTest::newRow("tilde") << QByteArray("~") << null << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("null") << QByteArray("null") << null << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("Null") << QByteArray("Null") << null << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("NULL") << QByteArray("NULL") << null << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty") << QByteArray("") << null << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("true") << QByteArray("true") << scalar << false << QJsonValue(true);
    QTest::newRow("True") << QByteArray("True") << scalar << false << QJsonValue(true);
    QTest::newRow("FALSE") << QByteArray("FALSE") << scalar << false << QJsonValue(false);
    QTest::newRow("decimal") << QByteArray("42") << scalar << false << QJsonValue(42);
    QTest::newRow("negative") << QByteArray("-17") << scalar << false << QJsonValue(-17);
    QTest::newRow("plus sign") << QByteArray("+7") << scalar << false << QJsonValue(7);
    QTest::newRow("leading zero is decimal") << QByteArray("012") << scalar << false << QJsonValue(12);
    QTest::newRow("hex") << QByteArray("0x1F") << scalar << false << QJsonValue(31);
    QTest::newRow("octal") << QByteArray("0o17") << scalar << false << QJsonValue(15);
    QTest::newRow("int64") << QByteArray("9007199254740993") << scalar << false
                           << QJsonValue(qint64(9007199254740993LL));
    QTest::newRow("float") << QByteArray("1.5") << scalar << false << QJsonValue(1.5);
    QTest::newRow("float without integer") << QByteArray("-.5") << scalar << false << QJsonValue(-0.5);
    QTest::newRow("exponent") << QByteArray("1e3") << scalar << false << QJsonValue(1000.0);
    QTest::newRow("inf") << QByteArray(".inf") << scalar << false << QJsonValue(qInf());
    QTest::newRow("negative Inf") << QByteArray("-.Inf") << scalar << false << QJsonValue(-qInf());
    QTest::newRow("nan") << QByteArray(".NaN") << scalar << false << QJsonValue(qQNaN());
    QTest::newRow("word") << QByteArray("service") << scalar << true << QJsonValue(QStringLiteral("service"));
    QTest::newRow("yes is not a bool in 1.2") << QByteArray("yes") << scalar << true
                                              << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("on is not a bool in 1.2") << QByteArray("on") << scalar << true
                                             << QJsonValue(QStringLiteral("on"));
    QTest::newRow("mixed-case null") << QByteArray("nULL") << scalar << true << QJsonValue(QStringLiteral("nULL"));
    QTest::newRow("version") << QByteArray("1.2.3") << scalar << true << QJsonValue(QStringLiteral("1.2.3"));
    QTest::newRow("hex prefix only") << QByteArray("0x") << scalar << true << QJsonValue(QStringLiteral("0x"));
    QTest::newRow("signed hex") << QByteArray("-0x1F") << scalar << true << QJsonValue(QStringLiteral("-0x1F"));
    QTest::newRow("digits then letters") << QByteArray("12abc") << scalar << true
                                         << QJsonValue(QStringLiteral("12abc"));
    QTest::newRow("dot alone") << QByteArray(".") << scalar << true << QJsonValue(QStringLiteral("."));
    QTest::newRow("truely") << QByteArray("truely") << scalar << true << QJsonValue(QStringLiteral("truely"));
}

void TestYamlParser::plainScalarsAreTypedByTheCoreSchema()
{
    QFETCH(QByteArray, text);
    QFETCH(int, type);
    QFETCH(bool, isString);
    QFETCH(QJsonValue, json);

    const ParseResult result = atrium::yaml::parse("value: " + text + "\n");
    QVERIFY(result.ok);
    QCOMPARE(result.documents.size(), std::size_t(1));
    const Document &doc = result.documents[0];
    const Document::NodeId value = doc.get(doc.root(), "value");
    QVERIFY(value != Document::InvalidNode);
    QCOMPARE(int(doc.type(value)), type);
    QVERIFY(doc.node(value).plain);
    QCOMPARE(doc.isString(value), isString);
    QCOMPARE(QByteArray(doc.text(value).data(), qsizetype(doc.text(value).size())), text);
    const QJsonValue actual = doc.toJson(value);
    if (json.isDouble() && std::isnan(json.toDouble()))
        QVERIFY(actual.isDouble() && std::isnan(actual.toDouble()));
    else
        QCOMPARE(actual, json);
}

void TestYamlParser::quotedScalarsAreAlwaysStrings()
{
    const ParseResult result = parseText("a: 'true'\nb: \"12\"\nc: '~'\nd: \"\"\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const char *keys[] = { "a", "b", "c", "d" };
    const char *texts[] = { "true", "12", "~", "" };
    for (int i = 0; i < 4; ++i) {
        const Document::NodeId id = doc.get(doc.root(), keys[i]);
        QCOMPARE(doc.type(id), Document::Type::Scalar);
        QVERIFY(!doc.node(id).plain);
        QVERIFY(doc.isString(id));
        QCOMPARE(doc.string(id), QString::fromLatin1(texts[i]));
        QCOMPARE(doc.toJson(id), QJsonValue(QString::fromLatin1(texts[i])));
    }
}

void TestYamlParser::strTagForcesAStringAndOtherTagsAreIgnored()
{
    const ParseResult result = parseText("a: !!str 12\nb: ! true\nc: !custom 12\nd: !!str\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const Document::NodeId a = doc.get(doc.root(), "a");
    QVERIFY(doc.isString(a));
    QCOMPARE(doc.toJson(a), QJsonValue(QStringLiteral("12")));
    QCOMPARE(doc.toJson(doc.get(doc.root(), "b")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(doc.toJson(doc.get(doc.root(), "c")), QJsonValue(12));
    const Document::NodeId d = doc.get(doc.root(), "d");
    QCOMPARE(doc.type(d), Document::Type::Scalar);
    QCOMPARE(doc.toJson(d), QJsonValue(QString()));
}

void TestYamlParser::blockScalarsKeepTheirFoldedText()
{
    const ParseResult result = parseText("literal: |\n  line one\n  line two\nfolded: >-\n  folded\n  text\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const Document::NodeId literal = doc.get(doc.root(), "literal");
    QCOMPARE(doc.string(literal), QStringLiteral("line one\nline two\n"));
    QVERIFY(!doc.node(literal).plain);
    QVERIFY(doc.isString(literal));
    QCOMPARE(doc.string(doc.get(doc.root(), "folded")), QStringLiteral("folded text"));
}

void TestYamlParser::nestedMapsAndSequencesReportLineAndColumn()
{
    const ParseResult result = parseText("apiVersion: v1\n"
                                         "metadata:\n"
                                         "  name: svc\n"
                                         "  tags: [a, \"b\"]\n"
                                         "spec:\n"
                                         "  dependsOn:\n"
                                         "    - component:x\n"
                                         "    - name: y\n"
                                         "      kind: z\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const auto position = [&doc](Document::NodeId id) {
        return qMakePair(int(doc.node(id).line), int(doc.node(id).column));
    };

    const Document::NodeId root = doc.root();
    QCOMPARE(doc.type(root), Document::Type::Mapping);
    QCOMPARE(position(root), qMakePair(1, 1));
    QCOMPARE(doc.size(root), 3u);
    QCOMPARE(doc.text(doc.key(root, 2)), std::string_view("spec"));
    QCOMPARE(position(doc.key(root, 2)), qMakePair(5, 1));

    const Document::NodeId metadata = doc.get(root, "metadata");
    QCOMPARE(doc.type(metadata), Document::Type::Mapping);
    QCOMPARE(position(metadata), qMakePair(3, 3));
    QCOMPARE(position(doc.get(metadata, "name")), qMakePair(3, 9));

    const Document::NodeId tags = doc.get(metadata, "tags");
    QCOMPARE(doc.type(tags), Document::Type::Sequence);
    QCOMPARE(position(tags), qMakePair(4, 9));
    QCOMPARE(doc.size(tags), 2u);
    QCOMPARE(doc.string(doc.item(tags, 1)), QStringLiteral("b"));
    QCOMPARE(position(doc.item(tags, 1)), qMakePair(4, 13));

    const Document::NodeId dependsOn = doc.get(doc.get(root, "spec"), "dependsOn");
    QCOMPARE(doc.type(dependsOn), Document::Type::Sequence);
    QCOMPARE(position(dependsOn), qMakePair(7, 5));
    QCOMPARE(doc.string(doc.item(dependsOn, 0)), QStringLiteral("component:x"));
    QCOMPARE(position(doc.item(dependsOn, 0)), qMakePair(7, 7));
    const Document::NodeId second = doc.item(dependsOn, 1);
    QCOMPARE(doc.type(second), Document::Type::Mapping);
    QCOMPARE(position(second), qMakePair(8, 7));
    QCOMPARE(position(doc.get(second, "kind")), qMakePair(9, 13));
    QCOMPARE(doc.expandedSize(), std::uint64_t(21));
}

void TestYamlParser::columnsCountCharactersNotBytes()
{
    const ParseResult result = parseText("k: [caf\xC3\xA9, x]\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const Document::NodeId list = doc.get(doc.root(), "k");
    QCOMPARE(doc.string(doc.item(list, 0)), QStringLiteral("caf\u00e9"));
    QCOMPARE(doc.node(doc.item(list, 1)).column, 11u);
}

void TestYamlParser::getFindsTheFirstOfDuplicateKeys()
{
    const ParseResult result = parseText("name: first\nname: second\nother: 1\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    QCOMPARE(doc.size(doc.root()), 3u);
    QCOMPARE(doc.string(doc.get(doc.root(), "name")), QStringLiteral("first"));
    QCOMPARE(doc.toJson(doc.root()).toObject().value(QStringLiteral("name")), QJsonValue(QStringLiteral("first")));
    QCOMPARE(doc.get(doc.root(), "missing"), Document::InvalidNode);
}

void TestYamlParser::accessorsReturnInvalidNodeForTheWrongShape()
{
    const ParseResult result = parseText("list: [a]\nmap: {k: v}\nscalar: s\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const Document::NodeId list = doc.get(doc.root(), "list");
    const Document::NodeId map = doc.get(doc.root(), "map");
    const Document::NodeId scalar = doc.get(doc.root(), "scalar");
    QCOMPARE(doc.item(list, 1), Document::InvalidNode);
    QCOMPARE(doc.item(map, 0), Document::InvalidNode);
    QCOMPARE(doc.key(map, 1), Document::InvalidNode);
    QCOMPARE(doc.value(list, 0), Document::InvalidNode);
    QCOMPARE(doc.get(list, "a"), Document::InvalidNode);
    QCOMPARE(doc.get(Document::InvalidNode, "a"), Document::InvalidNode);
    QCOMPARE(doc.size(scalar), 0u);
    QCOMPARE(doc.size(Document::InvalidNode), 0u);
    QCOMPARE(doc.string(map), QString());
    QVERIFY(doc.text(list).empty());
    QVERIFY(!doc.isString(list));
    QVERIFY(doc.toJson(Document::InvalidNode).isUndefined());
}

void TestYamlParser::toJsonConvertsTheWholeTree()
{
    const ParseResult result = parseText("metadata:\n"
                                         "  name: svc\n"
                                         "  tags: [a, 'true', 3]\n"
                                         "  empty:\n"
                                         "? [x, y]\n"
                                         ": complex key\n"
                                         "nested: [[1, {deep: [null]}]]\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "metadata": {"name": "svc", "tags": ["a", "true", 3], "empty": null},
        "[\"x\",\"y\"]": "complex key",
        "nested": [[1, {"deep": [null]}]]
    })").object();
    QCOMPARE(doc.toJson(doc.root()).toObject(), expected);
}

void TestYamlParser::multiDocumentFileGivesEachDocumentItsLineSpan()
{
    const ParseResult result = parseText("# leading comment\n" // 1
                                         "apiVersion: v1\n"    // 2
                                         "kind: Component\n"   // 3
                                         "---\n"               // 4
                                         "kind: API\n"         // 5
                                         "...\n"               // 6
                                         "# between\n"         // 7
                                         "--- plain scalar\n"  // 8
                                         "---\n"               // 9
                                         "kind: Group");       // 10, no final newline
    QVERIFY(result.ok);
    QCOMPARE(result.documents.size(), std::size_t(4));
    const int spans[4][2] = { { 2, 4 }, { 4, 7 }, { 8, 9 }, { 9, 11 } };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.documents[i].firstLine(), spans[i][0]);
        QCOMPARE(result.documents[i].endLine(), spans[i][1]);
    }
    QCOMPARE(result.documents[0].string(result.documents[0].get(result.documents[0].root(), "kind")),
             QStringLiteral("Component"));
    QCOMPARE(result.documents[1].string(result.documents[1].get(result.documents[1].root(), "kind")),
             QStringLiteral("API"));
    QCOMPARE(result.documents[2].string(result.documents[2].root()), QStringLiteral("plain scalar"));
    QCOMPARE(result.documents[3].node(result.documents[3].root()).line, 10u);
}

void TestYamlParser::bareMarkerOrCommentOnlyDocumentIsEmpty()
{
    const ParseResult result = parseText("---\n---\n# only a comment\n---\n~\n---\n''\n");
    QVERIFY(result.ok);
    QCOMPARE(result.documents.size(), std::size_t(4));
    QVERIFY(result.documents[0].isEmpty());
    QCOMPARE(result.documents[0].root(), Document::InvalidNode);
    QCOMPARE(result.documents[0].expandedSize(), std::uint64_t(0));
    QVERIFY(result.documents[1].isEmpty());
    QCOMPARE(result.documents[1].firstLine(), 2);
    QCOMPARE(result.documents[1].endLine(), 4);
    // An explicit null or an empty quoted string is content, not an empty document.
    QVERIFY(!result.documents[2].isEmpty());
    QCOMPARE(result.documents[2].type(result.documents[2].root()), Document::Type::Null);
    QVERIFY(!result.documents[3].isEmpty());
    QVERIFY(result.documents[3].isString(result.documents[3].root()));
}

void TestYamlParser::emptyFileHasNoDocuments()
{
    const ParseResult empty = parseFixture("empty.yaml");
    QVERIFY(empty.ok);
    QCOMPARE(empty.documents.size(), std::size_t(0));

    const ParseResult commentsOnly = parseText("# nothing here yet\n\n   \n");
    QVERIFY(commentsOnly.ok);
    QCOMPARE(commentsOnly.documents.size(), std::size_t(0));
}

void TestYamlParser::aliasesShareTheAnchoredNode()
{
    const ParseResult result = parseText("base: &base {owner: team-a, lifecycle: production}\n"
                                         "first: *base\n"
                                         "second: *base\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    const Document::NodeId base = doc.get(doc.root(), "base");
    QCOMPARE(doc.type(base), Document::Type::Mapping);
    QCOMPARE(doc.get(doc.root(), "first"), base);
    QCOMPARE(doc.get(doc.root(), "second"), base);
    // Root, three keys, and the five-node mapping three times over.
    QCOMPARE(doc.expandedSize(), std::uint64_t(1 + 3 + 3 * 5));
    const QJsonObject json = doc.toJson(doc.root()).toObject();
    QCOMPARE(json.value(QStringLiteral("second")).toObject().value(QStringLiteral("owner")),
             QJsonValue(QStringLiteral("team-a")));
}

void TestYamlParser::redefinedAnchorAppliesToLaterAliases()
{
    const ParseResult result = parseText("a: &x [1, 2]\nb: *x\nc: &x 3\nd: *x\n");
    QVERIFY(result.ok);
    const Document &doc = result.documents.at(0);
    QCOMPARE(doc.get(doc.root(), "b"), doc.get(doc.root(), "a"));
    QCOMPARE(doc.get(doc.root(), "d"), doc.get(doc.root(), "c"));
    QCOMPARE(doc.toJson(doc.get(doc.root(), "d")), QJsonValue(3));
}

void TestYamlParser::anchorsDoNotReachIntoLaterDocuments()
{
    const ParseResult result = parseText("a: &x 1\n---\nb: *x\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 3);
    QCOMPARE(result.error.column, 4);
    QVERIFY2(result.error.message.contains(QLatin1String("*x")), qPrintable(result.error.message));
}

void TestYamlParser::fileLargerThanMaxFileBytesFailsBeforeParsing()
{
    Limits limits;
    limits.maxFileBytes = 10;
    // Also broken YAML: the size check must come first.
    const ParseResult tooLarge = parseText("a: \"12345678\n", limits);
    QVERIFY(!tooLarge.ok);
    QVERIFY(tooLarge.documents.empty());
    QCOMPARE(tooLarge.error.line, 1);
    QCOMPARE(tooLarge.error.column, 1);
    QCOMPARE(tooLarge.error.message, QStringLiteral("file is 13 bytes, larger than the limit of 10 bytes"));

    QVERIFY(parseText("a: 123456\n", limits).ok);
}

void TestYamlParser::moreDocumentsThanMaxDocumentsFailsAtTheExtraDocument()
{
    Limits limits;
    limits.maxDocuments = 2;
    const ParseResult result = parseText("a: 1\n---\nb: 2\n---\nc: 3\n", limits);
    QVERIFY(!result.ok);
    QVERIFY(result.documents.empty());
    QCOMPARE(result.error.line, 4);
    QCOMPARE(result.error.column, 1);
    QCOMPARE(result.error.message, QStringLiteral("more than 2 documents in one file"));

    QCOMPARE(parseText("a: 1\n---\nb: 2\n", limits).documents.size(), std::size_t(2));
}

void TestYamlParser::nestingDeeperThanMaxDepthFailsAtTheOpeningBracket()
{
    Limits limits;
    limits.maxDepth = 3;
    const ParseResult result = parseText("a:\n  b:\n    c: [x]\n", limits);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 3);
    QCOMPARE(result.error.column, 8);
    QCOMPARE(result.error.message, QStringLiteral("nesting deeper than 3 levels"));

    QVERIFY(parseText("a:\n  b:\n    c: x\n", limits).ok);
}

void TestYamlParser::aliasThatNestsDeeperThanMaxDepthFails()
{
    Limits limits;
    limits.maxDepth = 3;
    // The anchored value fits at depth 2, but repeating it one level deeper would reach depth 4.
    const ParseResult result = parseText("a: &x [[1]]\nb: [*x]\n", limits);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 2);
    QCOMPARE(result.error.column, 5);
    QCOMPARE(result.error.message, QStringLiteral("alias *x nests deeper than 3 levels"));

    QVERIFY(parseText("a: &x [[1]]\nb: *x\n", limits).ok);
}

void TestYamlParser::scalarLargerThanMaxScalarBytesFails()
{
    Limits limits;
    limits.maxScalarBytes = 4;
    const ParseResult result = parseText("ok: abcd\nbig: abcde\n", limits);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 2);
    QCOMPARE(result.error.column, 6);
    QCOMPARE(result.error.message, QStringLiteral("scalar of 5 bytes is larger than the limit of 4 bytes"));
}

void TestYamlParser::expansionBeyondMaxExpandedNodesFailsAtTheAlias()
{
    Limits limits;
    limits.maxExpandedNodes = 10;
    // Root, key a, the four-node list, key b, then the alias repeats four nodes: 11.
    const char *yaml = "a: &x [1, 2, 3]\nb: *x\n";
    const ParseResult result = parseText(yaml, limits);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 2);
    QCOMPARE(result.error.column, 4);
    QCOMPARE(result.error.message, QStringLiteral("document has more than 10 nodes once aliases are expanded"));

    limits.maxExpandedNodes = 11;
    const ParseResult fits = parseText(yaml, limits);
    QVERIFY(fits.ok);
    QCOMPARE(fits.documents.at(0).expandedSize(), std::uint64_t(11));
}

void TestYamlParser::aliasBombFailsOnExpansion()
{
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = parseFixture("alias-bomb.yaml");
    QVERIFY(!result.ok);
    QVERIFY(result.documents.empty());
    // The second `*e` on line 7 is the first alias to push the expansion past 200000 nodes.
    QCOMPARE(result.error.line, 7);
    QCOMPARE(result.error.column, 12);
    QCOMPARE(result.error.message, QStringLiteral("document has more than 200000 nodes once aliases are expanded"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestYamlParser::hundredThousandNestedSequencesFailFast()
{
    const int depth = 100000;
    const QByteArray yaml = QByteArray(depth, '[') + QByteArray(depth, ']') + '\n';
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = atrium::yaml::parse(yaml);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 1);
    QCOMPARE(result.error.column, Limits().maxDepth + 1);
    QCOMPARE(result.error.message, QStringLiteral("nesting deeper than 64 levels"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestYamlParser::fiftyMegabyteScalarFailsOnFileSizeThenOnScalarSize()
{
    const qsizetype scalarBytes = 50 * 1024 * 1024;
    QByteArray yaml;
    yaml.reserve(scalarBytes + 16);
    yaml.append("blob: ");
    yaml.append(scalarBytes, 'x');
    yaml.append('\n');

    const ParseResult tooLarge = atrium::yaml::parse(yaml);
    QVERIFY(!tooLarge.ok);
    QCOMPARE(tooLarge.error.line, 1);
    QCOMPARE(tooLarge.error.column, 1);
    QCOMPARE(tooLarge.error.message, QStringLiteral("file is %1 bytes, larger than the limit of %2 bytes")
                                         .arg(yaml.size())
                                         .arg(Limits().maxFileBytes));

    Limits limits;
    limits.maxFileBytes = 64 * 1024 * 1024;
    resetPeakRss();
    const qint64 rssBefore = readStatusKiB("VmRSS:");
    const ParseResult tooLong = atrium::yaml::parse(yaml, limits);
    const qint64 peak = readStatusKiB("VmHWM:");
    QVERIFY(!tooLong.ok);
    QVERIFY(tooLong.documents.empty());
    QCOMPARE(tooLong.error.line, 1);
    QCOMPARE(tooLong.error.column, 7);
    QCOMPARE(tooLong.error.message, QStringLiteral("scalar of %1 bytes is larger than the limit of %2 bytes")
                                        .arg(scalarBytes)
                                        .arg(Limits().maxScalarBytes));
    // libyaml itself must buffer the scalar (growing by doubling to 64 MiB); nothing may copy it again.
    // AddressSanitizer's realloc copies and quarantines every block, so the bound only holds without it.
    if (rssBefore > 0 && peak > 0 && !runsUnderAddressSanitizer)
        QVERIFY2(peak - rssBefore < 100 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - rssBefore)));
}

void TestYamlParser::invalidUtf8IsReportedOnItsLine()
{
    const ParseResult result = parseFixture("invalid-utf8.yaml");
    QVERIFY(!result.ok);
    QVERIFY(result.documents.empty());
    QCOMPARE(result.error.line, 5);
    QCOMPARE(result.error.column, 19);
    QCOMPARE(result.error.message, QStringLiteral("invalid leading UTF-8 octet (#xFF)"));
}

void TestYamlParser::invalidUtf8DeepInALargeFileIsReportedOnItsLine()
{
    // Well past libyaml's input buffer, so the offset is not relative to a chunk.
    QByteArray yaml;
    for (int i = 1; i < 5000; ++i)
        yaml += "key" + QByteArray::number(i) + ": caf\xC3\xA9 value\n";
    yaml += "bad: caf\xC3 x\n";
    const ParseResult result = atrium::yaml::parse(yaml);
    QVERIFY(!result.ok);
    // The position is the byte that breaks the sequence: the space after the lone lead byte.
    QCOMPARE(result.error.line, 5000);
    QCOMPARE(result.error.column, 10);
    QCOMPARE(result.error.message, QStringLiteral("invalid trailing UTF-8 octet (#x20)"));
}

void TestYamlParser::cyclicAliasFails()
{
    const ParseResult result = parseFixture("cyclic-alias.yaml");
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 5);
    QCOMPARE(result.error.column, 12);
    QCOMPARE(result.error.message, QStringLiteral("alias *node refers to a node that contains it"));
}

void TestYamlParser::unknownAliasFails()
{
    const ParseResult result = parseFixture("unknown-alias.yaml");
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 3);
    QCOMPARE(result.error.column, 10);
    QCOMPARE(result.error.message, QStringLiteral("alias *team refers to an unknown anchor"));
}

void TestYamlParser::tabIndentationFails()
{
    const ParseResult result = parseFixture("tab-indentation.yaml");
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 2);
    QCOMPARE(result.error.column, 1);
    QCOMPARE(result.error.message,
             QStringLiteral("found character that cannot start any token while scanning for the next token"));
}

void TestYamlParser::unclosedQuoteFailsWhereTheStreamEndsAndSaysWhereItBegan()
{
    const ParseResult result = parseFixture("unclosed-quote.yaml");
    QVERIFY(!result.ok);
    QCOMPARE(result.error.line, 4);
    QCOMPARE(result.error.column, 1);
    QCOMPARE(result.error.message, QStringLiteral("found unexpected end of stream while scanning a quoted scalar "
                                                  "that began at line 2, column 9"));
}

void TestYamlParser::anErrorInALaterDocumentDiscardsTheWholeFile()
{
    const ParseResult result = parseText("kind: Component\n---\nkind: API\n---\nkind: [unclosed\n");
    QVERIFY(!result.ok);
    QVERIFY(result.documents.empty());
    QCOMPARE(result.error.line, 6);
}

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
