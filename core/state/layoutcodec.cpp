#include "layoutcodec.h"

#include "core/common/inputlimits.h"
#include "core/common/strictjson.h"
#include "core/common/jsonnumbers.h"
#include "core/common/textposition.h"
#include "core/common/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace Hubstate::Core {

namespace {

class Reader
{
public:
    explicit Reader(Violations *problems)
        : m_problems(problems)
    {
    }

    void fail(const QString &path, const QString &message)
    {
        m_problems->append(Violation{path, message, {}, Violation::Severity::Error, false});
    }

    QString string(const QJsonObject &object, const QString &member, const QString &path,
                   bool required = true)
    {
        const QJsonValue value = object.value(member);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path, LayoutCodec::tr("is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path, LayoutCodec::tr("must be text"));
            return {};
        }
        return value.toString();
    }

    int integer(const QJsonObject &object, const QString &member, const QString &path,
                std::optional<int> fallback = std::nullopt)
    {
        const QJsonValue value = object.value(member);
        if (value.isUndefined() && fallback)
            return *fallback;
        if (value.isUndefined()) {
            fail(path, LayoutCodec::tr("is missing"));
            return 0;
        }
        const std::optional<qint64> number = wholeNumber(value);
        if (!number || *number < std::numeric_limits<int>::min()
            || *number > std::numeric_limits<int>::max()) {
            fail(path, LayoutCodec::tr("must be a whole number"));
            return 0;
        }
        return int(*number);
    }

    QJsonObject object(const QJsonObject &parent, const QString &member, const QString &path,
                       bool required = true)
    {
        const QJsonValue value = parent.value(member);
        if (value.isUndefined()) {
            if (required)
                fail(path, LayoutCodec::tr("is missing"));
            return {};
        }
        if (!value.isObject()) {
            fail(path, LayoutCodec::tr("must be an object"));
            return {};
        }
        return value.toObject();
    }

    QDateTime timestamp(const QJsonObject &object, const QString &member, const QString &path)
    {
        const QJsonValue value = object.value(member);
        if (!value.isString()) {
            string(object, member, path); // reports "is missing" or "must be text"
            return {};
        }
        const QDateTime parsed = parseTimestamp(value.toString());
        if (!parsed.isValid()) {
            m_problems->append(Violation{path, LayoutCodec::tr("must be an ISO 8601 date and time"),
                                         value.toString(), Violation::Severity::Error, true});
        }
        return parsed;
    }

private:
    Violations *m_problems;
};

} // namespace

QJsonObject LayoutCodec::toJson(const Layout &layout)
{
    QJsonArray panes;
    for (const Pane &pane : layout.panes) {
        QJsonObject entry{{QStringLiteral("title"), pane.title},
                          {QStringLiteral("cell"),
                           QJsonObject{{QStringLiteral("column"), pane.column},
                                       {QStringLiteral("row"), pane.row},
                                       {QStringLiteral("columnSpan"), pane.columnSpan},
                                       {QStringLiteral("rowSpan"), pane.rowSpan}}}};
        entry.insert(QStringLiteral("agentId"),
                     pane.agentId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(pane.agentId));
        panes.append(entry);
    }
    QJsonObject metadata{
        {QStringLiteral("createdAt"), layout.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), layout.updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(layout.tags)}};
    if (!layout.userId.isEmpty())
        metadata.insert(QStringLiteral("userId"), layout.userId);
    return QJsonObject{
        {QStringLiteral("id"), layout.id},
        {QStringLiteral("name"), layout.name},
        {QStringLiteral("type"), layout.type},
        {QStringLiteral("grid"),
         QJsonObject{{QStringLiteral("columns"), layout.columns},
                     {QStringLiteral("rows"), layout.rows}}},
        {QStringLiteral("referenceSize"),
         QJsonObject{{QStringLiteral("width"), layout.referenceWidth},
                     {QStringLiteral("height"), layout.referenceHeight}}},
        {QStringLiteral("panes"), panes},
        {QStringLiteral("settings"), layout.settings},
        {QStringLiteral("metadata"), metadata},
    };
}

namespace {
// Members a layout document may have; others are reported and not kept.
void reportUnknown(const QJsonObject &object, const QStringList &known, const QString &prefix,
                   Violations *problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            problems->append(Violation{prefix + it.key(),
                                       LayoutCodec::tr("unknown member; not kept"),
                                       {},
                                       Violation::Severity::Warning,
                                       false});
        }
    }
}
} // namespace

