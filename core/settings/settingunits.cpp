#include "settingunits.h"

#include "settingvalidator.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace Hubstate::Core {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;

struct Spelling
{
    const char *symbol; // the unit's symbol (SettingUnits::Unit::symbol)
    const char *written; // one way people write it
};

// What parse() accepts for each unit, compared without regard to case. No two units of one
// kind share a spelling, so "MIN" and "mib" stay unambiguous.
constexpr Spelling durationSpellings[] = {
    {"ms", "ms"},      {"ms", "millisecond"}, {"ms", "milliseconds"},
    {"s", "s"},        {"s", "sec"},          {"s", "second"},
    {"s", "seconds"},  {"min", "min"},        {"min", "mins"},
    {"min", "minute"}, {"min", "minutes"},    {"h", "h"},
    {"h", "hour"},     {"h", "hours"},        {"d", "d"},
    {"d", "day"},      {"d", "days"},
};
constexpr Spelling sizeSpellings[] = {
    {"B", "B"},     {"B", "byte"},  {"B", "bytes"}, {"KiB", "KiB"},
    {"MiB", "MiB"}, {"GiB", "GiB"}, {"TiB", "TiB"},
};
// Decimal or unclear sizes: 1 MB is 1,000,000 bytes to a disk maker and 1,048,576 to many
// programs. Refused with the binary unit to write instead.
constexpr Spelling ambiguousSizes[] = {
    {"KiB", "K"}, {"KiB", "KB"}, {"MiB", "M"}, {"MiB", "MB"},
    {"GiB", "G"}, {"GiB", "GB"}, {"TiB", "T"}, {"TiB", "TB"},
};

Violation violation(const SettingDefinition &definition, const QString &message,
                    const QString &text)
{
    return Violation{definition.key, message, text, Violation::Severity::Error, true};
}

QString symbolList(SettingUnits::Kind kind)
{
    QStringList symbols;
    for (const SettingUnits::Unit &unit : SettingUnits::units(kind))
        symbols.append(unit.symbol);
    const QString last = symbols.takeLast();
    return symbols.isEmpty()
        ? last
        : SettingUnits::tr("%1 or %2").arg(symbols.join(QStringLiteral(", ")), last);
}

QString formMessage(SettingUnits::Kind kind)
{
    switch (kind) {
    case SettingUnits::Kind::Duration:
        return SettingUnits::tr("must be a whole number of milliseconds, or a number and a unit "
                                "(%1) such as 30s or 5min")
            .arg(symbolList(kind));
    case SettingUnits::Kind::Size:
        return SettingUnits::tr("must be a whole number of bytes, or a number and a unit (%1) "
                                "such as 512MiB")
            .arg(symbolList(kind));
    case SettingUnits::Kind::Percent:
        return SettingUnits::tr("must be a whole number of percent, such as 150 or 150%");
    case SettingUnits::Kind::Pixels:
        return SettingUnits::tr("must be a whole number of pixels, such as 200 or 200px");
    case SettingUnits::Kind::None: break;
    }
    return SettingUnits::tr("must be a whole number");
}

QString unknownUnitMessage(SettingUnits::Kind kind, const QString &written)
{
    switch (kind) {
    case SettingUnits::Kind::Duration:
        return SettingUnits::tr("\"%1\" is not a unit of time; use %2")
            .arg(written, symbolList(kind));
    case SettingUnits::Kind::Size:
        return SettingUnits::tr("\"%1\" is not a unit of size; use %2")
            .arg(written, symbolList(kind));
    case SettingUnits::Kind::Percent:
    case SettingUnits::Kind::Pixels:
        return SettingUnits::tr("\"%1\" is not a unit of this setting; use %2")
            .arg(written, symbolList(kind));
    case SettingUnits::Kind::None: break;
    }
    return SettingUnits::tr("takes no unit");
}

} // namespace

SettingUnits::Kind SettingUnits::kind(const SettingDefinition &definition)
{
    if (definition.type != SettingType::Integer)
        return Kind::None;
    if (definition.unit == QLatin1String("ms"))
        return Kind::Duration;
    if (definition.unit == QLatin1String("bytes"))
        return Kind::Size;
    if (definition.unit == QLatin1String("%"))
        return Kind::Percent;
    if (definition.unit == QLatin1String("px"))
        return Kind::Pixels;
    return Kind::None;
}

