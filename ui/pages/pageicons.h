#pragma once

#include <QIcon>
#include <QStringList>

namespace Hubstate::Ui {

// The sidebar's icon for each page: the desktop's icon theme by freedesktop names, most
// specific first, else Hubstate's own drawing (icons/pages/, embedded at :/icons/pages/).
class PageIcons
{
public:
    static QIcon icon(const QString &pageId);
    // The theme names tried for a page, in order.
    static QStringList themeNames(const QString &pageId);
    // Hubstate's own icon for the page (null for a page it has none for).
    static QIcon fallback(const QString &pageId);
};

} // namespace Hubstate::Ui
