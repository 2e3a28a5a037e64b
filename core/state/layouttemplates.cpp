#include "layouttemplates.h"

#include <QCoreApplication>

namespace Hubstate::Core {

namespace {

struct Shape
{
    const char *type;
    const char *id;
    const char *name;
    int columns;
    int rows;
};

constexpr Shape kShapes[] = {
    {"single", "00000000-0000-4000-8000-000000000001",
     QT_TRANSLATE_NOOP("Hubstate::Core::LayoutTemplates", "Single"), 1, 1},
    {"split", "00000000-0000-4000-8000-000000000002",
     QT_TRANSLATE_NOOP("Hubstate::Core::LayoutTemplates", "Split"), 2, 1},
    {"grid-2x2", "00000000-0000-4000-8000-000000000004",
     QT_TRANSLATE_NOOP("Hubstate::Core::LayoutTemplates", "Grid 2 x 2"), 2, 2},
    {"grid-3x3", "00000000-0000-4000-8000-000000000009",
     QT_TRANSLATE_NOOP("Hubstate::Core::LayoutTemplates", "Grid 3 x 3"), 3, 3},
};

} // namespace

Layout LayoutTemplates::make(const QString &type, const QDateTime &now)
{
    for (const Shape &shape : kShapes) {
        if (type != QLatin1String(shape.type))
            continue;
        Layout layout;
        layout.id = QLatin1String(shape.id);
        layout.name = QCoreApplication::translate("Hubstate::Core::LayoutTemplates", shape.name);
        layout.type = type;
        layout.columns = shape.columns;
        layout.rows = shape.rows;
        for (int row = 0; row < shape.rows; ++row) {
            for (int column = 0; column < shape.columns; ++column) {
                Pane pane;
                pane.column = column;
                pane.row = row;
                pane.title =
                    QCoreApplication::translate("Hubstate::Core::LayoutTemplates", "Pane %1")
                        .arg(layout.panes.size() + 1);
                layout.panes.append(pane);
            }
        }
        layout.createdAt = now;
        layout.updatedAt = now;
        layout.tags = {QStringLiteral("template")};
        return layout;
    }
    return {};
}

QList<Layout> LayoutTemplates::all(const QDateTime &now)
{
    QList<Layout> layouts;
    for (const Shape &shape : kShapes)
        layouts.append(make(QLatin1String(shape.type), now));
    return layouts;
}

} // namespace Hubstate::Core
