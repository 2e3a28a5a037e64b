#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Hubstate::Ui {

// The built-in JSON highlighter, used when KF6 SyntaxHighlighting is not available (it is
// not packaged for Debian 12): member names, strings, numbers, true/false/null, punctuation.
// JSON strings never span lines, so each line is highlighted on its own.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document, bool dark = false);

    // The format a character at `position` of `line` gets (for tests).
    static QString classify(const QString &line, int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};

} // namespace Hubstate::Ui
