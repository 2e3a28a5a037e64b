#include "syncconflicttext.h"

#include "core/settings/settingsschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Hubstate::Ui {

namespace {

QString indent(int depth)
{
    return QString(depth * 2, u' ');
}

bool isScalar(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray();
}

} // namespace

QString SyncConflictText::title(const Conflict &conflict)
{
    const QString key = conflict.item.section(u':', 1);
    if (conflict.kind == u"setting") {
        if (const Core::SettingDefinition *definition =
                Core::SettingsSchema::instance().find(key)) {
            return tr("Setting “%1” (%2)").arg(definition->translatedLabel(), key);
        }
        return tr("Setting %1").arg(key);
    }
    const QString label = conflict.label.isEmpty() ? key : conflict.label;
    if (conflict.kind == u"layout")
        return tr("Layout “%1”").arg(label);
    if (conflict.kind == u"agent")
        return tr("Agent “%1”").arg(label);
    if (conflict.kind == u"secret")
        return tr("Secret %1").arg(label);
    return label;
}

QString SyncConflictText::theirDevice(const Conflict &conflict)
{
    if (!conflict.theirDeviceName.isEmpty())
        return conflict.theirDeviceName;
    return conflict.theirDevice.isEmpty() ? tr("the other device")
                                          : tr("device %1").arg(conflict.theirDevice);
}

QString SyncConflictText::theirDeviceName(const Conflict &conflict)
{
    QString name = theirDevice(conflict);
    const QString idSuffix = QStringLiteral(" (%1)").arg(conflict.theirDevice);
    if (!conflict.theirDevice.isEmpty() && name.endsWith(idSuffix) && name.size() > idSuffix.size())
        name.chop(idSuffix.size());
    return name;
}

QString SyncConflictText::stateText(const Conflict &conflict)
{
    if (conflict.state == u"open")
        return tr("waits for you");
    if (conflict.state == u"kept-mine")
        return tr("kept this device's");
    if (conflict.state == u"took-theirs")
        return tr("took the other's");
    if (conflict.state == u"automatic")
        return tr("settled automatically");
    if (conflict.state == u"settled")
        return tr("settled by a later change");
    return conflict.state;
}

QString SyncConflictText::policyText(const QString &policyId)
{
    if (policyId == u"last-write-wins")
        return tr("last write wins");
    if (policyId == u"merge")
        return tr("merge");
    if (policyId == u"prompt")
        return tr("ask me");
    return policyId;
}

QString SyncConflictText::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("id"), QT_TR_NOOP("Id")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("grid"), QT_TR_NOOP("Grid")},
        {QStringLiteral("columns"), QT_TR_NOOP("Columns")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("referenceSize"), QT_TR_NOOP("Reference size")},
        {QStringLiteral("width"), QT_TR_NOOP("Width")},
        {QStringLiteral("height"), QT_TR_NOOP("Height")},
        {QStringLiteral("panes"), QT_TR_NOOP("Panes")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("cell"), QT_TR_NOOP("Place")},
        {QStringLiteral("column"), QT_TR_NOOP("Column")},
        {QStringLiteral("row"), QT_TR_NOOP("Row")},
        {QStringLiteral("columnSpan"), QT_TR_NOOP("Columns spanned")},
        {QStringLiteral("rowSpan"), QT_TR_NOOP("Rows spanned")},
        {QStringLiteral("agentId"), QT_TR_NOOP("Agent")},
        {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
        {QStringLiteral("metadata"), QT_TR_NOOP("Details")},
        {QStringLiteral("createdAt"), QT_TR_NOOP("Created")},
        {QStringLiteral("updatedAt"), QT_TR_NOOP("Last changed")},
        {QStringLiteral("userId"), QT_TR_NOOP("User")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("kind"), QT_TR_NOOP("Provider")},
        {QStringLiteral("endpoint"), QT_TR_NOOP("Endpoint")},
        {QStringLiteral("model"), QT_TR_NOOP("Model")},
        {QStringLiteral("timeoutMs"), QT_TR_NOOP("Timeout (ms)")},
        {QStringLiteral("timeout"), QT_TR_NOOP("Timeout")},
        {QStringLiteral("retryAttempts"), QT_TR_NOOP("Retries")},
        {QStringLiteral("enabled"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("secretName"), QT_TR_NOOP("API key (keychain entry)")},
    };
    if (const char *label = labels.value(field))
        return tr(label);
    // Anything else: "maxTokens" reads "Max tokens".
    QString words;
    for (const QChar c : field) {
        if (c.isUpper() && !words.isEmpty())
            words += u' ' + c.toLower();
        else
            words += words.isEmpty() ? c.toUpper() : c;
    }
    return words;
}

