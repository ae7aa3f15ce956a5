#!/usr/bin/env bash
# System packages some tests drive: Debian's chromium (browser end-to-end tests), python3-networkx (network measures
# cross-checked against networkx) and R (statistics reproduced with base R's lm). Installed with apt-get when missing
# and running as root; otherwise the missing ones are named (the tests that need them then fail and say so).
set -uo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
command -v Rscript >/dev/null || need+=(r-base-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system packages: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null && exit 0
fi
echo "missing system packages (apt-get install ${need[*]} as root): ${need[*]}" >&2
exit 0
