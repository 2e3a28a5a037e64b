#include "configdocument.h"

#include "core/common/inputlimits.h"
#include "core/common/printable.h"
#include "core/common/strictjson.h"
#include "preferencesstore.h"
#include "renamedsettings.h"
#include "settingsschema.h"
#include "settingvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Hubstate::Core {

namespace {

// Keys and values come from the document: escaped and cut, so a message stays one short line.
Violation problem(const QString &path, const QString &message, const QString &value = {},
                  Violation::Severity severity = Violation::Severity::Error)
{
    return Violation{printable(path, -1), message, printable(value), severity, !value.isEmpty()};
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
    case QJsonValue::Undefined: break;
    }
    return {};
}

// The document holds a member at the dotted `key` ("sync.interval": {"sync": {"interval": ..}}).
bool holds(const QJsonObject &root, const QString &key)
{
    QJsonValue value = root;
    for (const QString &name : key.split(u'.')) {
        if (!value.isObject() || !value.toObject().contains(name))
            return false;
        value = value.toObject().value(name);
    }
    return true;
}

void walk(const QJsonObject &root, const QJsonObject &object, const QString &prefix,
          ConfigDocument::Parsed &parsed)
{
    const SettingsSchema &schema = SettingsSchema::instance();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().size() > InputLimits::configKeyCharacters) {
            parsed.violations.append(
                problem(printable(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), 80),
                        ConfigDocument::tr("a name of %1 characters; the limit is %2")
                            .arg(it.key().size())
                            .arg(InputLimits::configKeyCharacters)));
            continue;
        }
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (prefix.isEmpty() && it.key() == QLatin1String("version")) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d+)(\\.\\d+){0,2}$"));
            const QRegularExpressionMatch match = pattern.match(it.value().toString());
            if (!it.value().isString() || !match.hasMatch()) {
                parsed.violations.append(
                    problem(path,
                            ConfigDocument::tr("must be a version such as \"%1\"")
                                .arg(ConfigDocument::versionString()),
                            scalarText(it.value())));
            } else if (match.captured(1).toInt() > SettingsSchema::currentFileVersion) {
                parsed.violations.append(problem(
                    path,
                    ConfigDocument::tr("written by a newer Hubstate; this one reads up to %1")
                        .arg(ConfigDocument::versionString()),
                    it.value().toString()));
            }
            continue;
        }
        // A document of an older version may use an old name: it applies to the key it
        // became, unless the document names that key too.
        if (const QString current = RenamedSettings::currentKey(path);
            schema.contains(current) && !it.value().isObject()) {
            if (holds(root, current)) {
                parsed.violations.append(problem(
                    path,
                    ConfigDocument::tr("this setting is called %1 now, and the document holds "
                                       "%1 too; ignored")
                        .arg(current),
                    {}, Violation::Severity::Warning));
                continue;
            }
            parsed.violations.append(
                problem(path,
                        ConfigDocument::tr("this setting is called %1 now; the value applies "
                                           "to %1")
                            .arg(current),
                        {}, Violation::Severity::Warning));
            const QJsonValue currentValue = it.value().isString()
                ? QJsonValue(RenamedSettings::currentValue(path, it.value().toString()))
                : it.value();
            QVariant value;
            if (std::optional<Violation> broken =
                    SettingValidator::parseJson(*schema.find(current), currentValue, &value, path))
                parsed.violations.append(*broken);
            else
                parsed.values.insert(current, value);
            continue;
        }
        if (const SettingDefinition *definition = schema.find(path)) {
            QVariant value;
            if (std::optional<Violation> broken =
                    SettingValidator::parseJson(*definition, it.value(), &value, path))
                parsed.violations.append(*broken);
            else
                parsed.values.insert(path, value);
            continue;
        }
        if (schema.isGroup(path)) {
            if (!it.value().isObject()) {
                parsed.violations.append(
                    problem(path, ConfigDocument::tr("must be an object holding settings"),
                            it.value().isObject() ? QString() : scalarText(it.value())));
                continue;
            }
            walk(root, it.value().toObject(), path, parsed);
            continue;
        }
        if (it.value().isObject()) {
            walk(root, it.value().toObject(), path, parsed);
            continue;
        }
        if (const QString reason = RenamedSettings::removalReason(path); !reason.isEmpty()) {
            parsed.violations.append(problem(
                path, ConfigDocument::tr("this setting was removed (%1); ignored").arg(reason), {},
                Violation::Severity::Warning));
            continue;
        }
        // Unknown keys are kept in the settings file, which every command reads: bounded.
        const QString text = scalarText(it.value());
        if (path.size() > InputLimits::unknownKeyPathCharacters) {
            parsed.violations.append(
                problem(printable(path, 80),
                        ConfigDocument::tr("unknown key of %1 characters; at most %2 are kept")
                            .arg(path.size())
                            .arg(InputLimits::unknownKeyPathCharacters)));
        } else if (text.size() > InputLimits::unknownValueCharacters) {
            parsed.violations.append(problem(
                path,
                ConfigDocument::tr("unknown key with a value of %1 characters; at most %2 are "
                                   "kept")
                    .arg(text.size())
                    .arg(InputLimits::unknownValueCharacters)));
        } else if (parsed.unknown.size() == InputLimits::unknownKeysKept) {
            parsed.violations.append(
                problem(path,
                        ConfigDocument::tr("unknown key beyond the first %1; no more are kept")
                            .arg(InputLimits::unknownKeysKept)));
        } else {
            parsed.violations.append(
                problem(path, ConfigDocument::tr("unknown key; kept, but Hubstate does not use it"),
                        {}, Violation::Severity::Warning));
            parsed.unknown.insert(path, text);
        }
    }
}

} // namespace

