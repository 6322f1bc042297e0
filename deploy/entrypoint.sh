#!/bin/sh
# Entrypoint of the seizure-stats image. The drop folder is a bind mount that users (or Docker,
# when it is missing) create as root with mode 755, which the service user (uid 10001) could not
# write into: started as root, this makes the folder and its done/ and failed/ the service
# user's, then runs the command as that user. Started as another user, it runs the command as is.
set -e
if [ "$(id -u)" = 0 ]; then
  for d in /data/inbox /data/inbox/done /data/inbox/failed; do
    if [ -d "$d" ]; then
      chown seizure:seizure "$d" || echo "seizure-entrypoint: cannot take ownership of $d" >&2
    fi
  done
  exec setpriv --reuid=seizure --regid=seizure --init-groups -- "$@"
fi
exec "$@"
