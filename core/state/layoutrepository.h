#pragma once

#include "core/common/result.h"
#include "layout.h"
#include "layoutrules.h"

#include <optional>

namespace Hubstate::Core {

class StateDatabase;

// Stored layouts. Every save is validated against the rules first and written in one
// transaction; nothing invalid reaches the database.
class LayoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::LayoutRepository)

public:
    LayoutRepository(StateDatabase &database, LayoutRules rules = {});

    // Adds the built-in templates when the profile has no layouts at all.
    [[nodiscard]] Status ensureTemplates();

    [[nodiscard]] Result<QList<LayoutSummary>> list(const QString &tag = {}) const;
    [[nodiscard]] Result<std::optional<Layout>> find(const QString &id) const;
    [[nodiscard]] Result<int> count() const;
    [[nodiscard]] Status save(const Layout &layout);
    [[nodiscard]] Status remove(const QString &id);
    // Reads and validates every stored document; one violation per problem, prefixed by id.
    [[nodiscard]] Result<Violations> checkAll() const;

private:
    StateDatabase &m_database;
    LayoutRules m_rules;
};

} // namespace Hubstate::Core
