#include "jsonhighlighter.h"

#include <QRegularExpression>

namespace Hubstate::Ui {

namespace {

struct Token
{
    int start;
    int length;
    const char *kind; // "key", "string", "number", "keyword", "punctuation"
};

QList<Token> tokenize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b|([{}\[\],:]))"));
    QList<Token> tokens;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            tokens.append({int(match.capturedStart(1)), int(match.capturedLength(1)),
                           match.capturedLength(2) > 0 ? "key" : "string"});
            if (match.capturedLength(2) > 0)
                tokens.append({int(match.capturedEnd(2)) - 1, 1, "punctuation"});
        } else if (match.capturedLength(3) > 0) {
            tokens.append({int(match.capturedStart(3)), int(match.capturedLength(3)), "number"});
        } else if (match.capturedLength(4) > 0) {
            tokens.append({int(match.capturedStart(4)), int(match.capturedLength(4)), "keyword"});
        } else if (match.capturedLength(5) > 0) {
            tokens.append({int(match.capturedStart(5)), 1, "punctuation"});
        }
    }
    return tokens;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(dark ? QColor(0x7d, 0xc4, 0xe4) : QColor(0x1d, 0x63, 0x9b));
    m_key.setFontWeight(QFont::Bold);
    m_string.setForeground(dark ? QColor(0xa6, 0xe2, 0x2e) : QColor(0x2a, 0x7d, 0x2e));
    m_number.setForeground(dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xb0, 0x4a, 0x00));
    m_keyword.setForeground(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x8e, 0x24, 0xaa));
    m_keyword.setFontWeight(QFont::Bold);
    m_punctuation.setForeground(dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60));
}

QString JsonHighlighter::classify(const QString &line, int position)
{
    for (const Token &token : tokenize(line)) {
        if (position >= token.start && position < token.start + token.length)
            return QLatin1String(token.kind);
    }
    return {};
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (const Token &token : tokenize(text)) {
        const QLatin1String kind(token.kind);
        const QTextCharFormat &format = kind == QLatin1String("key") ? m_key
            : kind == QLatin1String("string")                        ? m_string
            : kind == QLatin1String("number")                        ? m_number
            : kind == QLatin1String("keyword")                       ? m_keyword
                                                                     : m_punctuation;
        setFormat(token.start, token.length, format);
    }
}

} // namespace Hubstate::Ui
