#include "platform/plaintext.h"

namespace PlainText {

QString neutralised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QChar(u'0'));
        else if (isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QChar(u'0'));
        else
            out += ch;
    }
    return out;
}

} // namespace PlainText
