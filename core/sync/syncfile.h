#pragma once

#include "syncjournal.h"

#include "core/common/result.h"

#include <QCoreApplication>
#include <QMap>

namespace Hubstate::Core {

// The contents of a sync store's files once their seal is opened (docs/sync.md): JSON, read
// strictly. A file that is not what its name says (another device's, another number, another
// kind) is damaged; a file of a newer format is refused (InvalidInput) naming it; a record
// that breaks the grammar is left out and named in `problems`, and the others are kept.
class SyncFile
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SyncFile)

public:
    static constexpr int currentFormat = 1;
    // What one file may hold: far above any profile (the largest holds a few thousand items).
    static constexpr int maxRecords = 200'000;

    enum class Kind { Segment, Snapshot };

    struct Changes
    {
        QList<SyncVersion> changes;
        QStringList problems;
    };

    struct Info
    {
        QString name;
        qint64 writtenMs = 0;
        QMap<QString, qint64> cursors; // device -> last segment of it read
    };

    // `changes` carry their values in clear (secrets unsealed).
    static QByteArray encodeChanges(Kind kind, const QString &device, qint64 number,
                                    const QList<SyncVersion> &changes);
    [[nodiscard]] static Result<Changes> decodeChanges(const QByteArray &json,
                                                       const QString &source, Kind kind,
                                                       const QString &device, qint64 number);
    static QByteArray encodeInfo(const QString &device, qint64 generation, const Info &info);
    [[nodiscard]] static Result<Info> decodeInfo(const QByteArray &json, const QString &source,
                                                 const QString &device, qint64 generation);
};

} // namespace Hubstate::Core
