#!/usr/bin/env python3
"""Shell benchmarks of issue #2 (and the output formatting of issue #10), measured side by side in one run (these machines are noisy, so
each figure is the median of several runs and each target is also shown as a ratio against a
reference measured in the same run). Never fails on time.

usage: shell.py BIN [--runs N]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

bin_path = sys.argv[1]
runs = 5
if "--runs" in sys.argv:
    runs = int(sys.argv[sys.argv.index("--runs") + 1])


def timed(cmd, stdin=None):
    times = []
    out = b""
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        out = p.stdout
        if p.returncode != 0:
            sys.stderr.write(f"bench: {' '.join(cmd[:3])} exited {p.returncode}: {p.stderr.decode()[:400]}\n")
    return statistics.median(times), out


def ms(s):
    return f"{s * 1000:8.1f} ms"


rows = []
# (e) process start to first output, against python3 -c 'print(1)' as the machine's reference.
start, _ = timed([bin_path, "-c", "1"])
py_start, _ = timed(["python3", "-S", "-c", "print(1)"])
true_start, _ = timed(["/bin/true"])
rows.append(("(e) start to first output: licenselab -c '1'", start, "< 20 ms",
             f"python3 -S -c 'print(1)' {ms(py_start).strip()}; /bin/true {ms(true_start).strip()}"))

# (a) the loop against CPython.
loop_ps = "$s=0; foreach ($i in 1..1000000) { $s += $i }; $s"
loop_py = "s=0\nfor i in range(1, 1000001):\n    s += i\nprint(s)"
a, out_a = timed([bin_path, "-c", loop_ps])
a_py, out_py = timed(["python3", "-c", loop_py])
rows.append(("(a) foreach 1..1000000 { $s += $i }", a, "within 2x of CPython",
             f"python3 {ms(a_py).strip()} -> ratio {a / a_py:.2f}x (outputs {out_a.strip().decode()} / {out_py.strip().decode()})"))

# (b) a streaming pipeline.
pipe = "1..200000 | Where-Object { $_ % 3 -eq 0 } | ForEach-Object { $_ * 2 } | Measure-Object -Sum | ForEach-Object Sum"
b, out_b = timed([bin_path, "-c", pipe])
rows.append(("(b) 1..200000 | Where | ForEach | Measure -Sum", b - start, "< 1 s",
             f"wall {ms(b).strip()} minus start-up; sum {out_b.strip().decode()}"))

# (c) objects, Sort-Object and Group-Object.
objs = ("$o = foreach ($i in 1..100000) { [pscustomobject]@{ Id = $i; Dept = 'D' + ($i % 50); Seats = ($i * 7919) % 1000 } }; "
        "$s = $o | Sort-Object Seats; $g = $o | Group-Object Dept; \"$($s.Count) $($g.Count)\"")
c, out_c = timed([bin_path, "-c", objs])
rows.append(("(c) 100,000 [pscustomobject] + Sort-Object + Group-Object", c - start, "< 1 s",
             f"wall {ms(c).strip()} minus start-up; counts {out_c.strip().decode()}"))

# (f) output formatting (issue #10): the same 100,000 objects shown by Out-Default as one table,
# and laid out by Format-Table | Out-String, against sending them to Out-Null in the same run.
made = "$o = foreach ($i in 1..100000) { [pscustomobject]@{ Id = $i; Dept = 'D' + ($i % 50); Seats = ($i * 7919) % 1000 } }; "
f_null, _ = timed([bin_path, "-c", made + "$o | Out-Null"])
f_table, out_f = timed([bin_path, "-c", made + "$o"])
f_string, _ = timed([bin_path, "-c", made + "$o | Format-Table | Out-String | Out-Null"])
rows.append(("(f) 100,000 objects as a table by Out-Default", f_table - f_null, "< 1 s",
             f"wall {ms(f_table).strip()} minus the same script into Out-Null ({ms(f_null).strip()}); {len(out_f.splitlines())} lines"))
rows.append(("(f) ... through Format-Table | Out-String", f_string - f_null, "< 1 s",
             f"wall {ms(f_string).strip()} minus the Out-Null run"))

# (g) indexing a string character by character (issue #17): 100,000 characters against 10,000
# in the same run. Linear time means the ratio is near 10 (it was quadratic: 100x); the text
# holds a non-ASCII character so the UTF-16 path is measured too.
def index_loop(n):
    return (f"$s = ('x' * {n - 1}) + [char]0x00e9; $c = 0; "
            "for ($i = 0; $i -lt $s.Length; $i++) { if ($s[$i] -eq 'x') { $c++ } }; $c")
g_small, _ = timed([bin_path, "-c", index_loop(10_000)])
g_big, out_g = timed([bin_path, "-c", index_loop(100_000)])
rows.append(("(g) $s[$i] over a 100,000-character string", g_big - start, "linear: ~10x the 10,000 run",
             f"10,000 chars {ms(g_small - start).strip()} -> ratio {(g_big - start) / max(g_small - start, 1e-9):.1f}x; count {out_g.strip().decode()}"))

# (d) parse a generated 5,000-line script (parse only, measured in-process by the bench binary).
with tempfile.TemporaryDirectory() as tmp:
    script = os.path.join(tmp, "big.ps1")
    lines = []
    n = 0
    while len(lines) < 5000:
        n += 1
        lines += [
            f"function Get-Thing{n} {{",
            "    [CmdletBinding()]",
            "    param([Parameter(Mandatory)][string]$Name, [int]$Count = 3)",
            f"    $users = Get-MsolUser -All | Where-Object {{ $_.UsageLocation -eq 'US' -and $_.DisplayName -like \"*$Name*\" }}",
            "    foreach ($u in $users) {",
            f"        $lic = $u.Licenses | Where-Object AccountSkuId -eq 'contoso:ENTERPRISEPACK'",
            "        if ($lic.GroupsAssigningLicense.Count -gt 0) { \"$($u.UserPrincipalName) inherits\" } else { 'direct' }",
            f"        $h = @{{ Name = $Name; Count = $Count + {n}; Items = @(1, 2, 3) }}",
            "    }",
            "}",
        ]
    with open(script, "w") as f:
        f.write("\n".join(lines[:5000]) + "\n")
    bench_bin = os.path.join(os.path.dirname(bin_path), "licenselab-bench")
    if os.path.exists(bench_bin):
        p = subprocess.run([bench_bin, "parse", script, "--runs", str(max(runs, 5))], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        parse_line = p.stdout.decode().strip() or p.stderr.decode().strip()
        try:
            parse_s = float(parse_line.split()[0]) / 1000.0
        except (ValueError, IndexError):
            parse_s = float("nan")
        rows.append(("(d) parse a generated 5,000-line script", parse_s, "< 50 ms", parse_line))
    else:
        rows.append(("(d) parse a generated 5,000-line script", float("nan"), "< 50 ms", "licenselab-bench not built"))

print(f"{'benchmark':58} {'median':>11}  {'target':22} notes")
for name, secs, target, note in rows:
    print(f"{name:58} {ms(secs)}  {target:22} {note}")
