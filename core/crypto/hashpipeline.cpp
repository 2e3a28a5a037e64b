#include "hashpipeline.h"

namespace Hubstate::Core::Crypto {

HashPipeline::HashPipeline(int maxQueued)
    : m_maxQueued(maxQueued)
    , m_worker([this] { run(); })
{
}

HashPipeline::~HashPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void HashPipeline::addData(const QByteArray &piece, qsizetype length)
{
    if (length < 0 || length > piece.size())
        length = piece.size();
    if (length == 0)
        return;
    std::unique_lock lock(m_mutex);
    Q_ASSERT(!m_finishing); // nothing is added after result()
    if (m_finishing)
        return;
    m_changed.wait(lock, [this] { return int(m_queue.size()) < m_maxQueued; });
    m_queue.emplace_back(piece, length);
    lock.unlock();
    m_changed.notify_all();
}

void HashPipeline::run()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_finishing; });
        if (m_queue.empty())
            return; // finishing and drained
        const auto [piece, length] = m_queue.front();
        lock.unlock();
        m_hash.addData(piece.constData(), length);
        lock.lock();
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
    }
}

QByteArray HashPipeline::result()
{
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    if (m_result.isEmpty())
        m_result = m_hash.result(); // the digest is finished once
    return m_result;
}

} // namespace Hubstate::Core::Crypto
