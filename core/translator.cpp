#include "translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Hubstate::Core {

QString installTranslations(QCoreApplication &application)
{
    auto *translator = new QTranslator(&application);
    // The .qm files live in the resources of hubstate_core under :/i18n.
    // English is a catalogue too: it holds the plural forms ("1 pane", "2 panes").
    if (translator->load(QLocale(), QStringLiteral("hubstate"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/hubstate_en.qm"))) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return {};
}

} // namespace Hubstate::Core
