#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace Hubstate::Core {

// Three-way merge of one layout's or agent's versions, field by field against the last
// version both devices had: a field changed on one side only is taken from that side, a field
// changed on both sides to different values is a conflict. Layout fields: name, tags, the
// arrangement (type, grid, reference size and panes together, since panes only make sense
// on their grid), each of the settings, and the owner; the times are not fields (the later
// update time and the earlier creation time are kept).
struct SyncMerge
{
    std::optional<QByteArray> merged; // when no field conflicts
    QStringList conflictingFields;

    static SyncMerge merge(const QString &kind, const QByteArray &base, const QByteArray &mine,
                           const QByteArray &theirs);
};

} // namespace Hubstate::Core
