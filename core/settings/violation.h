#pragma once

#include <QList>
#include <QString>

namespace Hubstate::Core {

// One broken rule, reported with where it is, which rule and the offending value:
// "layout.maxPanes: exceeds maximum value of 9 (value: 10)".
struct Violation
{
    enum class Severity { Error, Warning };

    QString path; // dotted key or document path, optionally prefixed with "file:line: "
    QString message; // the rule, translated
    QString value; // the offending value as the user wrote it; empty when not applicable
    Severity severity = Severity::Error;
    bool hasValue = true;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};

using Violations = QList<Violation>;

bool hasErrors(const Violations &violations);

} // namespace Hubstate::Core
