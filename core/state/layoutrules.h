#pragma once

#include "core/settings/violation.h"
#include "layout.h"

#include <QCoreApplication>

namespace Hubstate::Core {

class PreferencesStore;

// The plan's layout rules (layout.* settings) and the checks every stored layout passes:
// 1..maxPanes panes, a grid of at most gridSize x gridSize, no gaps or overlaps, every pane at
// least minPaneWidth x minPaneHeight at the reference size, and a type that fits the panes.
class LayoutRules
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::LayoutRules)

public:
    int maxPanes = 9;
    int gridSize = 3;
    int minPaneWidth = 200;
    int minPaneHeight = 150;

    static LayoutRules fromSettings(const PreferencesStore &store);
    static QStringList types();

    // Every problem, each with its path in the layout document ("panes[2].columnSpan").
    Violations check(const Layout &layout) const;
};

} // namespace Hubstate::Core
