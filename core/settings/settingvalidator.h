#pragma once

#include "settingdefinition.h"
#include "violation.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

namespace Hubstate::Core {

// Rules and conversions of single setting values. A value is never clamped or "fixed":
// anything outside the rules is reported and refused.
class SettingValidator
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SettingValidator)

public:
    // Checks a typed value against the definition's rules (bounds inclusive, choices, format).
    static std::optional<Violation> check(const SettingDefinition &definition,
                                          const QVariant &value);

    // Parses text (command line, INI file) into a typed value; reports a type error or a rule
    // broken. `path` names where the text came from in the message.
    static std::optional<Violation> parseText(const SettingDefinition &definition,
                                              const QString &text, QVariant *value,
                                              const QString &path = {});
    static QString toText(const SettingDefinition &definition, const QVariant &value);

    // The same for JSON values of the configuration document (strict: no "10" for 10).
    static std::optional<Violation> parseJson(const SettingDefinition &definition,
                                              const QJsonValue &json, QVariant *value,
                                              const QString &path = {});
    static QJsonValue toJson(const SettingDefinition &definition, const QVariant &value);

    // Portable key sequence text such as "Ctrl+Shift+Z" or "Ctrl+K, Ctrl+C"; returns the
    // reason it is not one, or an empty string.
    static QString keySequenceProblem(const QString &text);
};

} // namespace Hubstate::Core
