"""A decision log with a history for the site's tests: the Xena log of gitrepo.xena (0002 superseded by
0003) plus a record due at Yoga with a revisit already recorded, one overdue by a date, one due at Zed,
and a rejected record renumbered from 6 to 5."""

from __future__ import annotations

import re
from pathlib import Path

from gitrepo import ANN, BOB, GitRepo, record, xena

TODAY = "2021-09-01"  # the coming PTG is Yoga's


def neutron_log(repo: GitRepo) -> None:
    xena(repo)
    repo.write("decisions/0004-keep-iptables-hybrid.md", record(
        "accepted", "Keep the iptables_hybrid driver", revisit="yoga",
        extra="tags: [firewall, ml2]\nrevisits:\n  - {date: 2021-04-20, cycle: xena, outcome: kept, next: yoga, "
              "note: operators still use it}",
        body="Operators rely on **hybrid plugging**; see [ADR 2](0002-keep-linuxbridge.md).\n"))
    repo.write("decisions/0006-adopt-ovn-everywhere.md", record("rejected", "Adopt OVN everywhere",
                                                                 extra="tags: [ovn]"))
    repo.write("decisions/0007-drop-python-3-6.md", record("proposed", "Drop Python 3.6", revisit="2021-06-01",
                                                            extra="cycle: xena"))
    repo.write("decisions/0008-move-ci-to-jammy.md", record("accepted", "Move CI to Jammy", revisit="zed",
                                                             extra="cycle: wallaby\ntags: [ci]"))
    repo.commit("Add ADR 4, 6, 7 and 8", "2021-04-21T10:00:00+00:00", ANN)
    repo.git("mv", "decisions/0006-adopt-ovn-everywhere.md", "decisions/0005-adopt-ovn-everywhere.md")
    repo.commit("Renumber ADR 6 to 5", "2021-04-22T10:00:00+00:00", BOB)


HOSTILE = """---
status: "accepted\\"><script>alert('status')</script>"
date: 2021-04-19
cycle: "<img src=x onerror=alert('cycle')>"
revisit: "<b>yoga</b>"
tags: ["<script>alert('tag')</script>", "a\\" onmouseover=\\"alert(1)"]
decision-makers: ["<iframe src=javascript:alert(1)>"]
---
# Title <script>alert('title')</script>

<script>alert('body')</script>
<img src=x onerror="alert('raw')">

[click](javascript:alert('link')) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](VBScript:msgbox)
<javascript:alert('autolink')>
[ok](https://example.org/) ![remote](https://example.org/tracker.png) ![local](diagram.png)
![missing](nowhere.png)
"""


def hrefs(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]*)"', html)


def site_pages(site: Path) -> dict[str, str]:
    return {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(site.rglob("*.html"))}