QString ConfigDocument::versionString()
{
    return QString::number(SettingsSchema::currentFileVersion) + QStringLiteral(".0.0");
}

ConfigDocument::Parsed ConfigDocument::parse(const QByteArray &json, const QString &source)
{
    Parsed parsed;
    StrictJson reader(source, InputLimits::configDocumentBytes);
    const Result<QJsonObject> document = reader.readObject(
        json, ConfigDocument::tr("the configuration document must be a JSON object"));
    if (!document) {
        parsed.violations.append(problem(reader.problem().location, reader.problem().rule));
        return parsed;
    }
    walk(*document, *document, {}, parsed);
    return parsed;
}

Result<ConfigDocument::Parsed> ConfigDocument::readFile(const QString &path)
{
    const Result<QByteArray> bytes = StrictJson::readFile(path, InputLimits::configDocumentBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

QJsonObject ConfigDocument::build(const PreferencesStore &store)
{
    // Nested objects are values in Qt: build each path from the leaf back up.
    QJsonObject root;
    root.insert(QStringLiteral("version"), versionString());
    const std::function<void(QJsonObject &, QStringList, const QJsonValue &)> insert =
        [&insert](QJsonObject &object, QStringList path, const QJsonValue &value) {
            const QString head = path.takeFirst();
            if (path.isEmpty()) {
                object.insert(head, value);
                return;
            }
            QJsonObject child = object.value(head).toObject();
            insert(child, path, value);
            object.insert(head, child);
        };
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        // Shortcuts map an action id (itself dotted) to its keys: one member per action.
        static const QString shortcuts = QStringLiteral("preferences.keyboard.shortcuts.");
        QStringList path;
        if (definition.key.startsWith(shortcuts))
            path = shortcuts.chopped(1).split(u'.') << definition.key.mid(shortcuts.size());
        else
            path = definition.key.split(u'.');
        insert(root, path, SettingValidator::toJson(definition, store.value(definition.key)));
    }
    return root;
}

} // namespace Hubstate::Core
