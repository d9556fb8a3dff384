#!/bin/sh
# The fake child of tests/apply/tst_applysession.cpp: it speaks the apply protocol the way
# `firewall-wizard apply|revert --answers-on-stdin` does, or says hostile things. FAKE_MODE picks what it does; it
# writes its arguments to $FAKE_DIR/args and, where it waits for the confirmation, the answer to $FAKE_DIR/answer.
# Protocol lines go to standard error, like the real program's.
printf '%s\n' "$@" > "$FAKE_DIR/args"
say() { printf '%s\n' "$1" >&2; }
case "$FAKE_MODE" in
detect)
    echo "Firewall that governs this machine: nftables"
    echo "input chain inet filter input: policy drop"
    echo ""
    echo "the dry run's preview"
    say "nft: some warning without rights"
    say "@fw1 detected nftables partial"
    ;;
detect-fails)
    say "firewall-wizard: Fehler: --plan-file: kaputt"
    say "@fw1 error --plan-file:%20kaputt"
    exit 2
    ;;
apply)
    say "@fw1 detected nftables full"
    echo "add rule inet filter fwwizard_x tcp dport 19812 accept"
    say "@fw1 confirm-pending 9"
    say "@fw1 confirm-apply nftables 3"
    read answer
    if [ "$answer" != yes ]; then echo "Nothing was changed."; say "@fw1 result declined"; exit 0; fi
    echo "Applied. Keep it?"
    say "@fw1 confirm-pending $FAKE_SECONDS"
    answer=$(timeout "$FAKE_SECONDS" sh -c 'read a && echo "$a"')
    echo "${answer:-timeout}" > "$FAKE_DIR/answer"
    if [ "$answer" = yes ]; then say "@fw1 result kept"; exit 0; fi
    say "Not confirmed: the change was rolled back."
    say "@fw1 result rolled-back"
    exit 3
    ;;
hostile)
    echo "@fw1 result kept"
    say "firewall-wizard: Fehler: result kept"
    say "result kept"
    say "@fw1 error Schritt%20%E2%80%9Everify%E2%80%9C%20fehlgeschlagen"
    say "@fw1 result failed"
    say "@fw1 result kept extra"
    say "@fw1 error %ZZ"
    say "@fw1 confirm-pending 5"
    head -c 70000 /dev/zero | tr '\0' x >&2
    say "@fw1 result kept"
    exit 0
    ;;
lies)
    say "@fw1 result kept"
    exit 3
    ;;
crash)
    say "@fw1 confirm-apply nftables 1"
    kill -SEGV $$
    ;;
revert)
    say "@fw1 result reverted nftables"
    say "@fw1 result restored ufw"
    echo "Reverted: timesensor-legal/server (nftables)"
    ;;
revert-fails)
    say "@fw1 result reverted nftables"
    say "firewall-wizard: error: revert failed"
    say "@fw1 error revert%20failed%20at%20the%20step"
    say "@fw1 result revert-failed ufw"
    exit 3
    ;;
esac
