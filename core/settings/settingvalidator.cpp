#include "settingvalidator.h"

#include "core/common/printable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace Hubstate::Core {

namespace {

Violation violation(const QString &path, const QString &message, const QString &value)
{
    return Violation{path, message, value, Violation::Severity::Error, true};
}

QString typeMessage(const SettingDefinition &definition)
{
    switch (definition.type) {
    case SettingType::Bool: return SettingValidator::tr("must be true or false");
    case SettingType::Integer: return SettingValidator::tr("must be a whole number");
    case SettingType::Choice:
    case SettingType::Text:
    case SettingType::Color:
    case SettingType::KeySequence: return SettingValidator::tr("must be text");
    }
    return {};
}

const QSet<QString> &namedKeys()
{
    // QKeySequence::PortableText names, so the GUI's QKeySequence reads what the core accepts.
    static const QSet<QString> names = [] {
        QSet<QString> set{
            QStringLiteral("Esc"),       QStringLiteral("Tab"),      QStringLiteral("Backtab"),
            QStringLiteral("Backspace"), QStringLiteral("Return"),   QStringLiteral("Enter"),
            QStringLiteral("Ins"),       QStringLiteral("Del"),      QStringLiteral("Pause"),
            QStringLiteral("Print"),     QStringLiteral("SysReq"),   QStringLiteral("Home"),
            QStringLiteral("End"),       QStringLiteral("Left"),     QStringLiteral("Up"),
            QStringLiteral("Right"),     QStringLiteral("Down"),     QStringLiteral("PgUp"),
            QStringLiteral("PgDown"),    QStringLiteral("Space"),    QStringLiteral("Menu"),
            QStringLiteral("Help"),      QStringLiteral("CapsLock"), QStringLiteral("NumLock"),
            QStringLiteral("ScrollLock")};
        for (int i = 1; i <= 35; ++i)
            set.insert(QStringLiteral("F") + QString::number(i));
        return set;
    }();
    return names;
}

QString chordProblem(const QString &chord)
{
    static const QStringList modifierOrder{QStringLiteral("Meta"), QStringLiteral("Ctrl"),
                                           QStringLiteral("Alt"), QStringLiteral("Shift")};
    if (chord.isEmpty())
        return SettingValidator::tr("a chord is empty");
    // "Ctrl++" binds the plus key: the last token may itself be "+".
    QStringList parts = chord.split(u'+');
    QString key;
    if (chord.endsWith(QStringLiteral("++")) || chord == QStringLiteral("+")) {
        parts = chord.left(chord.size() - 1).split(u'+', Qt::SkipEmptyParts);
        key = QStringLiteral("+");
    } else {
        key = parts.takeLast();
    }
    QSet<QString> seen;
    for (const QString &modifier : std::as_const(parts)) {
        if (!modifierOrder.contains(modifier))
            return SettingValidator::tr("\"%1\" is not a modifier (Ctrl, Shift, Alt, Meta)")
                .arg(modifier);
        if (seen.contains(modifier))
            return SettingValidator::tr("modifier \"%1\" appears twice").arg(modifier);
        seen.insert(modifier);
    }
    if (key.isEmpty())
        return SettingValidator::tr("a chord has no key after its modifiers");
    if (modifierOrder.contains(key))
        return SettingValidator::tr("a chord has only modifiers");
    if (key.size() == 1) {
        const QChar c = key.at(0);
        if (!c.isPrint() || c.isSpace())
            return SettingValidator::tr("\"%1\" is not a key").arg(key);
        if (c.isLetter() && c.isLower())
            return SettingValidator::tr("letter keys are written in upper case (\"%1\")")
                .arg(key.toUpper());
        return {};
    }
    if (!namedKeys().contains(key))
        return SettingValidator::tr("\"%1\" is not a key name").arg(key);
    return {};
}

} // namespace

QString Violation::toString() const
{
    // Paths and values may come from a file: shown escaped, the value cut short.
    if (path.isEmpty())
        return message;
    if (!hasValue)
        return printable(path, -1) + QStringLiteral(": ") + message;
    return QCoreApplication::translate("Hubstate::Core::SettingValidator", "%1: %2 (value: %3)")
        .arg(printable(path, -1), message, printable(value));
}

bool hasErrors(const Violations &violations)
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [](const Violation &v) { return v.isError(); });
}

