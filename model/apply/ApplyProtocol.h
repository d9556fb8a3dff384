#pragma once

#include "ApplyTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fw::applyprotocol {

/// The line protocol between `apply`/`revert` run with --answers-on-stdin (the child, often elevated) and the
/// program that drives it (the wizard's ApplySession). One stream carries it: the child's standard error. A
/// protocol line is "@fw1 KEY" followed by its values, each after one space, and ends with "\n"; keys are
/// untranslated ASCII words, and each value is percent-escaped (every byte of its UTF-8 that is not printable ASCII
/// other than "%", i.e. spaces, control characters, "%" and non-ASCII, as %XX), so that no value holds a space or a
/// line break. Every other line on standard error, and all of standard output, is text for people (translated).
/// The README ("Applying on this machine") lists the keys. The driving program answers on the child's standard
/// input with the untranslated words "yes" or "no", one a line (answerLine()).
///
/// A decoder takes a line as a protocol message only when it is exactly well formed: the prefix, a known key, the
/// number of values the key has and values of the form it allows. Anything else — another version, a truncated
/// line, an unknown key, a bad escape, a human line such as "firewall-wizard: Fehler: …" — is text.

/// The prefix of every protocol line: "@fw1 " (1 is the protocol's version).
QString prefix();

/// The keys of the protocol.
enum class Key {
    Invalid,
    Detected,       ///< "detected BACKEND|none full|partial": what governs, and whether detection could read everything
    ConfirmApply,   ///< "confirm-apply BACKEND RULES": the preview is complete; an answer on stdin is awaited
    ConfirmRevert,  ///< "confirm-revert": the revert preview is complete; an answer on stdin is awaited
    ConfirmPending, ///< "confirm-pending SECONDS": applied; kept only on "yes" within SECONDS, else rolled back
    Error,          ///< "error TEXT": an error message (translated text, escaped), as printed for people
    Result,         ///< "result WORD [BACKEND]": how the command ended
};

/// How a command ended, the word of a "result" line.
enum class Result {
    Invalid,
    Applied,          ///< applied without a confirmation window
    Kept,             ///< confirmed within the window
    NothingToDo,      ///< nothing filters, or the plan is in place already
    Declined,         ///< the answer was no (or the end of input)
    RolledBack,       ///< not confirmed in time, or "no" during the window: rolled back
    RollbackFailed,   ///< not confirmed, and the rollback failed
    Failed,           ///< a step failed; the steps before it were undone
    FailedUndoFailed, ///< a step failed, and undoing the steps before it failed too
    Locked,           ///< another apply or revert holds the machine's lock; nothing was changed
    NothingToRevert,  ///< nothing of ours is recorded or found
    Reverted,         ///< (with BACKEND) removed what was applied there
    Restored,         ///< (with BACKEND) removing failed, the backup was put back
    RevertFailed,     ///< (with BACKEND) the revert failed
};

/// One protocol message.
struct Message
{
    Key key = Key::Invalid;
    QStringList values; ///< unescaped

    bool isValid() const { return key != Key::Invalid; }
    /// Detected, ConfirmApply, Result (with a back end): the back end; Invalid for "none" or none.
    BackendId backend() const;
    /// Detected: "full".
    bool full() const;
    /// ConfirmApply: the rules; ConfirmPending: the seconds.
    int number() const;
    /// Error: the message.
    QString text() const;
    /// Result: the word.
    Result result() const;
};

/// The untranslated key word ("confirm-apply"), empty for Invalid.
QString keyString(Key key);
/// The untranslated result word ("rolled-back"), empty for Invalid.
QString resultString(Result result);
/// Whether a "result" line with @p result names a back end.
bool resultHasBackend(Result result);

/// @p value with every byte of its UTF-8 outside printable ASCII, and "%", as %XX (upper-case hex).
QString escape(const QString &value);
/// The value that escape() made; false for a value with a space or control character, a byte outside ASCII, a "%"
/// not followed by two hex digits, or bytes that are no UTF-8.
bool unescape(const QString &escaped, QString *value);

/// A protocol line without its "\n": prefix(), the key, the escaped values.
QString encode(Key key, const QStringList &values = QStringList());
/// The line for a Message (encode(message.key, message.values)).
QString encode(const Message &message);
/// "detected BACKEND|none full|partial".
QString detected(BackendId backend, bool full);
/// "confirm-apply BACKEND RULES".
QString confirmApply(BackendId backend, int rules);
/// "confirm-revert".
QString confirmRevert();
/// "confirm-pending SECONDS".
QString confirmPending(int seconds);
/// "error TEXT".
QString error(const QString &text);
/// "result WORD", or "result WORD BACKEND" for the words that name one.
QString result(Result result, BackendId backend = BackendId::Invalid);

/// The message that @p line (without its line end) is, or an invalid one when it is text (see the class notes).
Message decode(const QString &line);

/// The longest line a decoder takes as a message; longer ones are text.
constexpr int kMaxLineLength = 64 * 1024;

/// What the driving program writes to the child's standard input: "yes\n" or "no\n".
QByteArray answerLine(bool yes);
/// Whether @p answer (one line of input, trimmed and lower-cased by the caller) is the untranslated yes ("yes", "y")
/// or, with @p emptyIsYes, empty.
bool isYes(const QString &answer, bool emptyIsYes = false);
/// Whether @p answer is the untranslated no ("no", "n").
bool isNo(const QString &answer);

} // namespace fw::applyprotocol
