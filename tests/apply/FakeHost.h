#pragma once

#include "apply/Host.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

/// A host that runs nothing: it records each command, answers from a script, and keeps files in memory.
class FakeHost : public fw::Host
{
public:
    struct Call
    {
        QString program;
        QStringList args;
        QByteArray input;
        QString line() const { return (QStringList {program} + args).join(QLatin1Char(' ')); }
    };

    QList<Call> calls;
    QMap<QString, QByteArray> files;
    QStringList programs;
    bool privileged = true;
    QStringList interfaces {QStringLiteral("eth0")};
    /// Answers by command-line prefix; the first match wins. Commands without an answer succeed silently.
    QList<QPair<QString, fw::RunResult>> answers;

    static fw::RunResult ok(const QByteArray &out = QByteArray())
    {
        fw::RunResult r;
        r.started = true;
        r.exitCode = 0;
        r.out = out;
        return r;
    }
    static fw::RunResult fail(const QByteArray &err, int code = 1)
    {
        fw::RunResult r;
        r.started = true;
        r.exitCode = code;
        r.err = err;
        return r;
    }
    void answer(const QString &prefix, const fw::RunResult &result) { answers.prepend(qMakePair(prefix, result)); }

    QStringList lines() const
    {
        QStringList all;
        for (const Call &c : calls)
            all << c.line();
        return all;
    }

    fw::RunResult run(const QString &program, const QStringList &args, const QByteArray &input = QByteArray(),
        int timeoutMs = 30000) override
    {
        Q_UNUSED(timeoutMs)
        calls << Call {program, args, input};
        const QString line = calls.last().line();
        for (const auto &a : answers) {
            if (line.startsWith(a.first))
                return a.second;
        }
        return ok();
    }
    bool hasProgram(const QString &program) override { return programs.contains(program); }
    bool readFile(const QString &path, QByteArray *data) override
    {
        if (!files.contains(path))
            return false;
        *data = files.value(path);
        return true;
    }
    bool writeFile(const QString &path, const QByteArray &data, QString *error) override
    {
        Q_UNUSED(error)
        files.insert(path, data);
        return true;
    }
    bool removeFile(const QString &path, QString *error) override
    {
        Q_UNUSED(error)
        files.remove(path);
        return true;
    }
    bool exists(const QString &path) override { return files.contains(path); }
    bool isPrivileged() override { return privileged; }
    QStringList upInterfaces() override { return interfaces; }
};
