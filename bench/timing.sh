# Shared by the benchmark scripts (sourced, not run). The sourcing script sets $bench (its name, for
# messages) and $limit (seconds one command may take).

# time_cmd PREFIX CMD...: runs CMD under /usr/bin/time -v and `timeout $limit`, its output in
# PREFIX.out and PREFIX.err; writes its wall-clock seconds to PREFIX.secs, user + system CPU seconds
# to PREFIX.cpu and peak RSS (kB) to PREFIX.kb. Fails, saying why on stderr, when CMD does.
time_cmd() {
    local prefix=$1; shift
    local rc=0
    /usr/bin/time -v -o "$prefix.time" timeout "$limit" "$@" >"$prefix.out" 2>"$prefix.err" || rc=$?
    if [ "$rc" = 124 ]; then
        echo "$bench: did not finish within $limit s: $*" >&2
        return 1
    elif [ "$rc" != 0 ]; then
        echo "$bench: failed ($rc): $*" >&2
        tail -5 "$prefix.err" >&2
        return 1
    fi
    awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' \
        "$prefix.time" >"$prefix.secs"
    awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s }' "$prefix.time" >"$prefix.cpu"
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$prefix.time" >"$prefix.kb"
}

# The median of the numbers on stdin, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
