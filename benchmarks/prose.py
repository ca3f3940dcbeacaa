"""Deterministic, varied decision-record prose for the benchmark fixtures.

Sentences are built from templates whose slots are filled from word lists by a seeded ``random.Random``,
so every record reads differently (no identical paragraphs that git would compress to nothing) while the
same seed always gives the same text. The vocabulary is that of an OpenStack networking team, to match the
calendar the tool plans on; the people are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Release series pike..indri with their coordinated release dates (the end of each development cycle).
CYCLES: tuple[tuple[str, str], ...] = (
    ("pike", "2017-08-30"), ("queens", "2018-02-28"), ("rocky", "2018-08-30"), ("stein", "2019-04-10"),
    ("train", "2019-10-16"), ("ussuri", "2020-05-13"), ("victoria", "2020-10-14"), ("wallaby", "2021-04-14"),
    ("xena", "2021-10-06"), ("yoga", "2022-03-30"), ("zed", "2022-10-05"), ("antelope", "2023-03-22"),
    ("bobcat", "2023-10-04"), ("caracal", "2024-04-03"), ("dalmatian", "2024-10-02"), ("epoxy", "2025-04-02"),
    ("flamingo", "2025-10-01"), ("gazpacho", "2026-04-01"), ("hibiscus", "2026-09-30"), ("indri", "2027-03-24"),
)
CYCLE_NAMES = tuple(name for name, _ in CYCLES)

TEAMS = (
    "Neutron team", "Nova team", "Cinder team", "Keystone team", "Octavia team", "Glance team",
    "Ironic team", "QA team", "Release team", "Kolla team", "Designate team", "Placement team",
)
PEOPLE = (
    "Ana Lima", "Bence Horvat", "Chiara Russo", "Dmitri Volkov", "Elif Kaya", "Farid Haddad", "Greta Lund",
    "Hiro Tanaka", "Ines Duarte", "Jonas Weber", "Kasia Nowak", "Liam Byrne", "Maya Cohen", "Nils Berg",
    "Olga Petrova", "Pablo Ortiz", "Quinn Harper", "Rosa Marin", "Sven Olsen", "Tariq Aziz", "Uma Rao",
    "Viktor Hale", "Wen Zhou", "Yara Saleh", "Zofia Krol",
)
TAGS = (
    "ovn", "ml2", "linuxbridge", "ovs", "rbac", "ci", "privsep", "eventlet", "api", "db", "upgrade", "l3",
    "dhcp", "metadata", "qos", "trunk", "dvr", "ha", "ipam", "quota", "policy", "rpc", "gate", "docs",
    "packaging", "security", "performance", "placement", "segments", "ipv6",
)
COMPONENTS = (
    "the ML2/OVN driver", "the L3 agent", "the DHCP agent", "the metadata agent", "neutron-server",
    "the OVS agent", "the Linuxbridge agent", "the placement client", "the RPC layer", "the database layer",
    "the API workers", "the policy engine", "the scheduler", "nova-compute", "the conductor",
    "the image service", "the volume backend", "the Keystone middleware", "the oslo.messaging transport",
    "the port binding code", "the segments plugin", "the trunk service plugin", "the QoS extension",
    "the security group driver", "the DVR routers", "the HA router scheduler", "the IPAM driver",
    "the quota engine", "the periodic task runner", "the upgrade checker", "the gate jobs",
    "the tempest plugin", "the functional test suite", "the grenade job", "devstack", "the release tooling",
    "the Kolla images", "the OVN northbound database", "the OVN southbound database", "the privsep daemon",
    "the rootwrap filters", "the WSGI stack", "the notification bus", "the address group extension",
    "the port forwarding service", "the BGP dynamic routing agent", "the SR-IOV agent",
)
LIBS = (
    "eventlet", "oslo.db", "oslo.messaging", "SQLAlchemy 2.0", "pyroute2", "ovsdbapp", "WebOb",
    "keystoneauth", "oslo.policy", "alembic", "kombu", "python-ovs", "netaddr", "tooz", "etcd",
)
LIB_STATES = (
    "is only maintained on a best-effort basis", "dropped support for the Python versions we still test",
    "changed its threading model in the last major release", "is being replaced across the whole community",
    "has no release planned for the next two cycles", "pins a version that distributions no longer ship",
    "emits deprecation warnings in every functional test run", "is now maintained by a single volunteer",
)
PROBLEMS = (
    "leaks file descriptors under sustained load", "blocks the event loop during large synchronisations",
    "needs a full resync after every restart", "cannot be tested without a multinode job",
    "duplicates logic that already lives in the oslo libraries", "has no maintainer left in the core team",
    "fails intermittently in the gate", "doubles the memory footprint of each API worker",
    "makes rolling upgrades between releases fragile", "hides configuration errors until runtime",
    "serialises requests that could run in parallel", "keeps state that is lost when a node is evacuated",
    "depends on root privileges for operations that do not need them",
    "stores the same data in two places that drift apart", "times out on deployments with many tenants",
    "returns different results depending on the order agents report in",
    "has to be patched by every distribution before it can ship",
    "logs at a level that hides the actual failure", "creates a database migration for every small change",
    "couples the API contract to an internal data structure",
)
FREQUENCIES = (
    "several times", "in almost every large deployment", "twice in the same week", "repeatedly",
    "on the mailing list and at the forum", "in three separate bug reports", "during each upgrade window",
)
METRICS = (
    "the p99 latency of port creation", "the time to converge after an agent restart",
    "the memory used by each API worker", "the number of RPC messages per minute",
    "the duration of the functional test job", "the number of database queries per request",
    "the time needed to schedule a router", "the failure rate of the gate job",
)
TRENDS = ("grow", "drop", "vary", "increase", "fall")
GERUNDS = (
    "eating review bandwidth", "producing flaky failures", "slowing down every release",
    "confusing new contributors", "blocking the removal of legacy code", "surprising operators",
)
ACTIONS = (
    "rewrite", "deprecate", "move", "split", "merge", "cache", "document", "stabilise", "replace",
    "drop", "isolate", "extend", "migrate", "simplify", "parallelise",
)
TIMINGS = (
    "during the {cycle} cycle", "before the {cycle} release", "in two steps over the next cycles",
    "behind a configuration option first", "once the gate job is green for a month",
    "as part of the community goal for {cycle}", "starting with the next milestone",
)
BENEFITS = (
    "the gate becomes more stable", "operators get a single place to configure the behaviour",
    "we can remove a large amount of legacy code", "the upgrade path is tested on every change",
    "new contributors need to learn one code path instead of two", "memory use per worker goes down",
    "the behaviour matches what the other projects already do", "bugs can be reproduced in a single node",
    "the API documentation and the implementation stay in sync", "downstream patches are no longer needed",
    "the number of RPC round trips is reduced", "failures are reported where they happen",
)
COSTS = (
    "existing deployments need a migration step", "the change touches code owned by another team",
    "the first release after the switch will carry both implementations",
    "some third-party drivers will need updates", "the documentation has to be rewritten",
    "we lose a feature that a few operators rely on", "the test matrix grows for one cycle",
    "the performance of small deployments may drop slightly", "packagers have to add a new dependency",
    "the deprecation period delays the clean-up by a full cycle",
)
REASONS = (
    "it is the only option that keeps rolling upgrades working",
    "it removes the problem instead of hiding it", "it has the smallest impact on operators",
    "the other teams already took the same route", "it can be done within a single cycle",
    "it keeps the API unchanged", "it was the option the operators preferred in the survey",
    "it leaves room to revisit the choice once the new backend matures",
)
TITLE_VERBS = (
    "Use", "Adopt", "Deprecate", "Replace", "Drop", "Keep", "Move", "Split", "Merge", "Enable", "Disable",
    "Require", "Limit", "Cache", "Document", "Test", "Run", "Store", "Rename", "Version", "Support", "Remove",
)
TITLE_OBJECTS = (
    "OVN as the default ML2 backend", "the Linuxbridge driver", "the iptables hybrid firewall driver",
    "privsep for all root operations", "the secure RBAC defaults", "system scope tokens",
    "eventlet in the API workers", "native threads in the agents", "the metadata proxy",
    "DHCP agents per network", "router scheduling by availability zone", "the OVN maintenance task",
    "address groups", "port forwarding rules", "the trunk port API", "QoS minimum bandwidth rules",
    "IPv6 prefix delegation", "the segments plugin", "the DVR snat namespace", "the HA router keepalived",
    "the quota driver", "the database migrations", "the alembic branches", "the RPC versions",
    "the upgrade checks", "the functional tests", "the grenade job", "the tempest plugin",
    "the stadium projects", "the api reference", "the release notes", "the config options",
    "the policy files", "the placement reports", "the agent heartbeats", "the ovsdb connections",
    "the port binding levels", "the network segment ranges", "the local IP extension", "the BGP speaker",
)
TITLE_QUALIFIERS = (
    "", "", "", "for new deployments", "by default", "in the gate", "for all agents", "across projects",
    "in the API", "for stable branches", "behind a feature flag", "for large clouds", "in devstack",
)

_CONTEXT_TEMPLATES = (
    "{C} {problem}, and operators reported it {freq} during the {Cycle} cycle.",
    "During the {Cycle} PTG the {team} spent a session on the fact that {c} {problem}.",
    "We measured {metric} on a {n}-node deployment and saw it {trend} by {pct} percent after the last change to {c}.",
    "{person} pointed out that {c} and {c2} already share most of their code paths.",
    "The current behaviour of {c} was introduced in {Cycle} as a stop-gap and was never revisited.",
    "Keeping {c} as it is means that every new feature has to be implemented twice, once for {c2}.",
    "Several downstream distributions carry patches for {c} because upstream it {problem}.",
    "The bug tracker has {n} open reports that mention {c}, most of them older than a year.",
    "Without a change, {c} will keep {gerund} and the gate will stay unstable.",
    "{C} depends on {lib}, which {libstate}.",
    "{person} and {person2} reviewed the history of {c} and found {n} reverts in the last {k} cycles.",
    "Operators at the forum asked for a way to run {c} without {c2}, which is not possible today.",
    "The {team} cannot grow its review capacity, so any option has to reduce the work on {c}.",
    "A prototype that touches {c} was tested in the {Cycle} cycle and reduced {metric} noticeably.",
    "Nothing in the API contract requires {c} to behave this way; it is an implementation detail.",
    "Most of the complexity comes from {c}, which {problem} while {c2} {problem2}.",
    "The upgrade from {Cycle} to {Cycle2} showed that {c} {problem}.",
    "Our documentation still describes {c} as experimental, although {n} clouds run it in production.",
)
_DECISION_TEMPLATES = (
    "We will {action} {c} {timing}.",
    "The {team} agreed to {action} {c} and to keep {c2} unchanged for now.",
    "{person} will own the work and report progress at the weekly meeting.",
    "A deprecation warning is added first, and the old code path is removed after one full cycle.",
    "The change is tracked by a blueprint and lands in small patches, each covered by the {Cycle} gate.",
    "Until the work is done, {c} stays supported and bug fixes are still backported.",
    "We revisit this decision if {metric} does not improve within two cycles.",
)
_OPTION_TEMPLATES = (
    "keep {c} unchanged", "rewrite {c} on top of {lib}", "deprecate {c} in {Cycle} and remove it later",
    "move {c} out of the main tree", "replace {c} with {c2}", "{action} {c} behind a configuration option",
    "ask the {team} to take over {c}", "merge {c} into {c2}",
)


@dataclass(frozen=True)
class Body:
    """The dialect-neutral text of one record."""

    title: str
    context: tuple[str, ...]  # paragraphs
    options: tuple[str, ...]
    chosen: int
    reason: str
    decision: tuple[str, ...]  # paragraphs
    good: tuple[str, ...]
    bad: tuple[str, ...]
    deciders: tuple[str, ...]
    consulted: tuple[str, ...]
    informed: tuple[str, ...]
    tags: tuple[str, ...]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Filler(dict):
    """Slot values for one sentence, drawn on first use so unused slots cost nothing."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        if key in ("c", "c2"):
            value = r.choice(COMPONENTS)
        elif key == "C":
            value = _cap(self["c"])
        elif key in ("problem", "problem2"):
            value = r.choice(PROBLEMS)
        elif key in ("Cycle", "Cycle2") or key == "cycle":
            value = r.choice(CYCLE_NAMES).capitalize()
        elif key == "team":
            value = r.choice(TEAMS)
        elif key in ("person", "person2"):
            value = r.choice(PEOPLE)
        elif key == "n":
            value = str(r.randint(3, 480))
        elif key == "k":
            value = str(r.randint(2, 9))
        elif key == "pct":
            value = str(r.randint(4, 85))
        elif key == "metric":
            value = r.choice(METRICS)
        elif key == "trend":
            value = r.choice(TRENDS)
        elif key == "freq":
            value = r.choice(FREQUENCIES)
        elif key == "gerund":
            value = r.choice(GERUNDS)
        elif key == "lib":
            value = r.choice(LIBS)
        elif key == "libstate":
            value = r.choice(LIB_STATES)
        elif key == "action":
            value = r.choice(ACTIONS)
        elif key == "timing":
            value = r.choice(TIMINGS).format(cycle=r.choice(CYCLE_NAMES).capitalize())
        elif key == "reason":
            value = r.choice(REASONS)
        else:
            raise KeyError(key)
        self[key] = value
        return value


