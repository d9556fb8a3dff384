#include "Ruleset.h"

#include "Run.h"

#include <QRegularExpression>

namespace fw::test {

namespace {

/// The tool's output (and error, which explains an empty output), run in the C locale.
QString output(const QStringList &prefix, const QStringList &command, const QByteArray &input = QByteArray())
{
    RunOptions options;
    options.environment = {QStringLiteral("LC_ALL=C")};
    options.mergeChannels = true;
    options.input = input;
    return QString::fromUtf8(run(prefix + command, options).out);
}

} // namespace

QString nftRuleset(const QStringList &prefix, bool stateless)
{
    return output(prefix,
        stateless ? QStringList {QStringLiteral("nft"), QStringLiteral("-s"), QStringLiteral("list"),
            QStringLiteral("ruleset")}
                  : QStringList {QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("ruleset")});
}

bool loadNftRuleset(const QStringList &prefix, const QString &text, QString *error)
{
    RunOptions options;
    options.environment = {QStringLiteral("LC_ALL=C")};
    options.mergeChannels = true;
    options.input = text.toUtf8();
    const RunResult result
        = run(prefix + QStringList {QStringLiteral("nft"), QStringLiteral("-f"), QStringLiteral("-")}, options);
    if (result.ok())
        return true;
    *error = QStringLiteral("nft -f: ") + QString::fromUtf8(result.out);
    return false;
}

QString iptablesRuleset(const QStringList &prefix)
{
    static const QRegularExpression counters(QStringLiteral("\\[\\d+:\\d+\\]"));
    QStringList lines;
    for (const QString &tool : {QStringLiteral("iptables-save"), QStringLiteral("ip6tables-save")}) {
        const QStringList all = output(prefix, {tool}).split(QLatin1Char('\n'));
        for (const QString &line : all) {
            if (!line.startsWith(QLatin1Char('#')))
                lines << QString(line).replace(counters, QStringLiteral("[0:0]"));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString firewalldState(const QStringList &prefix)
{
    return output(prefix, {QStringLiteral("firewall-cmd"), QStringLiteral("--list-all-zones")})
        + QStringLiteral("\n----\n")
        + output(
            prefix, {QStringLiteral("firewall-cmd"), QStringLiteral("--permanent"), QStringLiteral("--list-all-zones")})
        + QStringLiteral("\n----\n") + nftRuleset(prefix);
}

QString ufwState(const QStringList &prefix, const QString &etcUfw)
{
    return QString::fromUtf8(readFile(etcUfw + QStringLiteral("/user.rules")))
        + QString::fromUtf8(readFile(etcUfw + QStringLiteral("/user6.rules")))
        + output(prefix, {QStringLiteral("ufw"), QStringLiteral("status"), QStringLiteral("verbose")})
        + nftRuleset(prefix);
}

} // namespace fw::test
