#!/bin/sh
# Runs one test (the arguments) so that, run as root, neither it nor anything it starts reads or writes the
# machine's own /var/lib/firewall-wizard, /var/log/firewall-wizard or /etc/firewall-wizard: in a mount namespace of
# its own (unshare -m, private propagation) empty folders of a temporary folder are bind-mounted over them. The
# wizard tests run the program's code inside the test process, which as root uses those folders. Tests that look
# into root's folders make their own, per command (RootSandbox.h). Not root: the test runs as it is.
[ "$(id -u)" = 0 ] || exec "$@"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fw-root-XXXXXX") || exit 1
mkdir -m 700 "$tmp/var-lib" "$tmp/var-log" && mkdir -p "$tmp/etc/catalog" || exit 1
# The mount points, made the way the program itself makes the first two.
mkdir -p -m 700 /var/lib/firewall-wizard /var/log/firewall-wizard && mkdir -p /etc/firewall-wizard || exit 1
unshare -m --propagation private sh -c \
    'mount --bind "$0" /var/lib/firewall-wizard && mount --bind "$1" /var/log/firewall-wizard &&
     mount --bind "$2" /etc/firewall-wizard && shift 2 && exec "$@"' \
    "$tmp/var-lib" "$tmp/var-log" "$tmp/etc" "$@"
rc=$?
rm -rf "$tmp"
exit $rc
