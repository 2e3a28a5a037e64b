#include "configcommand.h"

#include "clicontext.h"
#include "core/settings/configdocument.h"
#include "core/settings/environmenttemplate.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/renamedsettings.h"
#include "core/settings/settingsmigrator.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingunits.h"
#include "core/settings/settingvalidator.h"
#include "core/settings/storedreferences.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

namespace {

QJsonValue jsonValue(const QString &key, const QVariant &value)
{
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    return definition ? SettingValidator::toJson(*definition, value) : QJsonValue();
}

QString textValue(const QString &key, const QVariant &value)
{
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    return definition ? SettingValidator::toText(*definition, value) : value.toString();
}

QJsonArray violationsJson(const Violations &violations, Violation::Severity severity)
{
    QJsonArray array;
    for (const Violation &violation : violations) {
        if (violation.severity != severity)
            continue;
        QJsonObject entry{{QStringLiteral("path"), violation.path},
                          {QStringLiteral("rule"), violation.message},
                          {QStringLiteral("message"), violation.toString()}};
        if (violation.hasValue)
            entry.insert(QStringLiteral("value"), violation.value);
        array.append(entry);
    }
    return array;
}

} // namespace

ConfigCommand::ConfigCommand(CliContext &context)
    : m_context(context)
{
}

// The store keeps a pointer to the references: it lets go of them before they go.
ConfigCommand::~ConfigCommand()
{
    if (m_references) {
        if (Result<PreferencesStore *> store = m_context.store(); store)
            (*store)->setReferences(nullptr);
    }
}

int ConfigCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(ConfigCommand::tr("config needs a subcommand"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("get"))
        return get(arguments);
    if (subcommand == QLatin1String("set"))
        return set(arguments);
    if (subcommand == QLatin1String("reset"))
        return reset(arguments);
    if (subcommand == QLatin1String("list"))
        return list(arguments);
    if (subcommand == QLatin1String("explain"))
        return explain(arguments);
    if (subcommand == QLatin1String("validate"))
        return validate(arguments);
    if (subcommand == QLatin1String("import"))
        return import(arguments);
    if (subcommand == QLatin1String("export"))
        return exportDocument(arguments);
    if (subcommand == QLatin1String("template"))
        return applyTemplate(arguments);
    if (subcommand == QLatin1String("migrate"))
        return migrate(arguments);
    return m_context.usage(ConfigCommand::tr("unknown config subcommand \"%1\"").arg(subcommand));
}

int ConfigCommand::get(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(ConfigCommand::tr("usage: config get KEY"));
    const QString key = arguments.first();
    if (!SettingsSchema::instance().contains(key))
        return m_context.fail(Error::invalidInput(RenamedSettings::unknownKeyMessage(key)));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    const QVariant value = (*store)->value(key);
    if (m_context.json())
        m_context.printJson(QJsonObject{{QStringLiteral("key"), key},
                                        {QStringLiteral("value"), jsonValue(key, value)}});
    else
        m_context.out() << textValue(key, value) << Qt::endl;
    return 0;
}

int ConfigCommand::set(const QStringList &arguments)
{
    if (arguments.size() != 2)
        return m_context.usage(ConfigCommand::tr("usage: config set KEY VALUE"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    const SettingDefinition *definition = SettingsSchema::instance().find(arguments.at(0));
    if (definition && SettingUnits::kind(*definition) != SettingUnits::Kind::None) {
        // "5min", "512MiB" or the bare number in the schema's unit; stored as the number.
        qint64 number = 0;
        if (std::optional<Violation> broken =
                SettingUnits::parse(*definition, arguments.at(1), &number))
            return m_context.fail(Error::invalidInput(broken->toString()));
        if (Status changed = (*store)->setValue(arguments.at(0), number); !changed)
            return m_context.fail(changed.error());
    } else {
        if (definition) {
            if (Status checking = checkReferences({definition->key}); !checking)
                return m_context.fail(checking.error());
        }
        if (Status changed = (*store)->setText(arguments.at(0), arguments.at(1)); !changed)
            return m_context.fail(changed.error());
    }
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("key"), arguments.at(0)},
                        {QStringLiteral("value"),
                         jsonValue(arguments.at(0), (*store)->value(arguments.at(0)))}});
    }
    return 0;
}

