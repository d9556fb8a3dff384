#include "NftLibrary.h"

namespace fw {

namespace {

// The output flags of libnftables.h (NFT_CTX_OUTPUT_*), stable since nftables 0.9.1.
const unsigned int kStateless = 1u << 2;
const unsigned int kHandle = 1u << 3;
const unsigned int kJson = 1u << 4;

} // namespace

NftLibrary *NftLibrary::instance()
{
    static NftLibrary *library = [] {
        auto *l = new NftLibrary;
        if (l->load())
            return l;
        delete l;
        return static_cast<NftLibrary *>(nullptr);
    }();
    return library;
}

bool NftLibrary::load()
{
#ifdef Q_OS_LINUX
    m_library.setFileNameAndVersion(QStringLiteral("nftables"), 1);
    if (!m_library.load())
        return false;
    m_ctxNew = reinterpret_cast<CtxNew>(m_library.resolve("nft_ctx_new"));
    m_ctxFree = reinterpret_cast<CtxFree>(m_library.resolve("nft_ctx_free"));
    m_bufferOutput = reinterpret_cast<CtxBuffer>(m_library.resolve("nft_ctx_buffer_output"));
    m_bufferError = reinterpret_cast<CtxBuffer>(m_library.resolve("nft_ctx_buffer_error"));
    m_outputBuffer = reinterpret_cast<CtxGetBuffer>(m_library.resolve("nft_ctx_get_output_buffer"));
    m_errorBuffer = reinterpret_cast<CtxGetBuffer>(m_library.resolve("nft_ctx_get_error_buffer"));
    m_setOutputFlags = reinterpret_cast<CtxSetFlags>(m_library.resolve("nft_ctx_output_set_flags"));
    m_runCommand = reinterpret_cast<RunCmd>(m_library.resolve("nft_run_cmd_from_buffer"));
    return m_ctxNew && m_ctxFree && m_bufferOutput && m_bufferError && m_outputBuffer && m_errorBuffer
        && m_setOutputFlags && m_runCommand;
#else
    return false;
#endif
}

RunResult NftLibrary::run(const QStringList &args, const QByteArray &input)
{
    RunResult result;
    unsigned int flags = 0;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("-j"))
            flags |= kJson;
        else if (args.at(i) == QLatin1String("-s"))
            flags |= kStateless;
        else if (args.at(i) == QLatin1String("-a"))
            flags |= kHandle;
        else
            break;
    }
    const QStringList rest = args.mid(i);
    QByteArray commands;
    if (rest == QStringList {QStringLiteral("-f"), QStringLiteral("-")})
        commands = input;
    else if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-')) && input.isEmpty())
        commands = rest.join(QLatin1Char(' ')).toUtf8();
    else
        return result; // not a call this class knows: the caller runs the program
    // A context per call: its cache of the ruleset must never outlive the call that read it.
    void *ctx = m_ctxNew(0);
    if (!ctx)
        return result;
    m_bufferOutput(ctx);
    m_bufferError(ctx);
    // With the JSON flag, libnftables also reads JSON input, as nft -j -f does.
    m_setOutputFlags(ctx, flags);
    result.started = true;
    result.exitCode = m_runCommand(ctx, commands.constData()) == 0 ? 0 : 1;
    result.out = QByteArray(m_outputBuffer(ctx));
    result.err = QByteArray(m_errorBuffer(ctx));
    m_ctxFree(ctx);
    return result;
}

} // namespace fw
