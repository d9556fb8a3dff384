#pragma once

#include <QCoreApplication>
#include <QString>

/// The translation context of a file's texts outside a QObject, written once per file in its anonymous namespace:
///
///     namespace Tr {
///     FW_TR_CONTEXT(fw::Host)
///     }
///
/// and called as Tr::tr("..."), like QObject::tr(). lupdate runs with
/// `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=FW_TR_CONTEXT` (translations/CMakeLists.txt), so it files the texts
/// under the context named here. Tr stays a namespace of its own and the calls stay qualified: lupdate binds a
/// context to the innermost namespace or class, and would file an unqualified tr() in a member function under that
/// class's name, where the program never looks it up (tests/app/tst_i18n.cpp checks every text's context).
#define FW_TR_CONTEXT(context)                                                                                         \
    inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)                        \
    {                                                                                                                  \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);                                   \
    }
