#!/usr/bin/env bash
# Installs the built package on this machine (as root) and checks it as an IT person would use it:
# its contents, its systemd units, an account made on the command line, and a sign-in to the
# installed server over HTTPS on loopback. Usage: bash Packaging/check-package.sh PACKAGE.deb
set -euo pipefail
deb=$(readlink -f "$1")
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/gongwen ./lib/systemd/system/gongwen.service ./lib/systemd/system/gongwen-backup.timer \
  ./etc/gongwen/office.yaml ./etc/default/gongwen ./etc/fonts/conf.d/64-gongwen-cjk.conf; do
  grep -q " $path\$" <<<"$contents" || { echo "package lacks $path"; exit 1; }
done
dpkg-deb -f "$deb" Depends
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
getent passwd gongwen >/dev/null
test -s /etc/gongwen/tls/cert.pem
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify /lib/systemd/system/gongwen.service /lib/systemd/system/gongwen-backup.service \
    /lib/systemd/system/gongwen-backup.timer
fi
# lintian's findings are printed for the record, not enforced: a binary package built without
# debian/ sources lacks a changelog and a copyright file by its rules.
command -v lintian >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lintian >/dev/null 2>&1 || true
if command -v lintian >/dev/null; then lintian --tag-display-limit 0 "$deb" 2>/dev/null | sort | uniq -c | sort -rn | head -20 || true; fi
# The installed binary needs nothing but its Depends.
ldd /usr/bin/gongwen | grep -q "not found" && { echo "missing library"; exit 1; }

office=/var/lib/gongwen/office
# A machine that had the package before keeps its accounts: the password is set either way.
if runuser -u gongwen -- gongwen user list "$office" | grep -q '^admin'; then
  printf 'installed-pw-2026\n' | runuser -u gongwen -- gongwen user passwd "$office" admin
else
  printf 'installed-pw-2026\n' | runuser -u gongwen -- gongwen user add "$office" admin
fi
runuser -u gongwen -- gongwen user list "$office" | grep -q '^admin'
port=18443
runuser -u gongwen -- env HOME=/var/lib/gongwen gongwen serve "$office" --office /etc/gongwen/office.yaml \
  --host 127.0.0.1 --port $port --tls-cert /etc/gongwen/tls/cert.pem --tls-key /etc/gongwen/tls/key.pem &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base="https://127.0.0.1:$port"
for _ in $(seq 50); do curl -skf "$base/signin" -o /dev/null && break; sleep 0.2; done
page=$(curl -skf "$base/signin")
token=$(sed -n 's/.*"X-Gongwen-Token": "\([0-9a-f]*\)".*/\1/p' <<<"$page" | head -1)
jar=$(mktemp)
curl -skf -c "$jar" -H "Origin: $base" -H "Content-Type: application/json" -H "X-Gongwen-Token: $token" \
  -d '{"name": "admin", "password": "installed-pw-2026"}' "$base/api/signin" >/dev/null
grep -q gongwen_session "$jar"
curl -skf -b "$jar" "$base/" | grep -q "admin"
curl -sk -o /dev/null -w '%{http_code}' "$base/" | grep -q 303
runuser -u gongwen -- gongwen audit "$office" --verify | grep -q "sign-in\|登录"
runuser -u gongwen -- gongwen backup "$office" --output /var/backups/gongwen/check.tar.gz
kill $server
wait $server 2>/dev/null || true
echo "package: installed, units verified, HTTPS sign-in and backup work"
