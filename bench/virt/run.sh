#!/bin/bash
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# bench/virt/run.sh [BUILD_DIR] — the virt layer's benchmarks, side by side with virsh.
# Run inside the Debian 13 root: tools/devenv run bench/virt/run.sh build/ci
# (after cmake --build BUILD_DIR --target vcv-bench-virt). Prints a Markdown table.
# VCV_BENCH_REMOTE_DELAYS="0 100" adds rows for the sandbox's remote host over qemu+ssh://, behind
# tools/sandbox/delay-relay with that many ms per direction (the same domains defined there;
# virsh is left out there: `virsh list --all` alone makes a round trip per domain).
set -euo pipefail
build=${1:-build/ci}
bench=$build/bench/virt/vcv-bench-virt
n=${VCV_BENCH_DOMAINS:-1000}
idle=${VCV_BENCH_IDLE_SECONDS:-10}
runs=${VCV_BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# One virsh process for the whole listing with every domain's XML: what a script needs to get
# consoles and log paths (virsh list alone has neither).
virsh_dumpxml_all() {
    local uri=$1
    { virsh -q -c "$uri" list --all --name | sed '/^$/d' | sed 's/^/dumpxml /'; } >"$work/cmds"
    virsh -q -c "$uri" <"$work/cmds"
}

measure() { # URI LABEL [remote]: remote rows leave out virsh (per-domain round trips: minutes at 100 ms)
    local uri=$1 label=$2 i
    local conn=() names=() consoles=() list=() dump=() times
    for ((i = 0; i < runs; i++)); do
        times=$("$bench" list "$uri" "$n")
        conn+=("$(awk '/^list_connected_ms/ {print $2}' <<<"$times")")
        names+=("$(awk '/^list_names_ms/ {print $2}' <<<"$times")")
        consoles+=("$(awk '/^list_consoles_ms/ {print $2}' <<<"$times")")
        if [[ -z ${3:-} ]]; then
            list+=("$(ms virsh -q -c "$uri" list --all)")
            dump+=("$(ms virsh_dumpxml_all "$uri")")
        else
            list+=("—")
            dump+=("—")
        fi
    done
    printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$(printf '%s\n' "${conn[@]}" | median)" \
        "$(printf '%s\n' "${names[@]}" | median)" "$(printf '%s\n' "${consoles[@]}" | median)" \
        "$(printf '%s\n' "${list[@]}" | median)" \
        "$(printf '%s\n' "${dump[@]}" | median)"
}

tools/sandbox/daemons start
"$bench" undefine qemu:///system
"$bench" write-node "$work/node.xml" "$n"
"$bench" define qemu:///system "$n"

echo "### Listing $n domains (median of $runs runs, ms)"
echo
echo "| connection | ours: open → connected | ours: → $n rows, names + states | ours: → all consoles | virsh list --all | virsh list + dumpxml each (one process) |"
echo "|---|---|---|---|---|---|"
measure "test://$work/node.xml" "test driver (in process)"
measure qemu:///system "qemu:///system (libvirtd, $n defined domains)"
if [[ -n ${VCV_BENCH_REMOTE_DELAYS:-} ]]; then
    tools/sandbox/remote up >/dev/null
    tools/sandbox/remote exec "$bench" undefine qemu:///system
    tools/sandbox/remote exec "$bench" define qemu:///system "$n"
    batch=$(tools/sandbox/remote uri --batch)
    sshport=${batch#*@127.0.0.1:}
    sshport=${sshport%%/*}
    for delay in $VCV_BENCH_REMOTE_DELAYS; do
        tools/sandbox/delay-relay --to "127.0.0.1:$sshport" --delay-ms "$delay" --ready "$work/relay-$delay" &
        relay=$!
        while [[ ! -s $work/relay-$delay ]]; do sleep 0.05; done
        uri="qemu+ssh://root@127.0.0.1:$(cat "$work/relay-$delay")/system?${batch#*\?}"
        measure "$uri" "qemu+ssh:// over the relay, $delay ms per direction" remote
        kill "$relay"
    done
    tools/sandbox/remote exec "$bench" undefine qemu:///system
fi
echo

# Idle: libvirt's client-side RPC log, cut to the idle window.
log=$work/rpc.log
LIBVIRT_LOG_FILTERS="1:rpc" LIBVIRT_LOG_OUTPUTS="1:file:$log" "$bench" idle qemu:///system "$idle" >"$work/idle.txt"
begin=$(awk '/^idle_begin/ {print $2 " " $3}' "$work/idle.txt")
end=$(awk '/^idle_end/ {print $2 " " $3}' "$work/idle.txt")
window() { awk -v b="$begin" -v e="$end" '{ t = $1 " " substr($2, 1, 12); if (t >= b && t <= e) print }' "$log"; }
calls=$(window | grep -c 'RPC_CLIENT_MSG_TX_QUEUE.*prog=536903814' || true)   # REMOTE_PROGRAM 0x20008086
ka_sent=$(window | grep -c 'RPC_KEEPALIVE_SEND' || true)
ka_recv=$(window | grep -c 'RPC_KEEPALIVE_RECEIVED' || true)
echo "### $idle s idle on qemu:///system with $n domains"
echo
echo "| measure | count |"
echo "|---|---|"
echo "| remote API calls sent (RPC log, program REMOTE) | $calls |"
echo "| keepalive messages sent (answers to the daemon's pings) | $ka_sent |"
echo "| keepalive messages received | $ka_recv |"
awk '/^(api_calls_by_viewer|fd_dispatches|timer_dispatches|model_resets|model_changes)/ {printf "| %s | %s |\n", $1, $2}' "$work/idle.txt"
"$bench" undefine qemu:///system