QList<SettingUnits::Unit> SettingUnits::units(Kind kind)
{
    switch (kind) {
    case Kind::Duration:
        return {{QStringLiteral("ms"), 1},
                {QStringLiteral("s"), Second},
                {QStringLiteral("min"), Minute},
                {QStringLiteral("h"), Hour},
                {QStringLiteral("d"), Day}};
    case Kind::Size:
        return {{QStringLiteral("B"), 1},
                {QStringLiteral("KiB"), KiB},
                {QStringLiteral("MiB"), MiB},
                {QStringLiteral("GiB"), GiB},
                {QStringLiteral("TiB"), TiB}};
    case Kind::Percent: return {{QStringLiteral("%"), 1}};
    case Kind::Pixels: return {{QStringLiteral("px"), 1}};
    case Kind::None: break;
    }
    return {};
}

QList<SettingUnits::Unit> SettingUnits::unitsFor(const SettingDefinition &definition, qint64 value)
{
    const QList<Unit> all = units(kind(definition));
    if (all.size() <= 1)
        return all;
    // Milliseconds for a backup interval of days, or kibibytes for a limit of gigabytes, only
    // make the number unreadable: offer the units within a hundredfold of the minimum (or a
    // millionth of the maximum when the minimum is 0) up to the maximum.
    const qint64 smallest =
        definition.minimum > 0 ? definition.minimum / 100 : definition.maximum / 1000000;
    QList<Unit> offered;
    for (const Unit &unit : all) {
        const bool inRange =
            unit.factor <= qMax<qint64>(definition.maximum, 1) && unit.factor >= smallest;
        if (inRange)
            offered.append(unit);
    }
    if (offered.isEmpty())
        offered.append(all.first());
    // A value that none of them shows whole (1500 ms where seconds are the smallest) brings
    // the unit it needs.
    if (value % offered.first().factor != 0) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->factor < offered.first().factor && value % it->factor == 0) {
                offered.prepend(*it);
                break;
            }
        }
    }
    return offered;
}

SettingUnits::Unit SettingUnits::bestUnit(const SettingDefinition &definition, qint64 value)
{
    const QList<Unit> offered = unitsFor(definition, value);
    if (offered.isEmpty())
        return {};
    if (value == 0) {
        // Nothing divides better than anything else: the default's unit, or the smallest.
        const qint64 fallback = definition.defaultValue.toLongLong();
        return fallback != 0 ? bestUnit(definition, fallback) : offered.first();
    }
    for (auto it = offered.crbegin(); it != offered.crend(); ++it) {
        if (value % it->factor == 0)
            return *it;
    }
    return offered.first();
}

QString SettingUnits::format(qint64 amount, const Unit &unit)
{
    const QString number = QString::number(amount);
    if (unit.symbol == QLatin1String("d"))
        return qAbs(amount) == 1 ? tr("%1 day").arg(number) : tr("%1 days").arg(number);
    if (unit.symbol == QLatin1String("%"))
        return tr("%1%").arg(number);
    if (unit.symbol.isEmpty())
        return number;
    return tr("%1 %2").arg(number, unit.symbol);
}

QString SettingUnits::format(const SettingDefinition &definition, qint64 value)
{
    if (kind(definition) == Kind::None)
        return QString::number(value);
    const Unit unit = bestUnit(definition, value);
    return format(value / unit.factor, unit);
}

QString SettingUnits::chooserName(const Unit &unit)
{
    if (unit.symbol == QLatin1String("ms"))
        return tr("milliseconds");
    if (unit.symbol == QLatin1String("s"))
        return tr("seconds");
    if (unit.symbol == QLatin1String("min"))
        return tr("minutes");
    if (unit.symbol == QLatin1String("h"))
        return tr("hours");
    if (unit.symbol == QLatin1String("d"))
        return tr("days");
    return unit.symbol;
}

QString SettingUnits::rangeText(const SettingDefinition &definition)
{
    return tr("%1 to %2")
        .arg(format(definition, definition.minimum), format(definition, definition.maximum));
}

