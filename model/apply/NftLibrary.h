#pragma once

#include "RunResult.h"

#include <QByteArray>
#include <QLibrary>
#include <QStringList>

namespace fw {

/// nft's own library (libnftables.so.1), loaded at run time where it is installed: the same parser and the same
/// one-transaction commit as the nft program, without starting a process for each of the four calls of an apply.
/// The program stays the fallback (SystemHost uses it where the library is missing or a call has other options).
class NftLibrary
{
public:
    /// The library, or nullptr where it cannot be loaded.
    static NftLibrary *instance();

    /// Runs what `nft ARGS` with @p input on standard input would do, for the options -j, -s and -a followed by
    /// "-f -" or by a command ("list ruleset"). Returns a result that did not start for anything else.
    RunResult run(const QStringList &args, const QByteArray &input);

private:
    NftLibrary() = default;
    bool load();

    using CtxNew = void *(*)(unsigned int);
    using CtxFree = void (*)(void *);
    using CtxBuffer = int (*)(void *);
    using CtxGetBuffer = const char *(*)(void *);
    using CtxSetFlags = void (*)(void *, unsigned int);
    using RunCmd = int (*)(void *, const char *);

    QLibrary m_library;
    CtxNew m_ctxNew = nullptr;
    CtxFree m_ctxFree = nullptr;
    CtxBuffer m_bufferOutput = nullptr;
    CtxBuffer m_bufferError = nullptr;
    CtxGetBuffer m_outputBuffer = nullptr;
    CtxGetBuffer m_errorBuffer = nullptr;
    CtxSetFlags m_setOutputFlags = nullptr;
    RunCmd m_runCommand = nullptr;
};

} // namespace fw
