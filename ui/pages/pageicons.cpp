#include "pageicons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace Hubstate::Ui {

namespace {

// Hubstate's drawings: as drawn, except on a selected row, where they take the selection's
// text colour. Their accent parts would vanish on the accent-coloured selection otherwise, and
// the style's generic tint washes them out.
class PageIconEngine : public QIconEngine
{
public:
    explicit PageIconEngine(const QString &pageId)
        : m_pageId(pageId)
    {
        m_drawing.addFile(QStringLiteral(":/icons/pages/%1.png").arg(pageId));
        m_drawing.addFile(QStringLiteral(":/icons/pages/%1@2x.png").arg(pageId));
    }

    QIconEngine *clone() const override { return new PageIconEngine(m_pageId); }
    QString key() const override { return QStringLiteral("HubstatePageIcon"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap drawn = m_drawing.pixmap(size, scale, QIcon::Normal, state);
        if (mode == QIcon::Disabled)
            return m_drawing.pixmap(size, scale, QIcon::Disabled, state);
        if (mode != QIcon::Selected)
            return drawn;
        QPainter recolour(&drawn);
        recolour.setCompositionMode(QPainter::CompositionMode_SourceIn);
        recolour.fillRect(drawn.rect(), QApplication::palette().color(QPalette::HighlightedText));
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State state) override
    {
        return m_drawing.actualSize(size, QIcon::Normal, state);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return m_drawing.availableSizes();
    }

private:
    QString m_pageId;
    QIcon m_drawing;
};

} // namespace

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
    if (!QFile::exists(QStringLiteral(":/icons/pages/%1.png").arg(pageId)))
        return {};
    return QIcon(new PageIconEngine(pageId));
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