// Settings that name a layout or an agent are checked against the profile's database, opened
// only when one of `keys` is such a setting: the schema's validator has no database.
Status ConfigCommand::checkReferences(const QStringList &keys)
{
    const bool needed = std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        const SettingDefinition *definition = SettingsSchema::instance().find(key);
        return definition
            && (definition->reference == SettingReference::Layout
                || definition->reference == SettingReference::Agent);
    });
    if (!needed || m_references)
        return {};
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return store.error();
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return database.error();
    m_references = std::make_unique<StoredReferences>(**database);
    (*store)->setReferences(m_references.get());
    return {};
}

int ConfigCommand::reset(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(ConfigCommand::tr("usage: config reset KEY"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    if (Status changed = (*store)->reset(arguments.first()); !changed)
        return m_context.fail(changed.error());
    const QString key = arguments.first();
    const PreferencesStore::Layer layer = (*store)->explain(key).layer;
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("key"), key},
                        {QStringLiteral("value"), jsonValue(key, (*store)->value(key))},
                        {QStringLiteral("layer"), PreferencesStore::layerId(layer)}});
    } else {
        m_context.out() << ConfigCommand::tr("%1 = %2 (%3)")
                               .arg(key, (*store)->text(key), PreferencesStore::layerName(layer))
                        << Qt::endl;
    }
    return 0;
}

int ConfigCommand::list(const QStringList &arguments)
{
    const bool modifiedOnly = arguments.contains(QLatin1String("--modified"));
    if (arguments.size() > (modifiedOnly ? 1 : 0))
        return m_context.usage(ConfigCommand::tr("usage: config list [--modified]"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    QJsonArray array;
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        const PreferencesStore::Explanation why = (*store)->explain(definition.key);
        const bool modified = (*store)->isModified(definition.key);
        if (modifiedOnly && !modified)
            continue;
        if (m_context.json()) {
            array.append(QJsonObject{
                {QStringLiteral("key"), definition.key},
                {QStringLiteral("value"), jsonValue(definition.key, why.value)},
                {QStringLiteral("default"), jsonValue(definition.key, definition.defaultValue)},
                {QStringLiteral("layer"), PreferencesStore::layerId(why.layer)},
                {QStringLiteral("modified"), modified},
                {QStringLiteral("locked"), why.locked}});
        } else {
            QString line =
                definition.key + QStringLiteral(" = ") + textValue(definition.key, why.value);
            if (why.layer != PreferencesStore::Layer::Default)
                line += QStringLiteral("  [") + PreferencesStore::layerName(why.layer) + u']';
            m_context.out() << line << '\n';
        }
    }
    if (m_context.json())
        m_context.printJson(array);
    m_context.out().flush();
    return 0;
}

int ConfigCommand::explain(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(ConfigCommand::tr("usage: config explain KEY"));
    const QString key = arguments.first();
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    if (!definition)
        return m_context.fail(Error::invalidInput(RenamedSettings::unknownKeyMessage(key)));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    const PreferencesStore::Explanation why = (*store)->explain(key);
    const auto optionalJson = [&key](const std::optional<QVariant> &value) {
        return value ? jsonValue(key, *value) : QJsonValue(QJsonValue::Null);
    };
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("key"), key},
                        {QStringLiteral("value"), jsonValue(key, why.value)},
                        {QStringLiteral("layer"), PreferencesStore::layerId(why.layer)},
                        {QStringLiteral("locked"), why.locked},
                        {QStringLiteral("default"), jsonValue(key, why.defaultValue)},
                        {QStringLiteral("environment"), why.templateName},
                        {QStringLiteral("template"), optionalJson(why.templateValue)},
                        {QStringLiteral("adminDefault"), optionalJson(why.adminDefault)},
                        {QStringLiteral("user"), optionalJson(why.userValue)},
                        {QStringLiteral("policyFile"), why.policyFile},
                        {QStringLiteral("policyExplanation"), why.policyExplanation}});
        return 0;
    }
    QTextStream &out = m_context.out();
    const QString none = ConfigCommand::tr("(not set)");
    const auto shown = [&](const std::optional<QVariant> &value) {
        return value ? textValue(key, *value) : none;
    };
    out << key << QStringLiteral(" = ") << textValue(key, why.value) << '\n';
    out << ConfigCommand::tr("  %1").arg(definition->translatedLabel()) << QStringLiteral(": ")
        << definition->translatedDescription() << '\n';
    out << ConfigCommand::tr("  supplied by: %1").arg(PreferencesStore::layerName(why.layer))
        << '\n';
    if (why.locked) {
        out << ConfigCommand::tr("  locked by the administrator in %1").arg(why.policyFile);
        if (!why.policyExplanation.isEmpty())
            out << QStringLiteral(" (") << why.policyExplanation << u')';
        out << '\n';
        // Only worth saying where the two environments' templates disagree on this key.
        const auto templateText = [&key](const QString &environment) {
            const QMap<QString, QVariant> *values = EnvironmentTemplate::values(environment);
            return values && values->contains(key) ? textValue(key, values->value(key)) : QString();
        };
        if (!why.lockedEnvironment.isEmpty()
            && templateText(why.lockedEnvironment) != templateText(why.templateName)) {
            out << ConfigCommand::tr("  the lock holds the value of the administrator's "
                                     "environment (%1), not of yours (%2)")
                       .arg(why.lockedEnvironment, why.templateName)
                << '\n';
        }
    }
    out << ConfigCommand::tr("  user:               %1").arg(shown(why.userValue)) << '\n';
    out << ConfigCommand::tr("  admin default:      %1").arg(shown(why.adminDefault)) << '\n';
    out << ConfigCommand::tr("  template (%1): %2").arg(why.templateName, shown(why.templateValue))
        << '\n';
    out << ConfigCommand::tr("  built-in default:   %1").arg(textValue(key, why.defaultValue))
        << '\n';
    if (why.locked && why.userValue)
        out << ConfigCommand::tr("  your value is kept but not used while the lock holds") << '\n';
    out.flush();
    return 0;
}

