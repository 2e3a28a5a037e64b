#pragma once

#include "primitives.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Hubstate::Core::Crypto {

// SHA-256 of a stream, computed on a second thread while the caller encrypts or decrypts the
// next chunk: the file hash costs more than AES-GCM itself, and the machine has two cores.
// Pieces are hashed in the order given; at most `maxQueued` wait, which bounds the memory.
class HashPipeline
{
public:
    explicit HashPipeline(int maxQueued = 8);
    ~HashPipeline();
    HashPipeline(const HashPipeline &) = delete;
    HashPipeline &operator=(const HashPipeline &) = delete;

    // The first `length` bytes of `piece` (all when negative). QByteArray is shared, not
    // copied: the caller may drop its copy at once.
    void addData(const QByteArray &piece, qsizetype length = -1);
    QByteArray result(); // waits for every piece, finishes the hash

private:
    void run();

    Sha256Stream m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<QByteArray, qsizetype>> m_queue;
    int m_maxQueued;
    bool m_finishing = false;
    QByteArray m_result;
    std::thread m_worker;
};

} // namespace Hubstate::Core::Crypto