def _sentence(rng: random.Random, templates: tuple[str, ...], **fixed: str) -> str:
    filler = _Filler(rng)
    filler.update(fixed)
    return rng.choice(templates).format_map(filler)


def title(rng: random.Random) -> str:
    words = [rng.choice(TITLE_VERBS), rng.choice(TITLE_OBJECTS).replace("/", " "), rng.choice(TITLE_QUALIFIERS)]
    return " ".join(word for word in words if word)


def body(rng: random.Random, target_bytes: int) -> Body:
    """A record's text; ``target_bytes`` is the rough size of the prose (the header comes on top)."""
    the_title = title(rng)
    options = tuple(_cap(_sentence(rng, _OPTION_TEMPLATES)) for _ in range(rng.randint(2, 4)))
    chosen = rng.randrange(len(options))
    decision = []
    for _ in range(rng.randint(1, 2)):
        sentences = [_sentence(rng, _DECISION_TEMPLATES) for _ in range(rng.randint(2, 4))]
        decision.append(" ".join(sentences))
    good = tuple(f"Good, because {rng.choice(BENEFITS)}" for _ in range(rng.randint(1, 3)))
    bad = tuple(f"Bad, because {rng.choice(COSTS)}" for _ in range(rng.randint(1, 3)))
    used = len(the_title) + sum(map(len, options)) + sum(map(len, decision)) + sum(map(len, good)) + sum(map(len, bad))
    context: list[str] = []
    while used < target_bytes or len(context) < 2:
        paragraph = " ".join(_sentence(rng, _CONTEXT_TEMPLATES) for _ in range(rng.randint(3, 5)))
        context.append(paragraph)
        used += len(paragraph) + 2
    deciders = (rng.choice(TEAMS),) + tuple(rng.sample(PEOPLE, rng.randint(0, 2)))
    consulted = tuple(rng.sample(PEOPLE, rng.choice((0, 0, 1, 2))))
    informed = tuple(rng.sample(TEAMS, rng.choice((0, 0, 0, 1))))
    tags = tuple(sorted(rng.sample(TAGS, rng.randint(1, 3))))
    return Body(the_title, tuple(context), options, chosen, rng.choice(REASONS), tuple(decision), good, bad, deciders,
                consulted, informed, tags)