std::optional<Violation> SettingUnits::parse(const SettingDefinition &definition,
                                             const QString &text, qint64 *value)
{
    const Kind unitKind = kind(definition);
    if (unitKind == Kind::None) {
        QVariant parsed;
        if (std::optional<Violation> broken =
                SettingValidator::parseText(definition, text, &parsed))
            return broken;
        *value = parsed.toLongLong();
        return std::nullopt;
    }
    // One number (optionally signed, optionally with a fraction), then at most one unit.
    static const QRegularExpression form(
        QStringLiteral("^\\s*([+-]?)([0-9]{1,18})(?:\\.([0-9]{1,9}))?\\s*([A-Za-z%]*)\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return violation(definition, formMessage(unitKind), text);
    const QString written = match.captured(4);
    Unit unit{definition.unit, 1};
    if (!written.isEmpty()) {
        bool found = false;
        const auto accept = [&](const Spelling *begin, const Spelling *end) {
            for (const Spelling *spelling = begin; spelling != end && !found; ++spelling) {
                if (written.compare(QLatin1String(spelling->written), Qt::CaseInsensitive) == 0) {
                    for (const Unit &candidate : units(unitKind)) {
                        if (candidate.symbol == QLatin1String(spelling->symbol)) {
                            unit = candidate;
                            found = true;
                        }
                    }
                }
            }
        };
        if (unitKind == Kind::Duration)
            accept(std::begin(durationSpellings), std::end(durationSpellings));
        else if (unitKind == Kind::Size)
            accept(std::begin(sizeSpellings), std::end(sizeSpellings));
        else
            found = written == definition.unit
                || (unitKind == Kind::Percent
                    && written.compare(QLatin1String("percent"), Qt::CaseInsensitive) == 0);
        if (!found && unitKind == Kind::Size) {
            for (const Spelling &ambiguous : ambiguousSizes) {
                if (written.compare(QLatin1String(ambiguous.written), Qt::CaseInsensitive) == 0)
                    return violation(definition,
                                     tr("\"%1\" is ambiguous (1000 or 1024?); write %2")
                                         .arg(written, QLatin1String(ambiguous.symbol)),
                                     text);
            }
        }
        if (!found)
            return violation(definition, unknownUnitMessage(unitKind, written), text);
    }

    // Whole part times the factor, plus the fraction times the factor, all exactly.
    qint64 whole = match.captured(2).toLongLong();
    qint64 result = 0;
    if (qMulOverflow(whole, unit.factor, &result))
        return violation(definition, tr("is too large"), text);
    const QString fraction = match.captured(3);
    if (!fraction.isEmpty()) {
        qint64 scale = 1;
        for (qsizetype i = 0; i < fraction.size(); ++i)
            scale *= 10;
        qint64 part = 0;
        if (qMulOverflow(fraction.toLongLong(), unit.factor, &part))
            return violation(definition, tr("is too large"), text);
        if (part % scale != 0) {
            return violation(definition,
                             tr("is not a whole number of %1").arg(units(unitKind).first().symbol),
                             text);
        }
        if (qAddOverflow(result, part / scale, &result))
            return violation(definition, tr("is too large"), text);
    }
    if (match.captured(1) == QLatin1String("-"))
        result = -result;

    // The bounds, said in the units people read as well as in the stored number.
    if (result > definition.maximum) {
        return violation(definition,
                         tr("exceeds maximum value of %1 (%2)")
                             .arg(definition.maximum)
                             .arg(format(definition, definition.maximum)),
                         text);
    }
    if (result < definition.minimum) {
        return violation(definition,
                         tr("is below minimum value of %1 (%2)")
                             .arg(definition.minimum)
                             .arg(format(definition, definition.minimum)),
                         text);
    }
    *value = result;
    return std::nullopt;
}

QStringList SettingUnits::searchTerms(const SettingDefinition &definition)
{
    const Kind unitKind = kind(definition);
    if (unitKind == Kind::None)
        return {};
    QStringList terms{definition.unit};
    for (const Unit &unit : units(unitKind)) {
        terms.append(unit.symbol);
        if (chooserName(unit) != unit.symbol)
            terms.append(chooserName(unit));
    }
    if (unitKind == Kind::Duration)
        terms.append(tr("milliseconds"));
    else if (unitKind == Kind::Percent)
        terms.append(tr("percent"));
    else if (unitKind == Kind::Pixels)
        terms.append(tr("pixels"));
    terms.removeDuplicates();
    return terms;
}

} // namespace Hubstate::Core
