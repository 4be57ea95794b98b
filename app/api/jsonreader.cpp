#include "api/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace {

// Deeper documents go to Qt, whose own limit is higher: this reader never accepts one that Qt
// refuses for its depth.
constexpr int kMaxDepth = 256;

int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// JSON's escapes in `text` (already decoded from UTF-8) replaced; false for an invalid one.
// A \u escape gives its UTF-16 unit as it is, a lone surrogate included, as Qt does.
bool unescape(const QString &text, QString &out)
{
    out.reserve(text.size());
    qsizetype runStart = 0;
    for (qsizetype i = text.indexOf(u'\\'); i >= 0; i = text.indexOf(u'\\', runStart)) {
        out.append(QStringView(text).sliced(runStart, i - runStart));
        if (i + 1 >= text.size())
            return false;
        const char16_t kind = text.at(i + 1).unicode();
        runStart = i + 2;
        switch (kind) {
        case u'"': out.append(u'"'); break;
        case u'\\': out.append(u'\\'); break;
        case u'/': out.append(u'/'); break;
        case u'b': out.append(u'\b'); break;
        case u'f': out.append(u'\f'); break;
        case u'n': out.append(u'\n'); break;
        case u'r': out.append(u'\r'); break;
        case u't': out.append(u'\t'); break;
        case u'u': {
            if (i + 6 > text.size())
                return false;
            char16_t unit = 0;
            for (qsizetype d = i + 2; d < i + 6; ++d) {
                const int digit = hexDigit(text.at(d).unicode());
                if (digit < 0)
                    return false;
                unit = char16_t(unit << 4 | digit);
            }
            out.append(QChar(unit));
            runStart = i + 6;
            break;
        }
        default:
            return false;
        }
    }
    out.append(QStringView(text).sliced(runStart));
    return true;
}

class Reader
{
public:
    explicit Reader(QByteArrayView json) : m_at(json.data()), m_end(json.data() + json.size()) {}

    std::optional<QJsonValue> document()
    {
        skipSpace();
        if (m_at == m_end || (*m_at != '{' && *m_at != '['))
            return std::nullopt;
        std::optional<QJsonValue> root = value(0);
        skipSpace();
        if (!root || m_at != m_end)
            return std::nullopt;
        return root;
    }

private:
    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    std::optional<QJsonValue> value(int depth)
    {
        skipSpace();
        if (m_at == m_end)
            return std::nullopt;
        switch (*m_at) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            QString text;
            if (!string(text))
                return std::nullopt;
            return QJsonValue(text);
        }
        case 't':
            return literal("true", QJsonValue(true));
        case 'f':
            return literal("false", QJsonValue(false));
        case 'n':
            return literal("null", QJsonValue(QJsonValue::Null));
        default:
            return number();
        }
    }

    std::optional<QJsonValue> object(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        ++m_at;   // {
        QJsonObject object;
        if (take('}'))
            return object;
        do {
            skipSpace();
            QString key;
            if (m_at == m_end || *m_at != '"' || !string(key) || !take(':'))
                return std::nullopt;
            std::optional<QJsonValue> item = value(depth);
            // Which of a repeated key's values Qt keeps is Qt's to say.
            if (!item || object.contains(key))
                return std::nullopt;
            object.insert(key, *item);
        } while (take(','));
        if (!take('}'))
            return std::nullopt;
        return object;
    }

    std::optional<QJsonValue> array(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        ++m_at;   // [
        QJsonArray array;
        if (take(']'))
            return array;
        do {
            std::optional<QJsonValue> item = value(depth);
            if (!item)
                return std::nullopt;
            array.append(*item);
        } while (take(','));
        if (!take(']'))
            return std::nullopt;
        return array;
    }

    // The string starting at the opening quote: its bytes must be UTF-8 without control
    // characters; they are decoded at once, then the escapes replaced.
    bool string(QString &out)
    {
        const char *start = ++m_at;
        bool escaped = false;
        while (m_at < m_end && *m_at != '"') {
            const auto byte = static_cast<unsigned char>(*m_at);
            if (byte < 0x20)
                return false;
            if (byte == '\\') {
                escaped = true;
                ++m_at;   // the escaped character, a quote perhaps
                if (m_at == m_end)
                    return false;
            }
            ++m_at;
        }
        if (m_at == m_end)
            return false;
        const QByteArrayView raw(start, m_at - start);
        ++m_at;   // "
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(raw);
        if (decoder.hasError())
            return false;
        if (!escaped) {
            out = std::move(text);
            return true;
        }
        return unescape(text, out);
    }

    std::optional<QJsonValue> literal(QByteArrayView word, const QJsonValue &meaning)
    {
        if (QByteArrayView(m_at, m_end - m_at).startsWith(word)) {
            m_at += word.size();
            return meaning;
        }
        return std::nullopt;
    }

    // RFC 8259's number grammar; its value as Qt reads it (integers, doubles, their limits).
    std::optional<QJsonValue> number()
    {
        const char *start = m_at;
        const auto digits = [this] {
            const char *first = m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
            return m_at - first;
        };
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        const char *integer = m_at;
        const qsizetype integerDigits = digits();
        if (integerDigits == 0 || (integerDigits > 1 && *integer == '0'))
            return std::nullopt;
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            if (digits() == 0)
                return std::nullopt;
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (digits() == 0)
                return std::nullopt;
        }
        const QByteArray wrapped = '[' + QByteArrayView(start, m_at - start).toByteArray() + ']';
        const QJsonDocument parsed = QJsonDocument::fromJson(wrapped);
        if (!parsed.isArray() || parsed.array().size() != 1)
            return std::nullopt;
        return parsed.array().first();
    }

    const char *m_at;
    const char *m_end;
};

} // namespace

namespace JsonReader {

std::optional<QJsonValue> read(QByteArrayView json)
{
    return Reader(json).document();
}

} // namespace JsonReader
