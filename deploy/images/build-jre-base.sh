#!/bin/sh
# Builds a Java 17 runtime base image for Jib from Debian packages only, for machines that reach Debian's
# package archive but no container registry. The result is a `docker save`-style tarball that Jib takes as
#   -Djib.base.image=tar:///absolute/path/to/jre-base.tar
#
# Usage (as root: debootstrap needs chroot):  deploy/images/build-jre-base.sh [OUTPUT.tar]
#   default OUTPUT: target/jre-base.tar under the current directory
#   DEBIAN_SUITE (default bookworm) and DEBIAN_MIRROR (default http://deb.debian.org/debian) pick the archive.
# Needs: debootstrap, tar, sha256sum (apt-get install debootstrap).
set -eu

OUTPUT=${1:-target/jre-base.tar}
SUITE=${DEBIAN_SUITE:-bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ROOTFS="$WORK/rootfs"

debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates "$SUITE" "$ROOTFS" "$MIRROR"

# What a runtime image does not need: package caches and lists, documentation, manual pages.
chroot "$ROOTFS" apt-get clean
rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/var/log/*

# The unprivileged user the steppewatch images run as (uid/gid 65532, as in the Jib <user> setting).
echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/usr/sbin/nologin' >> "$ROOTFS/etc/passwd"
echo 'nonroot:x:65532:' >> "$ROOTFS/etc/group"
mkdir -p "$ROOTFS/home/nonroot"
chown 65532:65532 "$ROOTFS/home/nonroot"

IMAGE="$WORK/image"
mkdir -p "$IMAGE"
# Fixed timestamps and numeric owners, so the same packages give the same layer.
tar --numeric-owner --sort=name --mtime='2000-01-01 00:00:00Z' -C "$ROOTFS" -cf "$IMAGE/layer.tar" .
DIFF_ID=$(sha256sum "$IMAGE/layer.tar" | cut -d' ' -f1)
JAVA_HOME=$(cd "$ROOTFS" && ls -d usr/lib/jvm/java-17-openjdk-* | head -n1)

cat > "$IMAGE/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/$JAVA_HOME","LANG=C.UTF-8"],
           "User":"65532:65532","WorkingDir":"/home/nonroot"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$DIFF_ID"]},
 "history":[{"created":"2000-01-01T00:00:00Z","created_by":"deploy/images/build-jre-base.sh: debootstrap $SUITE + openjdk-17-jre-headless"}]}
JSON
cat > "$IMAGE/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["steppewatch/jre-base:17"],"Layers":["layer.tar"]}]
JSON

mkdir -p "$(dirname "$OUTPUT")"
tar -C "$IMAGE" -cf "$OUTPUT" manifest.json config.json layer.tar
echo "JRE base image written to $OUTPUT ($(du -h "$OUTPUT" | cut -f1)); use -Djib.base.image=tar://$(cd "$(dirname "$OUTPUT")" && pwd)/$(basename "$OUTPUT")"
