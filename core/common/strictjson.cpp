#include "strictjson.h"

#include "printable.h"
#include "textposition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace Hubstate::Core {

namespace {

constexpr QByteArrayView byteOrderMark("\xEF\xBB\xBF");

// Receives nlohmann's parse events and checks what the grammar leaves open: names unique
// within an object, nesting depth. Values are not built here: once the text is known to be
// valid, Qt's parser builds them faster than QJsonObject's public API can.
class Checker
{
public:
    enum class Stop { None, DuplicateName, TooDeep, Syntax };

    Stop stop = Stop::None;
    std::string name; // the duplicate name
    std::size_t errorPosition = 0; // nlohmann's count of bytes read when it found the error
    std::string errorText;
    std::optional<QJsonValue> topLevelScalar; // Qt's QJsonDocument holds only objects and arrays

    // Only a value at the top level is kept; the others are built by Qt afterwards.
    bool null() { return m_depth > 0 || keep(QJsonValue::Null); }
    bool boolean(bool value) { return m_depth > 0 || keep(value); }
    bool number_integer(std::int64_t value) { return m_depth > 0 || keep(qint64(value)); }
    bool number_unsigned(std::uint64_t value)
    {
        return m_depth > 0
            || keep(value <= std::uint64_t(std::numeric_limits<qint64>::max())
                        ? QJsonValue(qint64(value))
                        : QJsonValue(double(value)));
    }
    bool number_float(double value, const std::string &) { return m_depth > 0 || keep(value); }
    bool string(std::string &value)
    {
        return m_depth > 0 || keep(QString::fromUtf8(value.data(), qsizetype(value.size())));
    }
    bool binary(nlohmann::json::binary_t &) { return false; } // never produced from JSON text
    bool start_object(std::size_t) { return enter(true); }
    bool key(std::string &member)
    {
        Frame &frame = m_frames[m_depth - 1];
        // Objects are mostly small: a scan beats hashing until they grow.
        if (frame.names.size() < 16) {
            for (const std::string &seen : frame.names) {
                if (seen == member)
                    return duplicate(member);
            }
            frame.names.push_back(member);
            if (frame.names.size() == 16)
                frame.many.insert(frame.names.cbegin(), frame.names.cend());
            return true;
        }
        if (!frame.many.insert(member).second)
            return duplicate(member);
        return true;
    }
    bool end_object()
    {
        --m_depth;
        return true;
    }
    bool start_array(std::size_t) { return enter(false); }
    bool end_array()
    {
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::json::exception &ex)
    {
        stop = Stop::Syntax;
        errorPosition = position;
        errorText = ex.what();
        return false;
    }

private:
    struct Frame
    {
        std::vector<std::string> names;
        std::unordered_set<std::string> many;
    };

    bool keep(const QJsonValue &value)
    {
        topLevelScalar = value;
        return true;
    }
    bool enter(bool isObject)
    {
        if (m_depth == StrictJson::maxDepth) {
            stop = Stop::TooDeep;
            return false;
        }
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        if (isObject) {
            m_frames[m_depth].names.clear();
            m_frames[m_depth].many.clear();
        }
        ++m_depth;
        return true;
    }
    bool duplicate(const std::string &found)
    {
        stop = Stop::DuplicateName;
        name = found;
        return false;
    }

    std::vector<Frame> m_frames;
    std::size_t m_depth = 0;
};

// An iterator over the text that records how far the parser has read, used only to find where
// the checker stopped (tracking every byte costs a third more than parsing without it).
class TrackedIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackedIterator(const char *position, const char **furthest)
        : m_position(position)
        , m_furthest(furthest)
    {
    }
    reference operator*() const { return *m_position; }
    TrackedIterator &operator++()
    {
        *m_furthest = ++m_position;
        return *this;
    }
    TrackedIterator operator++(int)
    {
        TrackedIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackedIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const TrackedIterator &other) const { return m_position != other.m_position; }

private:
    const char *m_position;
    const char **m_furthest;
};

// "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error while parsing
// value - invalid number; expected digit after '.'; last read: '1.'" -> the part after " - ".
// The line and column are given by Hubstate, in characters rather than bytes.
QString reason(const std::string &what)
{
    std::string_view text(what);
    if (const std::size_t dash = text.find(" - "); dash != std::string_view::npos)
        return QString::fromUtf8(text.substr(dash + 3));
    if (const std::size_t bracket = text.find("] "); bracket != std::string_view::npos)
        text.remove_prefix(bracket + 2);
    return QString::fromUtf8(text);
}

} // namespace

StrictJson::StrictJson(QString source, qsizetype maxBytes, ErrorCode code)
    : m_source(std::move(source))
    , m_maxBytes(maxBytes)
    , m_code(code)
{
}

