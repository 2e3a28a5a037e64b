#pragma once

#include <QByteArray>
#include <QIODevice>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace Hubstate::Core {

// A bounded, blocking pipe between two threads: one writes through the QIODevice interface
// (e.g. ContainerReader::decryptTo), the other pulls with take(). Lets decryption run on one
// core while decompression and hashing run on another, with memory bounded by `capacity`.
class BytePipe : public QIODevice
{
    Q_OBJECT

public:
    explicit BytePipe(qint64 capacity = 8 * 1024 * 1024);

    // Reader side: up to `size` bytes, blocking until some arrive; 0 once the writer finished.
    qint64 take(char *buffer, qint64 size);
    // Reader side: stop; a blocked or later write fails.
    void abandon();
    // Writer side: no more data.
    void finish();

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    // The standard ones, not QMutex and QWaitCondition: QWaitCondition::wait releases and
    // retakes the mutex inside Qt, where ThreadSanitizer (tests/sanitize/tsan.sh) cannot see
    // it unless Qt itself was built with it; it then reports this pipe as racing with itself.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_pieces;
    qint64 m_offset = 0; // into the front piece
    qint64 m_buffered = 0;
    qint64 m_capacity;
    bool m_finished = false;
    bool m_abandoned = false;
};

} // namespace Hubstate::Core