QString SyncConflictText::scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() ? tr("(empty)") : text;
    }
    case QJsonValue::Null: return tr("(none)");
    default: return {};
    }
}

void SyncConflictText::appendField(const QString &key, const QJsonValue &field, int depth,
                                   QStringList &lines)
{
    const QString label = fieldLabel(key);
    if (isScalar(field)) {
        lines.append(indent(depth) + tr("%1: %2").arg(label, scalar(field)));
    } else if (field.isArray()
               && std::all_of(field.toArray().begin(), field.toArray().end(), isScalar)) {
        QStringList items;
        for (const QJsonValue &item : field.toArray())
            items.append(scalar(item));
        lines.append(indent(depth)
                     + tr("%1: %2").arg(label, items.isEmpty() ? tr("(none)")
                                                               : items.join(tr(", "))));
    } else if ((field.isObject() && field.toObject().isEmpty())
               || (field.isArray() && field.toArray().isEmpty())) {
        lines.append(indent(depth) + tr("%1: %2").arg(label, tr("(none)")));
    } else {
        lines.append(indent(depth) + tr("%1:").arg(label));
        appendValue(field, depth + 1, lines);
    }
}

void SyncConflictText::appendValue(const QJsonValue &value, int depth, QStringList &lines)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            appendField(it.key(), it.value(), depth, lines);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (isScalar(array.at(i))) {
                lines.append(indent(depth) + tr("%1. %2").arg(i + 1).arg(scalar(array.at(i))));
            } else {
                lines.append(indent(depth) + tr("%1.").arg(i + 1));
                appendValue(array.at(i), depth + 1, lines);
            }
        }
    } else {
        lines.append(indent(depth) + scalar(value));
    }
}

QList<std::pair<QString, QJsonValue>> SyncConflictText::fieldsForPeople(const QString &kind,
                                                                     const QJsonObject &record)
{
    // What people tell records by first; ids and times, the same on both sides or
    // meaningless to compare, left out. The tags live in the layout's metadata.
    QJsonObject rest = record;
    const QJsonObject metadata = rest.take(QStringLiteral("metadata")).toObject();
    if (kind == u"layout" && metadata.contains(QStringLiteral("tags")))
        rest.insert(QStringLiteral("tags"), metadata.value(QStringLiteral("tags")));
    for (const char *hidden : {"id", "createdAt", "updatedAt"})
        rest.remove(QLatin1String(hidden));
    static const QStringList layoutOrder{QStringLiteral("name"),  QStringLiteral("type"),
                                         QStringLiteral("tags"),  QStringLiteral("panes"),
                                         QStringLiteral("grid"),  QStringLiteral("referenceSize"),
                                         QStringLiteral("settings")};
    static const QStringList agentOrder{QStringLiteral("name"),       QStringLiteral("kind"),
                                        QStringLiteral("model"),      QStringLiteral("endpoint"),
                                        QStringLiteral("enabled"),    QStringLiteral("timeoutMs"),
                                        QStringLiteral("retryAttempts"),
                                        QStringLiteral("secretName")};
    QList<std::pair<QString, QJsonValue>> fields;
    for (const QString &key : kind == u"agent" ? agentOrder : layoutOrder) {
        if (rest.contains(key))
            fields.append({key, rest.take(key)});
    }
    for (auto it = rest.begin(); it != rest.end(); ++it)
        fields.append({it.key(), it.value()});
    return fields;
}

QStringList SyncConflictText::bothChanged(const Conflict &conflict)
{
    if (conflict.kind != u"layout" && conflict.kind != u"agent")
        return {};
    // "*": the merge of both sides broke a rule, so the whole record needs the user.
    QStringList fields = conflict.fields;
    fields.removeAll(QStringLiteral("*"));
    if (!fields.isEmpty())
        return fields;
    if (!conflict.mine.isObject() || !conflict.theirs.isObject())
        return {};
    // Compared as shown: the tags apart from the rest of the metadata, times left out.
    const auto shown = [&conflict](const QJsonValue &value) {
        QJsonObject byKey;
        for (const auto &[key, field] : fieldsForPeople(conflict.kind, value.toObject()))
            byKey.insert(key, field);
        return byKey;
    };
    const QJsonObject mine = shown(conflict.mine);
    const QJsonObject theirs = shown(conflict.theirs);
    const QJsonObject base = shown(conflict.base);
    QStringList keys = mine.keys() + theirs.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (mine.value(key) == theirs.value(key))
            continue;
        // Against a known base, a field only one side changed is no conflict.
        if (conflict.base.isObject()
            && (mine.value(key) == base.value(key) || theirs.value(key) == base.value(key)))
            continue;
        fields.append(key);
    }
    return fields;
}

