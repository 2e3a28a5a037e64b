#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace Hubstate::Core {

// A private folder in the profile's cache for one run: the staging copy of a backup on its way
// to a server, or a backup downloaded to be verified or restored. The folder goes when the run
// ends; a run that is killed cannot remove it, so the next run sweeps it. The sweep must never
// take the folder of a run still going (a backup beside a restore, two verifies): each run
// holds an flock() on PREFIX-XXXXXX.lock beside its folder for as long as it lives, and the
// kernel drops that lock when the process dies, even by kill -9.
class RunFolder
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::RunFolder)

public:
    // PARENT/PREFIX-XXXXXX (mode 0700, XXXXXX letters and digits), locked before it exists.
    [[nodiscard]] static Result<std::unique_ptr<RunFolder>> create(const QString &parent,
                                                                   const QString &prefix);
    ~RunFolder(); // removes the folder, then its lock
    RunFolder(const RunFolder &) = delete;
    RunFolder &operator=(const RunFolder &) = delete;

    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + u'/' + name; }

    // Removes each PARENT/PREFIX-XXXXXX folder, and its lock, that no live run holds: those of
    // killed runs, and those of versions before this one (which had no lock and never ran
    // beside it). Returns the folders removed.
    static QStringList sweep(const QString &parent, const QStringList &prefixes);

private:
    RunFolder(QString path, int lockFd);

    QString m_path;
    int m_lockFd = -1;
};

} // namespace Hubstate::Core
