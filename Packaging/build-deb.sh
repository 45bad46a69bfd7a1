#!/usr/bin/env bash
# Builds gongwen_<version>_<arch>.deb with dpkg-deb: the release binary (Swift's runtime linked in,
# so only the Debian libraries in Depends are needed), the hardened systemd units, the commented
# /etc/gongwen/office.yaml and the fontconfig mapping. Usage: bash Packaging/build-deb.sh OUTDIR
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/deb}
version=${GONGWEN_VERSION:-0.9.$(git rev-list --count HEAD 2>/dev/null || echo 0)}
arch=$(dpkg --print-architecture)

swift build -c release --product gongwen --static-swift-stdlib
bin="$(swift build -c release --show-bin-path)/gongwen"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
install -D -m 0755 "$bin" "$root/usr/bin/gongwen"
strip --strip-unneeded "$root/usr/bin/gongwen"
install -D -m 0644 Packaging/debian/gongwen.service "$root/lib/systemd/system/gongwen.service"
install -D -m 0644 Samples/systemd/gongwen-backup.service "$root/lib/systemd/system/gongwen-backup.service"
install -D -m 0644 Samples/systemd/gongwen-backup.timer "$root/lib/systemd/system/gongwen-backup.timer"
install -D -m 0644 Packaging/debian/office.yaml "$root/etc/gongwen/office.yaml"
install -D -m 0644 Packaging/debian/default "$root/etc/default/gongwen"
install -D -m 0644 Templates/fontconfig/64-gongwen-cjk.conf "$root/etc/fonts/conf.d/64-gongwen-cjk.conf"
install -D -m 0644 README.zh-CN.md "$root/usr/share/doc/gongwen/README.zh-CN.md"
install -D -m 0644 README.md "$root/usr/share/doc/gongwen/README.md"
# Debian's policy asks for a copyright file and, for a native package, a changelog.
printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: gongwen\n\nFiles: *\nCopyright: the Gongwen developers\nLicense: unspecified\n No licence has been chosen for Gongwen yet; ask its developers.\n' \
  >"$root/usr/share/doc/gongwen/copyright"
{
  printf 'gongwen (%s) stable; urgency=medium\n\n' "$version"
  git log -5 --format='  * %s' 2>/dev/null | cut -c1-78 || true
  printf '\n -- Gongwen developers <gongwen@example.org>  %s\n' "$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")"
} | gzip -9n >"$root/usr/share/doc/gongwen/changelog.gz"

# Depends: the package of every shared library the binary loads, as dpkg knows it.
depends=$(ldd "$root/usr/bin/gongwen" | awk '/=> \// {print $3}' | while read -r library; do
  dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null
done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')

mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: gongwen
Version: $version
Architecture: $arch
Maintainer: Gongwen developers <gongwen@example.org>
Section: text
Priority: optional
Depends: $depends, adduser, openssl, fontconfig
Recommends: libreoffice-writer-nogui, fonts-noto-cjk
Description: 公文 — official documents from meeting records
 Turns structured meeting records into minutes (会议纪要), speech drafts (讲话稿),
 accountability lists and monthly summaries in Markdown, HTML and Word, and
 serves an office: sign-in, roles per folder, 送审/签发 and an audit trail.
CONTROL
printf '/etc/gongwen/office.yaml\n/etc/default/gongwen\n/etc/fonts/conf.d/64-gongwen-cjk.conf\n' >"$root/DEBIAN/conffiles"
install -m 0755 Packaging/debian/postinst "$root/DEBIAN/postinst"
install -m 0755 Packaging/debian/prerm "$root/DEBIAN/prerm"

mkdir -p "$out"
dpkg-deb --root-owner-group --build "$root" "$out/gongwen_${version}_${arch}.deb" >/dev/null
echo "$out/gongwen_${version}_${arch}.deb"