int ConfigCommand::validate(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(ConfigCommand::tr("usage: config validate FILE"));
    Result<ConfigDocument::Parsed> parsed = ConfigDocument::readFile(arguments.first());
    if (!parsed)
        return m_context.fail(parsed.error());
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("file"), arguments.first()},
                        {QStringLiteral("valid"), parsed->isValid()},
                        {QStringLiteral("errors"),
                         violationsJson(parsed->violations, Violation::Severity::Error)},
                        {QStringLiteral("warnings"),
                         violationsJson(parsed->violations, Violation::Severity::Warning)}});
    } else {
        m_context.report(parsed->violations);
        if (parsed->isValid())
            m_context.out() << ConfigCommand::tr("%1: valid").arg(arguments.first()) << Qt::endl;
    }
    return parsed->isValid() ? 0 : static_cast<int>(ErrorCode::InvalidInput);
}

int ConfigCommand::import(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(ConfigCommand::tr("usage: config import FILE"));
    Result<ConfigDocument::Parsed> parsed = ConfigDocument::readFile(arguments.first());
    if (!parsed)
        return m_context.fail(parsed.error());
    m_context.report(parsed->violations);
    if (!parsed->isValid()) {
        return m_context.fail(Error::invalidInput(
            ConfigCommand::tr("%1: not imported; nothing was changed").arg(arguments.first())));
    }
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    if (Status checking = checkReferences(parsed->values.keys()); !checking)
        return m_context.fail(checking.error());
    if (Status imported = (*store)->setValues(parsed->values, parsed->unknown); !imported) {
        m_context.error(imported.error().message);
        return m_context.fail(
            {imported.error().code,
             ConfigCommand::tr("%1: not imported; nothing was changed").arg(arguments.first()),
             {}});
    }
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("file"), arguments.first()},
                        {QStringLiteral("imported"), int(parsed->values.size())},
                        {QStringLiteral("unknownKept"), int(parsed->unknown.size())}});
    } else {
        m_context.out() << QCoreApplication::translate("Hubstate::Cli::ConfigCommand",
                                                       "%1: imported %n setting(s)", nullptr,
                                                       int(parsed->values.size()))
                               .arg(arguments.first())
                        << Qt::endl;
    }
    return 0;
}

