#pragma once

#include "../common/result.h"
#include "violation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QVariant>

namespace Hubstate::Core {

class PreferencesStore;

// The configuration document: JSON with the plan's sections and camelCase names
// ({"version": "2.0.0", "layout": {"maxPanes": 9}, "preferences": {"theme": {...}}}), so its
// rules apply at their paths. Used by `config validate|import|export`.
class ConfigDocument
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ConfigDocument)

public:
    struct Parsed
    {
        QMap<QString, QVariant> values; // valid known settings, by dotted key
        QMap<QString, QString> unknown; // unknown scalar entries, kept as text
        Violations violations; // every problem at once, errors and warnings
        bool isValid() const { return !hasErrors(violations); }
    };

    // Never fails half-way: every problem is collected. `source` names the file in messages.
    // The JSON is read strictly (StrictJson) within the limits of InputLimits: document size,
    // name length, and the number and size of unknown keys kept. The old name of a renamed
    // setting (RenamedSettings) is read as its new name, with a warning.
    static Parsed parse(const QByteArray &json, const QString &source);
    [[nodiscard]] static Result<Parsed> readFile(const QString &path);

    // Every setting's effective value, nested by section.
    static QJsonObject build(const PreferencesStore &store);
    static QString versionString();
};

} // namespace Hubstate::Core
