#pragma once

#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hubstate::Ui {

// A conflict as people read it: what it is about (the setting's label, the layout's or agent's
// name), each side's value as indented "Field: value" lines with the field names spelled out,
// and the fields that changed on both sides marked (a '*' in front, for those who cannot see
// the highlight). Secrets are never shown, only whether there is one.
class SyncConflictText
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Ui::SyncConflictText)

public:
    using Conflict = Core::SyncEngine::Conflict;
    enum class Side { Mine, Theirs, Base };

    struct Text
    {
        QString text;
        QList<int> markedLines; // 0-based lines of fields changed on both sides
    };

    // "Setting “Theme”", "Layout “Work grid”", "Agent “Coder”", "Secret OPENAI_KEY".
    static QString title(const Conflict &conflict);
    // The other device, by name when it has one (with its id, as the engine tells it).
    static QString theirDevice(const Conflict &conflict);
    // Its name alone when it has one, for sentences and labels.
    static QString theirDeviceName(const Conflict &conflict);
    // open | kept mine | took theirs | settled automatically, for the list.
    static QString stateText(const Conflict &conflict);
    static QString policyText(const QString &policyId);
    // The top-level fields that changed on both sides: the engine's list for merge conflicts,
    // else those whose values differ (empty for a setting or a deletion).
    static QStringList bothChanged(const Conflict &conflict);
    static QString fieldLabel(const QString &field);
    static Text sideText(const Conflict &conflict, Side side);
    // One paragraph above the three sides: what happened and what the buttons do.
    static QString explanation(const Conflict &conflict);

private:
    static QList<std::pair<QString, QJsonValue>> fieldsForPeople(const QString &kind,
                                                                 const QJsonObject &record);
    static void appendField(const QString &key, const QJsonValue &field, int depth,
                            QStringList &lines);
    static void appendValue(const QJsonValue &value, int depth, QStringList &lines);
    static QString scalar(const QJsonValue &value);
};

} // namespace Hubstate::Ui