int ConfigCommand::exportDocument(const QStringList &arguments)
{
    QString outFile;
    if (arguments.size() == 2 && arguments.first() == QLatin1String("--out"))
        outFile = arguments.at(1);
    else if (!arguments.isEmpty())
        return m_context.usage(ConfigCommand::tr("usage: config export [--out FILE]"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    const QByteArray json =
        QJsonDocument(ConfigDocument::build(**store)).toJson(QJsonDocument::Indented);
    return m_context.writeDocument(json, outFile);
}

int ConfigCommand::applyTemplate(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(ConfigCommand::tr("usage: config template NAME"));
    const QString name = arguments.first();
    const QMap<QString, QVariant> *values = EnvironmentTemplate::values(name);
    if (!values) {
        return m_context.fail(Error::invalidInput(
            ConfigCommand::tr("no environment template named \"%1\"; templates: %2")
                .arg(name, EnvironmentTemplate::names().join(QStringLiteral(", ")))));
    }
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    if (Status changed = (*store)->setValue(QStringLiteral("environment"), name); !changed)
        return m_context.fail(changed.error());

    // Say plainly which of the template's values do not take effect, and why. A value another
    // layer supplies but that equals the template's is what the template asked for.
    QJsonArray shadowed;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        const PreferencesStore::Explanation why = (*store)->explain(it.key());
        if (textValue(it.key(), why.value) == textValue(it.key(), it.value()))
            continue;
        shadowed.append(
            QJsonObject{{QStringLiteral("key"), it.key()},
                        {QStringLiteral("template"), jsonValue(it.key(), it.value())},
                        {QStringLiteral("value"), jsonValue(it.key(), why.value)},
                        {QStringLiteral("layer"), PreferencesStore::layerId(why.layer)}});
        if (!m_context.json()) {
            m_context.out() << ConfigCommand::tr("%1 stays %2 (%3) instead of the template's %4")
                                   .arg(it.key(), textValue(it.key(), why.value),
                                        PreferencesStore::layerName(why.layer),
                                        textValue(it.key(), it.value()))
                            << '\n';
        }
    }
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("environment"), name},
                                        {QStringLiteral("overridden"), shadowed}});
    } else {
        m_context.out() << ConfigCommand::tr(
                               "environment = %1: %2 of the template's %3 values apply")
                               .arg(name)
                               .arg(values->size() - shadowed.size())
                               .arg(values->size())
                        << Qt::endl;
    }
    return 0;
}

int ConfigCommand::migrate(const QStringList &arguments)
{
    bool dryRun = false;
    int target = SettingsMigrator::currentVersion();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (arguments.at(i) == QLatin1String("--to") && i + 1 < arguments.size()) {
            bool ok = false;
            target = arguments.at(++i).toInt(&ok);
            if (!ok)
                return m_context.usage(ConfigCommand::tr("--to needs a version number"));
        } else {
            return m_context.usage(ConfigCommand::tr("usage: config migrate [--dry-run] [--to N]"));
        }
    }
    const QString file = m_context.profile().settingsFile();
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(file, target, dryRun);
    if (!plan)
        return m_context.fail(plan.error());
    if (m_context.json()) {
        QJsonArray changes;
        for (const SettingsMigrator::Change &change : plan->changes)
            changes.append(change.toString());
        m_context.printJson(
            QJsonObject{{QStringLiteral("file"), file},
                        {QStringLiteral("from"), plan->fromVersion},
                        {QStringLiteral("to"), plan->toVersion},
                        {QStringLiteral("dryRun"), dryRun},
                        {QStringLiteral("steps"), QJsonArray::fromStringList(plan->steps)},
                        {QStringLiteral("changes"), changes},
                        {QStringLiteral("backup"), plan->backupFile}});
        return 0;
    }
    QTextStream &out = m_context.out();
    if (plan->isNoOp()) {
        out << ConfigCommand::tr("%1 is already at version %2").arg(file).arg(plan->toVersion)
            << Qt::endl;
        return 0;
    }
    out << (dryRun ? ConfigCommand::tr("%1 would be migrated from version %2 to %3:")
                   : ConfigCommand::tr("%1 migrated from version %2 to %3:"))
               .arg(file)
               .arg(plan->fromVersion)
               .arg(plan->toVersion)
        << '\n';
    for (const QString &step : std::as_const(plan->steps))
        out << QStringLiteral("  ") << step << '\n';
    for (const SettingsMigrator::Change &change : std::as_const(plan->changes))
        out << QStringLiteral("    ") << change.toString() << '\n';
    if (!plan->backupFile.isEmpty())
        out << ConfigCommand::tr("The previous file is kept as %1").arg(plan->backupFile) << '\n';
    out.flush();
    return 0;
}

} // namespace Hubstate::Cli
