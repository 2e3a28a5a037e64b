#pragma once

#include <QEventLoop>
#include <QThread>
#include <functional>

namespace Hubstate::Ui {

// Runs `work` on a thread of its own and returns when it is done, while this thread goes on
// painting and delivering calls queued to it (the restore's swap hooks arrive that way).
// With `userInput` false, clicks and keys wait: the page that started the work must not be
// left or started twice; true lets a Cancel button answer (the caller disables the rest).
inline void runInBackground(std::function<void()> work, bool userInput)
{
    QEventLoop loop;
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(userInput ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
}

} // namespace Hubstate::Ui
