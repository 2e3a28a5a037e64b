#pragma once

#include <QUndoCommand>
#include <QVariant>
#include <optional>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// One edit of one setting, undoable: it remembers the user's own value before (or that there
// was none) and puts exactly that back.
class SettingCommand : public QUndoCommand
{
public:
    // `value` empty: a reset. The first run's error, if any, lands in `firstError`.
    SettingCommand(Core::PreferencesStore &store, const QString &key, std::optional<QVariant> value,
                   QString *firstError = nullptr);

    void redo() override;
    void undo() override;
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void apply(const std::optional<QVariant> &value);

    Core::PreferencesStore &m_store;
    QString m_key;
    std::optional<QVariant> m_before;
    std::optional<QVariant> m_after;
    QString m_error;
    QString *m_firstError = nullptr;
};

} // namespace Hubstate::Ui
