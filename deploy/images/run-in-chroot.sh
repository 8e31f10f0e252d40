#!/bin/sh
# Runs an image tarball made by `./mvnw -Pimages package` without any container engine: unpacks its
# layers into a directory and starts the image's entrypoint there with chroot, as the image's user, in the
# image's working directory, on the host's network. A way to try the images on a machine that has no
# Docker; not an isolation boundary.
#
# Usage (as root):  deploy/images/run-in-chroot.sh IMAGE.tar ROOTFS_DIR [NAME=VALUE ...] [-- ARG ...]
#   NAME=VALUE pairs become the environment (e.g. STEPPEWATCH_BOOTSTRAP_SERVERS=127.0.0.1:9092);
#   arguments after -- are passed to the service (e.g. --config /etc/steppewatch/client.properties).
#   Files the service should read can be copied under ROOTFS_DIR beforehand.
# Needs: python3, tar, chroot, mount (for /proc, which the JVM needs to find its libraries).
set -eu

IMAGE=$1
ROOTFS=$2
shift 2

mkdir -p "$ROOTFS"
ENTRY=$(python3 - "$IMAGE" "$ROOTFS" <<'PY'
import json, subprocess, sys, tempfile
image, rootfs = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as unpacked:
    subprocess.run(["tar", "-xf", image, "-C", unpacked], check=True)
    manifest = json.load(open(unpacked + "/manifest.json"))[0]
    for layer in manifest["Layers"]:
        subprocess.run(["tar", "-xf", unpacked + "/" + layer, "-C", rootfs], check=True, stderr=subprocess.DEVNULL)
    config = json.load(open(unpacked + "/" + manifest["Config"]))["config"]
user = config.get("User") or "0:0"
env = " ".join(config.get("Env", []))
workdir = config.get("WorkingDir") or "/"
print(user + "\t" + env + "\t" + "\x1f".join(config["Entrypoint"]) + "\t" + workdir)
PY
)
USER_SPEC=$(printf '%s' "$ENTRY" | cut -f1)
IMAGE_ENV=$(printf '%s' "$ENTRY" | cut -f2)
ENTRYPOINT=$(printf '%s' "$ENTRY" | cut -f3)
WORKDIR=$(printf '%s' "$ENTRY" | cut -f4)

ENVIRONMENT=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    ENVIRONMENT="$ENVIRONMENT $1"
    shift
done
[ $# -gt 0 ] && shift

mountpoint -q "$ROOTFS/proc" || mount -t proc proc "$ROOTFS/proc"
trap 'umount "$ROOTFS/proc" 2>/dev/null || true' EXIT INT TERM

OLD_IFS=$IFS
IFS=$(printf '\037')
# shellcheck disable=SC2086
set -- $ENTRYPOINT "$@"
IFS=$OLD_IFS
# env --chdir: a container engine starts the entrypoint in the image's WorkingDir, chroot in /.
# shellcheck disable=SC2086
chroot --userspec="$USER_SPEC" "$ROOTFS" /usr/bin/env -i --chdir="$WORKDIR" $IMAGE_ENV HOME=/home/nonroot $ENVIRONMENT "$@"
