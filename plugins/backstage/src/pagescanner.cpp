#include "pagescanner.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <string_view>
#include <vector>

namespace atrium::backstage {

namespace {

// Deeper than any entity; the cap keeps hostile input from growing the reader's stack.
constexpr int MaxDepth = 256;

enum class Role {
    Root,
    Items,     // root.items
    Item,      // root.items[i]
    Metadata,  // root.items[i].metadata
    PageInfo,  // root.pageInfo
    Other,
};

struct Frame
{
    Role role;
    bool object;
    std::string_view key; // the current member's key (objects); valid until the next key
    std::string keyStorage;
};

QString text(const char *data, rapidjson::SizeType length)
{
    return QString::fromUtf8(data, qsizetype(length));
}

// Receives the reader's events. In iterative mode StartObject() and EndObject() are called with
// the stream at '{' and '}', which is how an item's slice is found.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(const QByteArray &body, rapidjson::StringStream &stream, ScannedPage &page)
        : m_body(body), m_stream(stream), m_page(page)
    {
        m_frames.reserve(16);
    }

    bool tooDeep = false;

    bool Key(const char *data, rapidjson::SizeType length, bool copy)
    {
        Frame &top = m_frames.back();
        if (copy) {
            top.keyStorage.assign(data, length);
            top.key = top.keyStorage;
        } else {
            top.key = std::string_view(data, length);
        }
        return true;
    }

    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }

    bool EndObject(rapidjson::SizeType)
    {
        if (m_frames.back().role == Role::Item) {
            const qsizetype end = qsizetype(m_stream.Tell()) + 1;
            ScannedEntity &entity = m_page.items.last();
            entity.json = QByteArray(m_body.constData() + m_itemStart, end - m_itemStart);
            if (!m_namespaceIsString)
                entity.nameSpace = QStringLiteral("default"); // Backstage's rule
        }
        m_frames.pop_back();
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        m_frames.pop_back();
        return true;
    }

    bool String(const char *data, rapidjson::SizeType length, bool)
    {
        if (m_frames.empty())
            return scalarRoot();
        const Frame &top = m_frames.back();
        switch (top.role) {
        case Role::Root:
            if (top.key == "items")
                m_page.problem = worst(Problem::NoItems);
            else if (top.key == "totalItems")
                m_page.problem = worst(Problem::BadTotal);
            else if (top.key == "pageInfo")
                m_page.problem = worst(Problem::BadPageInfo);
            break;
        case Role::Items:
            notAnObject();
            break;
        case Role::Item:
            if (top.key == "kind")
                m_page.items.last().kind = text(data, length);
            break;
        case Role::Metadata: {
            ScannedEntity &entity = m_page.items.last();
            if (top.key == "name")
                entity.name = text(data, length);
            else if (top.key == "namespace") {
                entity.nameSpace = text(data, length);
                m_namespaceIsString = true;
            }
            else if (top.key == "uid")
                entity.uid = text(data, length);
            else if (top.key == "etag")
                entity.etag = text(data, length);
            break;
        }
        case Role::PageInfo:
            if (top.key == "nextCursor")
                m_page.nextCursor = text(data, length);
            break;
        case Role::Other:
            break;
        }
        return true;
    }

    bool Null() { return scalar(Kind::Null, 0); }
    bool Bool(bool) { return scalar(Kind::Other, 0); }
    bool Int(int i) { return scalar(Kind::Number, double(i)); }
    bool Uint(unsigned u) { return scalar(Kind::Number, double(u)); }
    bool Int64(int64_t i) { return scalar(Kind::Number, double(i)); }
    bool Uint64(uint64_t u) { return scalar(Kind::Number, double(u)); }
    bool Double(double d) { return scalar(Kind::Number, d); }

private:
    using Problem = ScannedPage::Problem;
    enum class Kind { Null, Number, Other };

    // The first problem in the order the client reports them (items before totals before cursors).
    Problem worst(Problem found) const
    {
        if (m_page.problem == Problem::None || int(found) < int(m_page.problem))
            return found;
        return m_page.problem;
    }

    bool scalarRoot()
    {
        m_page.problem = Problem::NotAnObject;
        return true;
    }

    void notAnObject()
    {
        ScannedEntity entity;
        entity.isObject = false;
        m_page.items.append(entity);
    }

