#pragma once

#include "settingreferences.h"

#include <QCoreApplication>

namespace Hubstate::Core {

class StateDatabase;

// SettingReferences over the profile's database: layouts by the layout repository (a
// template's type, such as "single", names that template), agents by the agent repository.
class StoredReferences : public SettingReferences
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::StoredReferences)

public:
    explicit StoredReferences(StateDatabase &database);

    [[nodiscard]] Result<QList<Choice>> choices(SettingReference reference) const override;
    [[nodiscard]] Status check(const SettingDefinition &definition,
                               const QVariant &value) const override;

private:
    StateDatabase &m_database;
};

} // namespace Hubstate::Core
