#pragma once

#include "Product.h"

#include <QString>

namespace fw {

/// Why a value the admin entered (or a catalog default) is refused.
enum class ValueReason {
    Invalid, ///< not a problem: the value is acceptable
    Empty,
    NotANumber,
    PortOutOfRange,
    ForbiddenCharacter, ///< detail: the character, or "U+000A" for control characters
    BadHostName,        ///< detail: the offending label, or empty when the name as a whole is malformed
    LooseIPv4,          ///< an IPv4 address in another form than four plain decimals (010.1.1.1, 0x7f.0.0.1, 127.1)
    TooLong,
};

/// Checks @p value against @p type: ports 1-65535 in plain digits; hosts as RFC 1123 names or IPv4/IPv6 literals;
/// paths without quotes, $, backticks, ;, |, &, <, > or control characters (values end up in scripts).
/// Returns ValueReason::Invalid when the value is acceptable; otherwise the reason, with @p detail set.
ValueReason validateValue(ValueType type, const QString &value, QString *detail = nullptr);
/// Host names per RFC 1123 (letters, digits, hyphens, dots; labels 1-63, total up to 253) and IPv4/IPv6 literals.
/// An IPv4 address is exactly four decimal numbers 0-255 without leading zeros. Whatever inet_aton() or
/// QHostAddress would read as IPv4 in another form (010.1.1.1 octal, 0x7f.0.0.1 hex, 127.1, 2130706433) is refused,
/// as an address and as a name: a name whose last label is all digits or 0x-hex is no host name (RFC 1123 2.1,
/// RFC 3696 2).
ValueReason validateHost(const QString &host, QString *detail = nullptr);
/// Whether @p text is an IPv4 address in its one strict form: four decimal numbers 0-255, no leading zeros.
bool isStrictIPv4(const QString &text);
/// The translated explanation of a refused value, e.g. "70000 is not a port (1-65535)".
QString valueReasonText(ValueReason reason, const QString &value, const QString &detail);

} // namespace fw
