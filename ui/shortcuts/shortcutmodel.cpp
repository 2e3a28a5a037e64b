#include "shortcutmodel.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"

#include <QFont>

namespace Hubstate::Ui {

QString ShortcutModel::prefix()
{
    return QStringLiteral("preferences.keyboard.shortcuts.");
}

ShortcutModel::ShortcutModel(Core::PreferencesStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    for (const Core::SettingDefinition &definition : Core::SettingsSchema::instance().settings()) {
        if (definition.key.startsWith(prefix())
            && definition.type == Core::SettingType::KeySequence)
            m_keys.append(definition.key);
    }
    // One change can create or settle conflicts anywhere: every row is looked at again.
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(prefix()) && !m_keys.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int ShortcutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ShortcutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShortcutModel::label(int row) const
{
    const Core::SettingDefinition *definition = Core::SettingsSchema::instance().find(key(row));
    return definition ? definition->translatedLabel() : key(row);
}

QKeySequence ShortcutModel::sequence(int row) const
{
    return QKeySequence(m_store.text(key(row)), QKeySequence::PortableText);
}

bool ShortcutModel::clash(const QKeySequence &a, const QKeySequence &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a.matches(b) != QKeySequence::NoMatch || b.matches(a) != QKeySequence::NoMatch;
}

QStringList ShortcutModel::conflictsFor(const QKeySequence &sequence,
                                        const QString &exceptKey) const
{
    QStringList labels;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row) != exceptKey && clash(sequence, this->sequence(row)))
            labels.append(label(row));
    }
    for (const auto &[keys, what] : m_reserved) {
        if (clash(sequence, keys))
            labels.append(what);
    }
    return labels;
}

void ShortcutModel::setReservedKeys(const QList<std::pair<QKeySequence, QString>> &reserved)
{
    m_reserved = reserved;
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant ShortcutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString key = this->key(row);
    switch (role) {
    case KeyRole: return key;
    case SequenceRole: return sequence(row);
    case ConflictsRole: return conflictsFor(sequence(row), key);
    case LockedRole: return m_store.isLocked(key);
    case ModifiedRole: return m_store.isModified(key);
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case ActionColumn: return label(row);
        case ShortcutColumn: {
            const QKeySequence keys = sequence(row);
            return keys.isEmpty() ? tr("(none)") : keys.toString(QKeySequence::NativeText);
        }
        case SourceColumn: {
            const Core::PreferencesStore::Explanation why = m_store.explain(key);
            switch (why.layer) {
            case Core::PreferencesStore::Layer::Default:
            case Core::PreferencesStore::Layer::Template: return tr("default");
            case Core::PreferencesStore::Layer::User: return tr("user");
            case Core::PreferencesStore::Layer::AdminDefault: return tr("admin");
            case Core::PreferencesStore::Layer::AdminLock: return tr("admin (locked)");
            }
            return {};
        }
        case ConflictColumn: {
            const QStringList others = conflictsFor(sequence(row), key);
            return others.isEmpty() ? QString() : tr("Conflicts with %1").arg(others.join(u", "));
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        // The whole name (a narrow column elides it), and the key the CLI knows it by.
        if (index.column() == ActionColumn)
            return tr("%1 (%2)").arg(data(index, Qt::DisplayRole).toString(),
                                     key.mid(prefix().size()));
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == ShortcutColumn && m_store.isModified(key)) {
            QFont font;
            font.setBold(true); // the user's own choice stands out
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ShortcutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn: return tr("Action");
    case ShortcutColumn: return tr("Shortcut");
    case SourceColumn: return tr("Source");
    case ConflictColumn: return tr("Conflict");
    default: return {};
    }
}

} // namespace Hubstate::Ui
