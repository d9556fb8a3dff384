#include "ValueCheck.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace fw {

namespace {

QString characterName(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format)
        return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QString(c);
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

ValueReason validatePort(const QString &value, QString *detail)
{
    for (QChar c : value) {
        if (!c.isDigit() || c.unicode() > 0x7f) {
            if (detail)
                *detail = characterName(c);
            return ValueReason::NotANumber;
        }
    }
    if (value.size() > 5)
        return ValueReason::PortOutOfRange;
    const int port = value.toInt();
    if (port < 1 || port > 65535)
        return ValueReason::PortOutOfRange;
    return ValueReason::Invalid;
}

ValueReason validatePath(const QString &value, QString *detail)
{
    static const QString forbidden = QStringLiteral("\"'`$;|&<>");
    for (QChar c : value) {
        if (isControl(c) || forbidden.contains(c)) {
            if (detail)
                *detail = characterName(c);
            return ValueReason::ForbiddenCharacter;
        }
    }
    if (value.size() > 1024)
        return ValueReason::TooLong;
    return ValueReason::Invalid;
}

/// All decimal digits (ASCII), at least one.
bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

/// A label that inet_aton() reads as a number: decimal, octal (leading 0) or hex (0x...), e.g. "0x7f", "0x".
bool numericLabel(const QString &label)
{
    if (allDigits(label))
        return true;
    if (label.size() < 2 || label.at(0) != QLatin1Char('0') || label.at(1).toLower() != QLatin1Char('x'))
        return false;
    for (int i = 2; i < label.size(); ++i) {
        const QChar c = label.at(i).toLower();
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

ValueReason badHost(ValueReason reason, QString *detail, const QString &what = QString())
{
    if (detail)
        *detail = what;
    return reason;
}

} // namespace

bool isStrictIPv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (!allDigits(part) || part.size() > 3 || (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            || part.toInt() > 255)
            return false;
    }
    return true;
}

ValueReason validateHost(const QString &host, QString *detail)
{
    static const QString allowed = QStringLiteral("-.:%[]");
    for (QChar c : host) {
        const bool ok = c.unicode() < 0x80 && (c.isLetterOrNumber() || allowed.contains(c));
        if (!ok) {
            if (detail)
                *detail = characterName(c);
            return ValueReason::ForbiddenCharacter;
        }
    }
    if (host.contains(QLatin1Char(':'))) {
        QString literal = host;
        if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
            literal = literal.mid(1, literal.size() - 2);
        QHostAddress address;
        if (!literal.contains(QLatin1Char('%')) && address.setAddress(literal)
            && address.protocol() == QAbstractSocket::IPv6Protocol)
            return ValueReason::Invalid; // QHostAddress reads an IPv4 part in IPv6 (::ffff:192.0.2.1) strictly
        return badHost(ValueReason::BadHostName, detail);
    }
    if (host.contains(QLatin1Char('[')) || host.contains(QLatin1Char(']')) || host.contains(QLatin1Char('%'))) {
        if (detail)
            *detail = QString();
        return ValueReason::BadHostName;
    }
    if (host.size() > 253)
        return ValueReason::TooLong;
    if (isStrictIPv4(host))
        return ValueReason::Invalid;
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // a fully qualified name may end with the root's dot
    const QStringList labels = name.split(QLatin1Char('.'));
    // Four plain decimals out of range (999.1.1.1) are a bad address. Any other name that ends in a number is what
    // inet_aton() reads as IPv4 in another form (010.1.1.1 octal, 0x7f.0.0.1, 127.1, 2130706433), and no host name:
    // a top-level label is never all-numeric (RFC 3696 2), so such a value would reach the firewall as another address.
    if (numericLabel(labels.last())) {
        bool plain = labels.size() == 4 && !host.endsWith(QLatin1Char('.'));
        for (const QString &label : labels)
            plain = plain && allDigits(label) && (label.size() == 1 || !label.startsWith(QLatin1Char('0')));
        return badHost(plain ? ValueReason::BadHostName : ValueReason::LooseIPv4, detail);
    }
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-'))) {
            if (detail)
                *detail = label;
            return ValueReason::BadHostName;
        }
    }
    return ValueReason::Invalid;
}

ValueReason validateValue(ValueType type, const QString &value, QString *detail)
{
    if (detail)
        detail->clear();
    if (value.isEmpty())
        return ValueReason::Empty;
    switch (type) {
    case ValueType::Port:
        return validatePort(value, detail);
    case ValueType::Host:
        return validateHost(value, detail);
    case ValueType::Path:
        return validatePath(value, detail);
    case ValueType::Invalid:
        break;
    }
    return ValueReason::Empty;
}

QString valueReasonText(ValueReason reason, const QString &value, const QString &detail)
{
    // The context is written out at each call: lupdate reads only literal contexts.
    switch (reason) {
    case ValueReason::Invalid:
        return {};
    case ValueReason::Empty:
        return QCoreApplication::translate("fw::ValueCheck", "a value is required");
    case ValueReason::NotANumber:
        return QCoreApplication::translate("fw::ValueCheck", "'%1' is not a port number (use digits only, 1-65535)")
            .arg(value);
    case ValueReason::PortOutOfRange:
        return QCoreApplication::translate("fw::ValueCheck", "%1 is not a port (1-65535)").arg(value);
    case ValueReason::ForbiddenCharacter:
        return QCoreApplication::translate("fw::ValueCheck", "the character %1 is not allowed here")
            .arg(detail.size() == 1 ? QStringLiteral("'%1'").arg(detail) : detail);
    case ValueReason::BadHostName:
        if (!detail.isEmpty())
            return QCoreApplication::translate("fw::ValueCheck",
                "'%1' is not a valid host name: the part '%2' is empty, too long or starts or ends with '-'")
                .arg(value, detail);
        return QCoreApplication::translate("fw::ValueCheck", "'%1' is not a valid host name or IP address").arg(value);
    case ValueReason::LooseIPv4:
        return QCoreApplication::translate("fw::ValueCheck",
            "'%1' is not a valid IP address or host name: an IPv4 address is four numbers 0-255 without "
            "leading zeros (e.g. 192.0.2.10), and a host name does not end in a number")
            .arg(value);
    case ValueReason::TooLong:
        return QCoreApplication::translate("fw::ValueCheck", "the value is too long");
    }
    return {};
}

} // namespace fw
