#include "bytepipe.h"

#include <cstring>

namespace Hubstate::Core {

BytePipe::BytePipe(qint64 capacity)
    : m_capacity(capacity)
{
    open(QIODevice::WriteOnly);
}

qint64 BytePipe::writeData(const char *data, qint64 size)
{
    std::unique_lock lock(m_mutex);
    while (!m_abandoned && m_buffered > 0 && m_buffered + size > m_capacity)
        m_changed.wait(lock);
    if (m_abandoned) {
        setErrorString(QStringLiteral("the reader stopped"));
        return -1;
    }
    m_pieces.emplace_back(data, size);
    m_buffered += size;
    m_changed.notify_all();
    return size;
}

qint64 BytePipe::take(char *buffer, qint64 size)
{
    std::unique_lock lock(m_mutex);
    while (m_pieces.empty() && !m_finished)
        m_changed.wait(lock);
    qint64 copied = 0;
    while (copied < size && !m_pieces.empty()) {
        const QByteArray &front = m_pieces.front();
        const qint64 n = qMin(size - copied, front.size() - m_offset);
        std::memcpy(buffer + copied, front.constData() + m_offset, size_t(n));
        copied += n;
        m_offset += n;
        if (m_offset == front.size()) {
            m_pieces.pop_front();
            m_offset = 0;
        }
    }
    m_buffered -= copied;
    m_changed.notify_all();
    return copied;
}

void BytePipe::abandon()
{
    std::unique_lock lock(m_mutex);
    m_abandoned = true;
    m_pieces.clear();
    m_buffered = 0;
    m_changed.notify_all();
}

void BytePipe::finish()
{
    std::unique_lock lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

} // namespace Hubstate::Core
