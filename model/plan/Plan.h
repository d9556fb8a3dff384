#pragma once

#include "Selection.h"
#include "catalog/Product.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fw {

/// One rule of a plan: what to allow, why, and where the fact comes from. Texts are kept in all three languages.
struct PlanRule
{
    QString id;
    Direction direction = Direction::Invalid;
    Protocol protocol = Protocol::Invalid;
    QList<PortRange> ports; ///< sorted, merged; empty: any port
    QString program;        ///< executable name with the version substituted; empty: none
    RemoteKind remote = RemoteKind::Invalid;
    QStringList hosts;   ///< the remote hosts, where known (RemoteKind::Hosts, or Server with its address)
    QString remoteValue; ///< the id of the host value that gives hosts (RuleDef::remoteValue); empty: none
    LocalizedText purpose;
    QString option;            ///< the option that brings this rule in; empty: always
    bool derived = false;      ///< not the vendor's own statement
    QString source;            ///< id of a source in Plan::sources
    BlockedAdvice whenBlocked; ///< who fixes it and how when a check finds it blocked; empty: generic advice
};

/// An executable that must be allowed to send and receive.
struct PlanExecutable
{
    QString name;
    LocalizedText purpose;
    QString source;
};

/// A note or piece of advice for the checklist.
struct PlanNote
{
    QString id;
    NoteKind kind = NoteKind::Invalid;
    LocalizedText text;
    QString source;
};

/// The resolved plan for one machine: everything the firewall must allow, with reasons and sources.
struct Plan
{
    Selection selection; ///< as given, with defaults filled in (version, values)
    LocalizedText productName;
    QString vendor;
    LocalizedText roleLabel;
    LocalizedText deploymentLabel;             ///< empty where the product has no deployments
    QString versionLabel;                      ///< empty where the product has no versions
    QMap<QString, LocalizedText> optionLabels; ///< the label of each option in selection.options, by its id
    QMap<QString, LocalizedText> valueLabels;  ///< the label of each value in selection.values, by its id
    QList<PlanRule> rules;
    QList<PlanExecutable> executables;
    QList<PlanNote> notes;
    QList<SourceDef> sources; ///< the sources the rules, executables and notes cite, in catalog order

    const SourceDef *source(const QString &id) const;
};

/// Formats ports as "80, 443, 19812-19814"; "any" (untranslated) when the list is empty.
QString portsToString(const QList<PortRange> &ports, const QString &separator = QStringLiteral(", "));

} // namespace fw