Error StrictJson::fail(QString location, QString rule)
{
    m_problem = {std::move(location), std::move(rule)};
    return Error{m_code, m_problem.location + QStringLiteral(": ") + m_problem.rule, {}};
}

QString StrictJson::location(QByteArrayView text, qsizetype offset) const
{
    const auto [line, column] = lineAndColumn(text.toByteArray(), offset);
    return QStringLiteral("%1:%2:%3")
        .arg(printable(m_source, -1))
        .arg(m_firstLine + line - 1)
        .arg(column);
}

Result<QJsonValue> StrictJson::read(QByteArrayView json)
{
    m_problem = {};
    if (json.size() > m_maxBytes) {
        // Callers may read one byte past the limit rather than the whole input: no size here.
        return fail(printable(m_source, -1),
                    tr("too large; the limit is %1").arg(sizeText(m_maxBytes)));
    }
    QByteArrayView text = json;
    if (m_firstLine == 1 && text.startsWith(byteOrderMark))
        text = text.sliced(byteOrderMark.size());
    if (text.startsWith(byteOrderMark)) { // nlohmann's parser would skip it
        return fail(location(text, 0),
                    tr("malformed JSON: a byte order mark is allowed only at the start of a "
                       "file"));
    }

    Checker checker;
    bool valid = false;
    try {
        valid = nlohmann::json::sax_parse(text.cbegin(), text.cend(), &checker);
    } catch (const std::exception &thrown) { // std::bad_alloc; nothing else is thrown
        return fail(printable(m_source, -1),
                    tr("cannot be read: %1").arg(QString::fromLocal8Bit(thrown.what())));
    }
    if (!valid) {
        qsizetype offset = 0;
        if (checker.stop == Checker::Stop::Syntax) {
            // nlohmann counts the byte it stopped at: the error is at the one before.
            offset = qsizetype(checker.errorPosition) - 1;
        } else {
            // Read again, tracking how far the parser got when the checker stopped it.
            const char *furthest = text.data();
            Checker again;
            try {
                (void)nlohmann::json::sax_parse(
                    TrackedIterator(text.data(), &furthest),
                    TrackedIterator(text.data() + text.size(), &furthest), &again);
            } catch (const std::exception &) {
            }
            offset = furthest - text.data() - 1; // the name's closing quote, or the bracket
            if (checker.stop == Checker::Stop::DuplicateName) {
                // Point at the name's opening quote: the first quote before it that is not
                // escaped (preceded by an even number of backslashes). Each run of
                // backslashes is counted once, so a long name costs linear time.
                for (qsizetype i = offset - 1; i >= 0; --i) {
                    if (text.at(i) != '"')
                        continue;
                    qsizetype backslashes = 0;
                    while (i - backslashes - 1 >= 0 && text.at(i - backslashes - 1) == '\\')
                        ++backslashes;
                    if (backslashes % 2 == 0) {
                        offset = i;
                        break;
                    }
                    i -= backslashes;
                }
            }
        }
        QString rule;
        switch (checker.stop) {
        case Checker::Stop::DuplicateName:
            rule = tr("malformed JSON: the name \"%1\" appears twice in one object")
                       .arg(printable(QString::fromStdString(checker.name), 80));
            break;
        case Checker::Stop::TooDeep:
            rule = tr("malformed JSON: nested deeper than %1 levels").arg(maxDepth);
            break;
        case Checker::Stop::Syntax:
        case Checker::Stop::None:
            rule = tr("malformed JSON: %1").arg(printable(reason(checker.errorText), 120));
            break;
        }
        Error error = fail(location(text, std::max<qsizetype>(offset, 0)), rule);
        error.detail = QString::fromStdString(checker.errorText);
        return error;
    }
    if (checker.topLevelScalar)
        return *checker.topLevelScalar;

    // Valid JSON, so Qt reads it as RFC 8259 means it.
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(location(text, parseError.offset),
                    tr("cannot be read: %1").arg(parseError.errorString()));
    }
    if (document.isObject())
        return QJsonValue(document.object());
    return QJsonValue(document.array());
}

Result<QJsonObject> StrictJson::readObject(QByteArrayView json, const QString &notAnObject)
{
    Result<QJsonValue> value = read(json);
    if (!value)
        return value.error();
    if (!value->isObject())
        return fail(printable(m_source, -1), notAnObject);
    return value->toObject();
}

Result<QByteArray> StrictJson::readFile(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // A pipe or device has no size: read one byte past the limit to know.
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size > maxBytes) {
        return Error::invalidInput(tr("%1: too large (%2 bytes); the limit is %3")
                                       .arg(printable(path, -1))
                                       .arg(size)
                                       .arg(sizeText(maxBytes)));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes) {
        return Error::invalidInput(
            tr("%1: too large; the limit is %2").arg(printable(path, -1), sizeText(maxBytes)));
    }
    return bytes;
}

QString StrictJson::sizeText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

} // namespace Hubstate::Core