    bool scalar(Kind kind, double number)
    {
        if (m_frames.empty())
            return scalarRoot();
        Frame &top = m_frames.back();
        switch (top.role) {
        case Role::Root:
            if (top.key == "items") {
                m_page.problem = worst(Problem::NoItems);
            } else if (top.key == "totalItems") {
                if (kind == Kind::Number && number >= 0)
                    m_page.totalItems = qint64(number);
                else
                    m_page.problem = worst(Problem::BadTotal);
            } else if (top.key == "pageInfo" && kind != Kind::Null) {
                m_page.problem = worst(Problem::BadPageInfo);
            }
            break;
        case Role::Items:
            notAnObject();
            break;
        default:
            notAString(top, kind == Kind::Null);
            break;
        }
        return true;
    }

    // A member the reader takes as a string has another value: a later member replaces an earlier
    // one, as in a parsed object. A null cursor is no cursor; anything else is an error.
    void notAString(const Frame &frame, bool isNull)
    {
        switch (frame.role) {
        case Role::Item:
            if (frame.key == "kind")
                m_page.items.last().kind.clear();
            break;
        case Role::Metadata:
            if (frame.key == "name")
                m_page.items.last().name.clear();
            else if (frame.key == "namespace")
                m_namespaceIsString = false;
            break;
        case Role::PageInfo:
            if (frame.key == "nextCursor") {
                m_page.nextCursor.clear();
                if (!isNull)
                    m_page.problem = worst(Problem::BadNextCursor);
            }
            break;
        default:
            break;
        }
    }

    bool start(bool object)
    {
        if (int(m_frames.size()) >= MaxDepth) {
            tooDeep = true;
            return false;
        }
        Role role = Role::Other;
        if (m_frames.empty()) {
            if (!object)
                m_page.problem = Problem::NotAnObject;
            role = object ? Role::Root : Role::Other;
        } else {
            const Frame &parent = m_frames.back();
            switch (parent.role) {
            case Role::Root:
                if (parent.key == "items") {
                    if (object) {
                        m_page.problem = worst(Problem::NoItems);
                    } else {
                        role = Role::Items;
                        m_page.items.clear(); // a repeated key: the last one counts
                        m_sawItems = true;
                    }
                } else if (parent.key == "pageInfo") {
                    if (object) {
                        role = Role::PageInfo;
                        m_page.nextCursor.clear();
                    } else {
                        m_page.problem = worst(Problem::BadPageInfo);
                    }
                } else if (parent.key == "totalItems") {
                    m_page.problem = worst(Problem::BadTotal);
                }
                break;
            case Role::Items:
                if (object) {
                    role = Role::Item;
                    m_itemStart = qsizetype(m_stream.Tell());
                    m_namespaceIsString = false;
                    m_page.items.append(ScannedEntity());
                } else {
                    notAnObject();
                }
                break;
            default:
                if (parent.role == Role::Item && parent.key == "metadata" && object)
                    role = Role::Metadata;
                else
                    notAString(parent, false);
                break;
            }
        }
        m_frames.push_back(Frame{role, object, {}, {}});
        return true;
    }

public:
    bool sawItems() const { return m_sawItems; }

private:
    const QByteArray &m_body;
    rapidjson::StringStream &m_stream;
    ScannedPage &m_page;
    std::vector<Frame> m_frames;
    qsizetype m_itemStart = 0;
    bool m_namespaceIsString = false; // of the current item
    bool m_sawItems = false;
};

} // namespace

QString ScannedEntity::ref() const
{
    return (kind + QLatin1Char(':') + nameSpace + QLatin1Char('/') + name).toLower();
}

ScannedPage scanPage(const QByteArray &body)
{
    ScannedPage page;
    // The reader stops at a NUL byte (it reads a C string), which no JSON text contains.
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        page.problem = ScannedPage::Problem::InvalidJson;
        page.errorText = QStringLiteral("a NUL byte");
        page.errorOffset = nul;
        return page;
    }
    rapidjson::StringStream stream(body.constData());
    Handler handler(body, stream, page);
    rapidjson::Reader reader;
    constexpr unsigned Flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<Flags>(stream, handler);
    if (result.IsError()) {
        page.items.clear();
        page.problem = ScannedPage::Problem::InvalidJson;
        page.errorOffset = qsizetype(result.Offset());
        if (handler.tooDeep) {
            page.errorText = QStringLiteral("nested more than %1 levels deep").arg(MaxDepth);
        } else {
            page.errorText = QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
            if (page.errorText.endsWith(QLatin1Char('.')))
                page.errorText.chop(1);
            page.errorText = page.errorText.toLower();
        }
        return page;
    }
    if (page.problem == ScannedPage::Problem::None && !handler.sawItems())
        page.problem = ScannedPage::Problem::NoItems;
    return page;
}

} // namespace atrium::backstage
