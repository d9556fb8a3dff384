#include "ApplyProtocol.h"

#include "system/IdTable.h"

#include <QStringDecoder>

#include <algorithm>

namespace fw::applyprotocol {

namespace {

const IdName<Key> kKeys[] = {
    {Key::Detected, "detected"},
    {Key::ConfirmApply, "confirm-apply"},
    {Key::ConfirmRevert, "confirm-revert"},
    {Key::ConfirmPending, "confirm-pending"},
    {Key::Error, "error"},
    {Key::Result, "result"},
};

const IdName<Result> kResults[] = {
    {Result::Applied, "applied"},
    {Result::Kept, "kept"},
    {Result::NothingToDo, "nothing-to-do"},
    {Result::Declined, "declined"},
    {Result::RolledBack, "rolled-back"},
    {Result::RollbackFailed, "rollback-failed"},
    {Result::Failed, "failed"},
    {Result::FailedUndoFailed, "failed-undo-failed"},
    {Result::Locked, "locked"},
    {Result::NothingToRevert, "nothing-to-revert"},
    {Result::Reverted, "reverted"},
    {Result::Restored, "restored"},
    {Result::RevertFailed, "revert-failed"},
};

Key keyFromString(const QString &word)
{
    return fromId(kKeys, word, Key::Invalid);
}

Result resultFromString(const QString &word)
{
    return fromId(kResults, word, Result::Invalid);
}

/// A number of plain decimal digits (no sign, no leading zero) from @p min to @p max, or -1.
int boundedNumber(const QString &text, int min, int max)
{
    if (text.isEmpty() || text.size() > 9 || (text.size() > 1 && text.startsWith(QLatin1Char('0'))))
        return -1;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
    }
    const int n = text.toInt();
    return n >= min && n <= max ? n : -1;
}

/// Whether @p values are of the form that @p key allows.
bool valuesFit(Key key, const QStringList &values)
{
    switch (key) {
    case Key::Detected:
        return values.size() == 2
            && (values.at(0) == QLatin1String("none") || backendFromString(values.at(0)) != BackendId::Invalid)
            && (values.at(1) == QLatin1String("full") || values.at(1) == QLatin1String("partial"));
    case Key::ConfirmApply:
        return values.size() == 2 && backendFromString(values.at(0)) != BackendId::Invalid
            && boundedNumber(values.at(1), 0, 1000000) >= 0;
    case Key::ConfirmRevert:
        return values.isEmpty();
    case Key::ConfirmPending:
        return values.size() == 1 && boundedNumber(values.at(0), 1, 3600) >= 0;
    case Key::Error:
        // Text for people: line breaks and tabs, but no other control characters.
        return values.size() == 1 && !values.at(0).trimmed().isEmpty()
            && std::none_of(values.at(0).cbegin(), values.at(0).cend(), [](QChar c) {
                   return (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                       && c != QLatin1Char('\n') && c != QLatin1Char('\t');
               });
    case Key::Result: {
        const Result r = resultFromString(values.value(0));
        if (r == Result::Invalid)
            return false;
        if (resultHasBackend(r))
            return values.size() == 2 && backendFromString(values.at(1)) != BackendId::Invalid;
        return values.size() == 1;
    }
    case Key::Invalid:
        break;
    }
    return false;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

} // namespace

QString prefix()
{
    return QStringLiteral("@fw1 ");
}

BackendId Message::backend() const
{
    switch (key) {
    case Key::Detected:
    case Key::ConfirmApply:
        return backendFromString(values.value(0));
    case Key::Result:
        return backendFromString(values.value(1));
    default:
        return BackendId::Invalid;
    }
}

bool Message::full() const
{
    return key == Key::Detected && values.value(1) == QLatin1String("full");
}

int Message::number() const
{
    if (key == Key::ConfirmApply)
        return values.value(1).toInt();
    if (key == Key::ConfirmPending)
        return values.value(0).toInt();
    return 0;
}

QString Message::text() const
{
    return key == Key::Error ? values.value(0) : QString();
}

Result Message::result() const
{
    return key == Key::Result ? resultFromString(values.value(0)) : Result::Invalid;
}

QString keyString(Key key)
{
    return idOf(kKeys, key);
}

QString resultString(Result result)
{
    return idOf(kResults, result);
}

bool resultHasBackend(Result result)
{
    return result == Result::Reverted || result == Result::Restored || result == Result::RevertFailed;
}

QString escape(const QString &value)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c > 0x20 && c < 0x7f && c != '%') {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0f]);
        }
    }
    return QString::fromLatin1(out);
}

bool unescape(const QString &escaped, QString *value)
{
    QByteArray bytes;
    bytes.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const char16_t c = escaped.at(i).unicode();
        if (c <= 0x20 || c >= 0x7f)
            return false;
        if (c != u'%') {
            bytes.append(char(c));
            continue;
        }
        if (i + 2 >= escaped.size())
            return false;
        const QChar hi = escaped.at(i + 1);
        const QChar lo = escaped.at(i + 2);
        if (hi.unicode() >= 0x80 || lo.unicode() >= 0x80 || !isHex(char(hi.unicode())) || !isHex(char(lo.unicode())))
            return false;
        bytes.append(char(QStringView(escaped).mid(i + 1, 2).toUInt(nullptr, 16)));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    *value = decoded;
    return true;
}

QString encode(Key key, const QStringList &values)
{
    QString line = prefix() + keyString(key);
    for (const QString &v : values)
        line += QLatin1Char(' ') + escape(v);
    return line;
}

QString encode(const Message &message)
{
    return encode(message.key, message.values);
}

QString detected(BackendId backend, bool full)
{
    return encode(Key::Detected,
        {backend == BackendId::Invalid ? QStringLiteral("none") : backendIdString(backend),
            full ? QStringLiteral("full") : QStringLiteral("partial")});
}

QString confirmApply(BackendId backend, int rules)
{
    return encode(Key::ConfirmApply, {backendIdString(backend), QString::number(rules)});
}

QString confirmRevert()
{
    return encode(Key::ConfirmRevert);
}

QString confirmPending(int seconds)
{
    return encode(Key::ConfirmPending, {QString::number(seconds)});
}

QString error(const QString &text)
{
    return encode(Key::Error, {text});
}

QString result(Result result, BackendId backend)
{
    QStringList values {resultString(result)};
    if (resultHasBackend(result))
        values << backendIdString(backend);
    return encode(Key::Result, values);
}

Message decode(const QString &line)
{
    if (line.size() > kMaxLineLength || !line.startsWith(prefix()))
        return Message();
    const QStringList words = line.mid(prefix().size()).split(QLatin1Char(' '));
    Message m;
    m.key = keyFromString(words.first());
    if (m.key == Key::Invalid)
        return Message();
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString value;
        if (!unescape(words.at(i), &value) || value.isEmpty())
            return Message();
        m.values << value;
    }
    if (!valuesFit(m.key, m.values))
        return Message();
    return m;
}

QByteArray answerLine(bool yes)
{
    return yes ? QByteArrayLiteral("yes\n") : QByteArrayLiteral("no\n");
}

bool isYes(const QString &answer, bool emptyIsYes)
{
    return (emptyIsYes && answer.isEmpty()) || answer == QLatin1String("yes") || answer == QLatin1String("y");
}

bool isNo(const QString &answer)
{
    return answer == QLatin1String("no") || answer == QLatin1String("n");
}

} // namespace fw::applyprotocol
