#include "pageicons.h"

#include <QFile>
#include <QHash>

namespace Hubstate::Ui {

QStringList PageIcons::themeNames(const QString &pageId)
{
    static const QHash<QString, QStringList> names{
        {QStringLiteral("appearance"),
         {QStringLiteral("preferences-desktop-theme"),
          QStringLiteral("preferences-desktop-appearance")}},
        {QStringLiteral("layout"),
         {QStringLiteral("view-split-left-right"), QStringLiteral("view-dual")}},
        {QStringLiteral("notifications"),
         {QStringLiteral("preferences-desktop-notification"),
          QStringLiteral("preferences-system-notifications")}},
        {QStringLiteral("shortcuts"),
         {QStringLiteral("preferences-desktop-keyboard-shortcuts"),
          QStringLiteral("input-keyboard")}},
        {QStringLiteral("accessibility"),
         {QStringLiteral("preferences-desktop-accessibility"),
          QStringLiteral("preferences-desktop-accessibility-symbolic")}},
        {QStringLiteral("environment"),
         {QStringLiteral("preferences-system"), QStringLiteral("applications-system")}},
        {QStringLiteral("sync"),
         {QStringLiteral("folder-sync"), QStringLiteral("emblem-synchronizing")}},
        {QStringLiteral("backup"), {QStringLiteral("backup"), QStringLiteral("drive-harddisk")}},
        {QStringLiteral("privacy"),
         {QStringLiteral("preferences-system-privacy"), QStringLiteral("security-high")}},
        {QStringLiteral("layouts"), {QStringLiteral("view-grid"), QStringLiteral("view-app-grid")}},
        {QStringLiteral("agents"),
         {QStringLiteral("system-users"), QStringLiteral("user-identity")}},
        {QStringLiteral("history"),
         {QStringLiteral("document-open-recent"), QStringLiteral("view-history")}},
        {QStringLiteral("advanced"),
         {QStringLiteral("document-properties"), QStringLiteral("preferences-other")}},
    };
    return names.value(pageId);
}

QIcon PageIcons::fallback(const QString &pageId)
{
    const QString file = QStringLiteral(":/icons/pages/%1.png").arg(pageId);
    if (!QFile::exists(file))
        return {};
    // Both sizes, whatever the screen the window starts on: it may move to a denser one. The
    // same drawing when selected: the style's tint would wash the colours out.
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected, QIcon::Active}) {
        icon.addFile(file, QSize(), mode);
        icon.addFile(QStringLiteral(":/icons/pages/%1@2x.png").arg(pageId), QSize(), mode);
    }
    return icon;
}

QIcon PageIcons::icon(const QString &pageId)
{
    for (const QString &name : themeNames(pageId)) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return fallback(pageId);
}

} // namespace Hubstate::Ui
