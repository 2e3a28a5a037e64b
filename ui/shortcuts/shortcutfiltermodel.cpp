#include "shortcutfiltermodel.h"

#include "shortcutmodel.h"

namespace Hubstate::Ui {

void ShortcutFilterModel::setNameFilter(const QString &text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

void ShortcutFilterModel::setKeyFilter(const QKeySequence &keys)
{
    m_keys = keys;
    invalidateFilter();
}

void ShortcutFilterModel::setConflictsOnly(bool on)
{
    m_conflictsOnly = on;
    invalidateFilter();
}

void ShortcutFilterModel::setModifiedOnly(bool on)
{
    m_modifiedOnly = on;
    invalidateFilter();
}

bool ShortcutFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex action =
        sourceModel()->index(sourceRow, ShortcutModel::ActionColumn, sourceParent);
    if (!m_name.isEmpty()) {
        // The action's name, its id, or its keys as shown (the window's search sends "Ctrl+F").
        const auto keys = action.data(ShortcutModel::SequenceRole).value<QKeySequence>();
        const QStringList haystacks{
            action.data(Qt::DisplayRole).toString(), action.data(ShortcutModel::KeyRole).toString(),
            keys.toString(QKeySequence::PortableText), keys.toString(QKeySequence::NativeText)};
        if (std::none_of(haystacks.cbegin(), haystacks.cend(), [this](const QString &haystack) {
                return haystack.contains(m_name, Qt::CaseInsensitive);
            }))
            return false;
    }
    if (!m_keys.isEmpty()) {
        const auto sequence = action.data(ShortcutModel::SequenceRole).value<QKeySequence>();
        // The pressed keys are the shortcut or its first chords.
        if (sequence.isEmpty() || sequence.matches(m_keys) == QKeySequence::NoMatch)
            return false;
    }
    if (m_conflictsOnly && action.data(ShortcutModel::ConflictsRole).toStringList().isEmpty())
        return false;
    if (m_modifiedOnly && !action.data(ShortcutModel::ModifiedRole).toBool())
        return false;
    return true;
}

} // namespace Hubstate::Ui