SyncConflictText::Text SyncConflictText::sideText(const Conflict &conflict, Side side)
{
    QJsonValue value = side == Side::Mine ? conflict.mine
        : side == Side::Theirs            ? conflict.theirs
                                          : conflict.base;
    // A setting travels as {"value": ...}.
    if (conflict.kind == u"setting" && value.isObject()
        && value.toObject().contains(QStringLiteral("value")))
        value = value.toObject().value(QStringLiteral("value"));
    Text text;
    if (value.isUndefined()) {
        // A setting without a value of the user's has its default: "deleted" is a reset.
        const Core::SettingDefinition *definition = conflict.kind == u"setting"
            ? Core::SettingsSchema::instance().find(conflict.item.section(u':', 1))
            : nullptr;
        if (definition && side != Side::Base) {
            text.text = tr("%1 (reset to the default)")
                            .arg(scalar(QJsonValue::fromVariant(definition->defaultValue)));
        } else {
            text.text = side == Side::Base ? tr("(not known)") : tr("(deleted)");
        }
        return text;
    }
    if (conflict.kind == u"secret") {
        text.text = tr("(a secret is stored; its value is not shown)");
        return text;
    }
    if (conflict.kind == u"setting" && isScalar(value)) {
        const Core::SettingDefinition *definition =
            Core::SettingsSchema::instance().find(conflict.item.section(u':', 1));
        const QString shown = scalar(value);
        if (definition && !definition->unit.isEmpty() && value.isDouble()) {
            text.text = definition->unit == u"%" ? tr("%1%").arg(shown)
                                                  : tr("%1 %2").arg(shown, definition->unit);
        } else {
            text.text = shown;
        }
        return text;
    }
    QStringList lines;
    if (value.isObject() && (conflict.kind == u"layout" || conflict.kind == u"agent")) {
        for (const auto &[key, field] : fieldsForPeople(conflict.kind, value.toObject()))
            appendField(key, field, 0, lines);
    } else {
        appendValue(value, 0, lines);
    }
    // The lines of fields changed on both sides: marked, and listed for the highlight.
    const QStringList fields = bothChanged(conflict);
    if (value.isObject() && !fields.isEmpty()) {
        QStringList labels;
        for (const QString &field : fields)
            labels.append(fieldLabel(field));
        for (int i = 0; i < lines.size(); ++i) {
            const bool topLevel = !lines.at(i).startsWith(u' ');
            if (topLevel && labels.contains(lines.at(i).section(u':', 0, 0))) {
                lines[i] = u"* " + lines.at(i);
                text.markedLines.append(i);
            } else {
                lines[i] = u"  " + lines.at(i);
            }
        }
    }
    text.text = lines.join(u'\n');
    return text;
}

QString SyncConflictText::explanation(const Conflict &conflict)
{
    const QString other = theirDeviceName(conflict);
    QString text;
    if (conflict.state == u"open") {
        if (conflict.theirs.isUndefined()) {
            text = tr("%1 deleted it while this device changed it. The changed version stays "
                      "until you choose: Take theirs deletes it on every device.")
                       .arg(other);
        } else if (conflict.mine.isUndefined()) {
            text = tr("This device deleted it while %1 changed it. The changed version is back "
                      "until you choose: Keep mine deletes it on every device.")
                       .arg(other);
        } else {
            text = tr("Changed here and on %1 before either had seen the other's change. This "
                      "device's value stays in force until you choose; your choice goes to "
                      "every device.")
                       .arg(other);
        }
    } else if (conflict.state == u"automatic") {
        text = tr("Settled automatically (last write wins): the later change is in force on "
                  "every device. Choose a value to put it in force again.");
    } else if (conflict.state == u"settled") {
        text = tr("Settled by a later change that had seen both values (a choice made on "
                  "another device, or a new edit). Choose a value to put it in force again.");
    } else {
        text = tr("Resolved (%1). You can choose again.").arg(stateText(conflict));
    }
    const QStringList fields = bothChanged(conflict);
    if (conflict.fields.contains(QStringLiteral("*"))) {
        text += u' '
            + tr("Each side's changes were fine alone, but together they break a rule, so "
                 "this needs you.");
    }
    if (!fields.isEmpty()) {
        QStringList labels;
        for (const QString &field : fields)
            labels.append(fieldLabel(field));
        text += u' '
            + tr("Changed on both devices (marked *): %1.").arg(labels.join(tr(", ")));
        if (conflict.policy == u"merge" && !conflict.fields.contains(QStringLiteral("*")))
            text += u' ' + tr("Fields changed on one side only were merged.");
    }
    return text;
}

} // namespace Hubstate::Ui