Layout LayoutCodec::fromJson(const QJsonObject &object, Violations *problems)
{
    Reader read(problems);
    reportUnknown(object,
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
                   QStringLiteral("grid"), QStringLiteral("referenceSize"), QStringLiteral("panes"),
                   QStringLiteral("settings"), QStringLiteral("metadata")},
                  {}, problems);
    Layout layout;
    layout.id = read.string(object, QStringLiteral("id"), QStringLiteral("id"));
    layout.name = read.string(object, QStringLiteral("name"), QStringLiteral("name"));
    layout.type = read.string(object, QStringLiteral("type"), QStringLiteral("type"));

    const QJsonObject grid = read.object(object, QStringLiteral("grid"), QStringLiteral("grid"));
    reportUnknown(grid, {QStringLiteral("columns"), QStringLiteral("rows")},
                  QStringLiteral("grid."), problems);
    layout.columns = read.integer(grid, QStringLiteral("columns"), QStringLiteral("grid.columns"));
    layout.rows = read.integer(grid, QStringLiteral("rows"), QStringLiteral("grid.rows"));
    const QJsonObject reference = read.object(object, QStringLiteral("referenceSize"),
                                              QStringLiteral("referenceSize"), false);
    reportUnknown(reference, {QStringLiteral("width"), QStringLiteral("height")},
                  QStringLiteral("referenceSize."), problems);
    layout.referenceWidth = read.integer(reference, QStringLiteral("width"),
                                         QStringLiteral("referenceSize.width"), 1920);
    layout.referenceHeight = read.integer(reference, QStringLiteral("height"),
                                          QStringLiteral("referenceSize.height"), 1080);

    const QJsonValue panes = object.value(QStringLiteral("panes"));
    if (!panes.isArray()) {
        read.fail(QStringLiteral("panes"),
                  panes.isUndefined() ? tr("is missing") : tr("must be an array"));
    }
    const QJsonArray paneArray = panes.toArray();
    for (qsizetype i = 0; i < paneArray.size(); ++i) {
        const QString path = QStringLiteral("panes[%1]").arg(i);
        if (!paneArray.at(i).isObject()) {
            read.fail(path, tr("must be an object"));
            continue;
        }
        const QJsonObject entry = paneArray.at(i).toObject();
        reportUnknown(entry,
                      {QStringLiteral("title"), QStringLiteral("agentId"), QStringLiteral("cell")},
                      path + u'.', problems);
        const QJsonObject cell =
            read.object(entry, QStringLiteral("cell"), path + QStringLiteral(".cell"));
        reportUnknown(cell,
                      {QStringLiteral("column"), QStringLiteral("row"),
                       QStringLiteral("columnSpan"), QStringLiteral("rowSpan")},
                      path + QStringLiteral(".cell."), problems);
        Pane pane;
        pane.column =
            read.integer(cell, QStringLiteral("column"), path + QStringLiteral(".cell.column"));
        pane.row = read.integer(cell, QStringLiteral("row"), path + QStringLiteral(".cell.row"));
        pane.columnSpan = read.integer(cell, QStringLiteral("columnSpan"),
                                       path + QStringLiteral(".cell.columnSpan"), 1);
        pane.rowSpan = read.integer(cell, QStringLiteral("rowSpan"),
                                    path + QStringLiteral(".cell.rowSpan"), 1);
        pane.title =
            read.string(entry, QStringLiteral("title"), path + QStringLiteral(".title"), false);
        pane.agentId =
            read.string(entry, QStringLiteral("agentId"), path + QStringLiteral(".agentId"), false);
        layout.panes.append(pane);
    }

    layout.settings =
        read.object(object, QStringLiteral("settings"), QStringLiteral("settings"), false);
    for (auto it = layout.settings.constBegin(); it != layout.settings.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("showHeaders"), QStringLiteral("showTabs"),
                                       QStringLiteral("snapToGrid"),
                                       QStringLiteral("synchronizedScrolling")};
        const QString path = QStringLiteral("settings.") + it.key();
        if (!known.contains(it.key()))
            problems->append(Violation{
                path, tr("unknown layout setting; kept"), {}, Violation::Severity::Warning, false});
        else if (!it.value().isBool())
            read.fail(path, tr("must be true or false"));
    }

    const QJsonObject metadata =
        read.object(object, QStringLiteral("metadata"), QStringLiteral("metadata"));
    reportUnknown(metadata,
                  {QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                   QStringLiteral("userId"), QStringLiteral("tags")},
                  QStringLiteral("metadata."), problems);
    layout.createdAt =
        read.timestamp(metadata, QStringLiteral("createdAt"), QStringLiteral("metadata.createdAt"));
    layout.updatedAt =
        read.timestamp(metadata, QStringLiteral("updatedAt"), QStringLiteral("metadata.updatedAt"));
    layout.userId =
        read.string(metadata, QStringLiteral("userId"), QStringLiteral("metadata.userId"), false);
    const QJsonValue tags = metadata.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isArray())
        read.fail(QStringLiteral("metadata.tags"), tr("must be an array of text"));
    const QJsonArray tagArray = tags.toArray();
    for (qsizetype i = 0; i < tagArray.size(); ++i) {
        if (!tagArray.at(i).isString())
            read.fail(QStringLiteral("metadata.tags[%1]").arg(i), tr("must be text"));
        else
            layout.tags.append(tagArray.at(i).toString());
    }
    return layout;
}

Layout LayoutCodec::parse(const QByteArray &json, const QString &source, Violations *problems)
{
    StrictJson reader(source, maxDocumentBytes);
    const Result<QJsonObject> document =
        reader.readObject(json, tr("a layout must be a JSON object"));
    if (!document) {
        problems->append(Violation{reader.problem().location,
                                   reader.problem().rule,
                                   {},
                                   Violation::Severity::Error,
                                   false});
        return {};
    }
    return fromJson(*document, problems);
}

} // namespace Hubstate::Core
