#include "historylinereader.h"

#include "core/common/printable.h"

#include <QJsonObject>
#include <simdjson.h>

namespace Hubstate::Core {

namespace {

HistoryLineReader::Member *memberNamed(HistoryLineReader::Record &record, std::string_view name)
{
    if (name == "conversationId")
        return &record.conversationId;
    if (name == "agentId")
        return &record.agentId;
    if (name == "role")
        return &record.role;
    if (name == "content")
        return &record.content;
    if (name == "timestamp")
        return &record.timestamp;
    return nullptr; // other members are allowed and ignored
}

} // namespace

HistoryLineReader::HistoryLineReader(QIODevice &file, QString path)
    : m_file(file)
    , m_path(std::move(path))
    // One byte past the limit and the newline tell a line that is too long.
    , m_buffer(maxLineBytes + 3 + qsizetype(simdjson::SIMDJSON_PADDING), '\0')
    , m_parser(std::make_unique<simdjson::dom::parser>())
    , m_strict(m_path, maxLineBytes)
{
}

HistoryLineReader::~HistoryLineReader() = default;

HistoryLineReader::Step HistoryLineReader::fail(const QString &rule)
{
    m_problem = QStringLiteral("%1:%2: %3").arg(printable(m_path, -1)).arg(m_line).arg(rule);
    return Step::Problem;
}

HistoryLineReader::Step HistoryLineReader::next()
{
    if (m_file.atEnd())
        return Step::End;
    const qint64 readable = maxLineBytes + 3;
    const qint64 length = m_file.readLine(m_buffer.data(), readable);
    if (length < 0) {
        m_failed = true;
        return Step::End;
    }
    ++m_line;
    QByteArrayView line(m_buffer.constData(), length);
    const bool complete = line.endsWith('\n');
    if (complete)
        line.chop(1);
    if (line.size() > maxLineBytes) {
        // The rest is skipped without being held in memory.
        qint64 rest = 0;
        while (!complete && !m_file.atEnd()
               && (rest = m_file.readLine(m_buffer.data(), readable)) > 0
               && m_buffer.at(rest - 1) != '\n') { }
        if (rest < 0) {
            m_failed = true;
            return Step::End;
        }
        return fail(tr("the line is longer than %1, the limit for one message")
                        .arg(StrictJson::sizeText(maxLineBytes)));
    }
    if (line.trimmed().isEmpty())
        return Step::Blank;
    if (readFast(line))
        return Step::Record;
    return readStrict(line);
}

bool HistoryLineReader::readFast(QByteArrayView line)
{
    // The buffer's padding lets simdjson read past the line without a copy.
    simdjson::dom::object object;
    if (m_parser->parse(line.data(), size_t(line.size()), false).get_object().get(object))
        return false;
    m_record = {};
    std::string_view names[16];
    std::size_t count = 0;
    for (const simdjson::dom::key_value_pair field : object) {
        // Nested values and many members are rare: StrictJson checks their names.
        if (field.value.is_object() || field.value.is_array() || count == std::size(names))
            return false;
        for (std::size_t i = 0; i < count; ++i) {
            if (names[i] == field.key)
                return false; // StrictJson reports the duplicate with its place
        }
        names[count++] = field.key;
        if (Member *member = memberNamed(m_record, field.key)) {
            std::string_view text;
            if (field.value.get_string().get(text)) {
                member->kind = Member::Kind::NotText;
            } else {
                member->kind = Member::Kind::Text;
                member->text = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
            }
        }
    }
    return true;
}

HistoryLineReader::Step HistoryLineReader::readStrict(QByteArrayView line)
{
    m_strict.setFirstLine(int(std::min<qint64>(m_line, std::numeric_limits<int>::max())));
    const Result<QJsonValue> value = m_strict.read(line);
    if (!value) {
        m_problem = value.error().message;
        return Step::Problem;
    }
    if (!value->isObject())
        return fail(tr("each line must be a JSON object"));
    const QJsonObject object = value->toObject();
    m_record = {};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (Member *member = memberNamed(m_record, it.key().toStdString())) {
            member->kind = it.value().isString() ? Member::Kind::Text : Member::Kind::NotText;
            member->text = it.value().toString().toUtf8();
        }
    }
    return Step::Record;
}

} // namespace Hubstate::Core