QString SettingValidator::keySequenceProblem(const QString &text)
{
    if (text.isEmpty())
        return {}; // unbound
    const QStringList chords = text.split(QStringLiteral(", "));
    if (chords.size() > 4)
        return SettingValidator::tr("at most four chords");
    for (const QString &chord : chords) {
        const QString problem = chordProblem(chord);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

std::optional<Violation> SettingValidator::check(const SettingDefinition &definition,
                                                 const QVariant &value)
{
    const QString path = definition.key;
    const QString shown = toText(definition, value);
    switch (definition.type) {
    case SettingType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return violation(path, typeMessage(definition), shown);
        return std::nullopt;
    case SettingType::Integer: {
        if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int)
            return violation(path, typeMessage(definition), shown);
        const qint64 number = value.toLongLong();
        // Inclusive bounds, the minimum checked even when it is 0.
        if (number > definition.maximum)
            return violation(
                path, SettingValidator::tr("exceeds maximum value of %1").arg(definition.maximum),
                shown);
        if (number < definition.minimum)
            return violation(
                path, SettingValidator::tr("is below minimum value of %1").arg(definition.minimum),
                shown);
        return std::nullopt;
    }
    case SettingType::Choice:
        if (value.typeId() != QMetaType::QString)
            return violation(path, typeMessage(definition), shown);
        if (!definition.choices.contains(value.toString()))
            return violation(path,
                             SettingValidator::tr("must be one of %1")
                                 .arg(definition.choices.join(QStringLiteral(", "))),
                             shown);
        return std::nullopt;
    case SettingType::Text:
        if (value.typeId() != QMetaType::QString)
            return violation(path, typeMessage(definition), shown);
        if (definition.maximum > 0 && value.toString().size() > definition.maximum)
            return violation(
                path, SettingValidator::tr("is longer than %1 characters").arg(definition.maximum),
                shown);
        // A lone surrogate ("\ud800" in JSON) has no UTF-8 form: the file would change it.
        if (!value.toString().isValidUtf16())
            return violation(path, SettingValidator::tr("must be valid Unicode text"), shown);
        if (definition.textRule) {
            if (const QString problem = definition.textRule(value.toString()); !problem.isEmpty())
                return violation(path, problem, shown);
        }
        return std::nullopt;
    case SettingType::Color: {
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (value.typeId() != QMetaType::QString)
            return violation(path, typeMessage(definition), shown);
        if (!hexColor.match(value.toString()).hasMatch())
            return violation(path, SettingValidator::tr("must be a colour written as #RRGGBB"),
                             shown);
        return std::nullopt;
    }
    case SettingType::KeySequence: {
        if (value.typeId() != QMetaType::QString)
            return violation(path, typeMessage(definition), shown);
        const QString problem = keySequenceProblem(value.toString());
        if (!problem.isEmpty())
            return violation(path, SettingValidator::tr("is not a key sequence: %1").arg(problem),
                             shown);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<Violation> SettingValidator::parseText(const SettingDefinition &definition,
                                                     const QString &text, QVariant *value,
                                                     const QString &path)
{
    const QString where = path.isEmpty() ? definition.key : path;
    QVariant parsed;
    switch (definition.type) {
    case SettingType::Bool:
        if (text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
            parsed = true;
        else if (text.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0)
            parsed = false;
        else
            return violation(where, typeMessage(definition), text);
        break;
    case SettingType::Integer: {
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok, 10);
        if (!ok)
            return violation(where, typeMessage(definition), text);
        parsed = number;
        break;
    }
    case SettingType::Choice:
    case SettingType::Text:
    case SettingType::Color:
    case SettingType::KeySequence: parsed = text; break;
    }
    if (std::optional<Violation> broken = check(definition, parsed)) {
        broken->path = where;
        broken->value = text;
        return broken;
    }
    *value = parsed;
    return std::nullopt;
}

QString SettingValidator::toText(const SettingDefinition &definition, const QVariant &value)
{
    if (definition.type == SettingType::Bool && value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

std::optional<Violation> SettingValidator::parseJson(const SettingDefinition &definition,
                                                     const QJsonValue &json, QVariant *value,
                                                     const QString &path)
{
    const QString where = path.isEmpty() ? definition.key : path;
    const auto shown = [&json]() -> QString {
        switch (json.type()) {
        case QJsonValue::String: return u'"' + json.toString() + u'"';
        case QJsonValue::Bool:
            return json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: return QString::number(json.toDouble(), 'g', 17);
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Array: return QStringLiteral("[...]");
        case QJsonValue::Object: return QStringLiteral("{...}");
        case QJsonValue::Undefined: break;
        }
        return QString();
    };
    QVariant parsed;
    switch (definition.type) {
    case SettingType::Bool:
        if (!json.isBool())
            return violation(where, typeMessage(definition), shown());
        parsed = json.toBool();
        break;
    case SettingType::Integer: {
        const double number = json.toDouble();
        if (!json.isDouble() || std::floor(number) != number || std::abs(number) > 9.0e15)
            return violation(where, typeMessage(definition), shown());
        parsed = static_cast<qint64>(number);
        break;
    }
    case SettingType::Choice:
    case SettingType::Text:
    case SettingType::Color:
    case SettingType::KeySequence:
        if (!json.isString())
            return violation(where, typeMessage(definition), shown());
        parsed = json.toString();
        break;
    }
    if (std::optional<Violation> broken = check(definition, parsed)) {
        broken->path = where;
        broken->value = shown();
        return broken;
    }
    *value = parsed;
    return std::nullopt;
}

QJsonValue SettingValidator::toJson(const SettingDefinition &definition, const QVariant &value)
{
    switch (definition.type) {
    case SettingType::Bool: return value.toBool();
    case SettingType::Integer: return value.toLongLong();
    case SettingType::Choice:
    case SettingType::Text:
    case SettingType::Color:
    case SettingType::KeySequence: return value.toString();
    }
    return {};
}

} // namespace Hubstate::Core
