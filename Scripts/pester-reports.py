#!/usr/bin/env python3
"""Reads back the reports Scripts/pester-e2e made: junit.xml with junitparser (as CI systems read
JUnit), nunit25.xml and nunit3.xml against NUnit's documented result formats (NUnit 2.5:
test-results > test-suite > results > test-case with success/result/executed and
failure/message; NUnit 3: test-run > test-suite > test-case with result Passed/Failed/Skipped and
the run's totals). The run has the worked example's 8 passing tests and failing.Tests.ps1's two
failures and one pass. Prints one line per check, then `N passed, N failed`."""
import sys, os
import xml.etree.ElementTree as ET
from junitparser import JUnitXml, Failure, Skipped

work = sys.argv[1]
passed = failed = 0

def check(name, ok):
    global passed, failed
    print(("ok   " if ok else "FAIL ") + name)
    if ok:
        passed += 1
    else:
        failed += 1

# --- JUnit, through junitparser
xml = JUnitXml.fromfile(os.path.join(work, "junit.xml"))
suites = list(xml)
check("junitparser reads junit.xml: two test suites (one per file)", len(suites) == 2)
cases = [c for s in suites for c in s]
check("junitparser sees 11 test cases", len(cases) == 11)
failures = [c for c in cases if any(isinstance(r, Failure) for r in c.result)]
check("junitparser sees the 2 failures", len(failures) == 2)
names = sorted(c.name for c in failures)
check("failed cases are named Describe.It", names == ["Failing.fails once", "Failing.fails twice"])
msg = [r.message for c in failures for r in c.result if isinstance(r, Failure)]
check("a failure's message is Pester's", "Expected 2, but got 1." in msg)
check("suite counts add up (tests/failures)", sum(s.tests for s in suites) == 11 and sum(s.failures for s in suites) == 2)
check("each case has a time", all(c.time is not None and c.time >= 0 for c in cases))

# --- NUnit 2.5
root = ET.parse(os.path.join(work, "nunit25.xml")).getroot()
check("nunit25: root is test-results", root.tag == "test-results")
check("nunit25: totals (total=11 failures=2)", root.get("total") == "11" and root.get("failures") == "2")
tc = root.findall(".//test-case")
check("nunit25: 11 test-case elements", len(tc) == 11)
check("nunit25: every test-case has name, executed, result, success, time",
      all(all(c.get(a) is not None for a in ("name", "executed", "result", "success", "time")) for c in tc))
bad = [c for c in tc if c.get("result") == "Failure"]
check("nunit25: failures carry failure/message and stack-trace",
      len(bad) == 2 and all(c.find("failure/message") is not None and c.find("failure/stack-trace") is not None for c in bad))
check("nunit25: results are Success or Failure", {c.get("result") for c in tc} <= {"Success", "Failure"})
check("nunit25: suites nest through results", root.find("test-suite/results/test-suite/results") is not None)

# --- NUnit 3
run = ET.parse(os.path.join(work, "nunit3.xml")).getroot()
check("nunit3: root is test-run with totals", run.tag == "test-run" and run.get("total") == "11" and run.get("passed") == "9" and run.get("failed") == "2")
cases3 = run.findall(".//test-case")
check("nunit3: 11 test-case elements with id, fullname, result, duration",
      len(cases3) == 11 and all(all(c.get(a) is not None for a in ("id", "fullname", "result", "duration")) for c in cases3))
check("nunit3: failed cases carry failure/message", all(c.find("failure/message") is not None for c in cases3 if c.get("result") == "Failed"))
ids = [e.get("id") for e in run.iter() if e.get("id") is not None and e.tag != "test-run"]
check("nunit3: ids are unique", len(ids) == len(set(ids)))
check("nunit3: the result of the run is Failed", run.get("result") == "Failed")

print(f"{passed} passed, {failed} failed")
