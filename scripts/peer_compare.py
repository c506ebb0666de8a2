#!/usr/bin/env python3
"""Compare netrisk-bench against networkx and igraph on the same graph files.

For every generated graph this runs the Swift benchmark (``netrisk-bench``),
then the same algorithms in igraph and networkx, prints one line per
algorithm and tool in netrisk-bench's format::

    TOOL ALGORITHM NAME SECONDS DIGEST

then a table of timings, ratios and digest agreement. The exit status is 1
when any digest disagrees (or a run failed), 2 on a setup error, else 0.

``--self-test`` checks the peers themselves: hand-made graphs with known
digests plus random small graphs cross-checked between networkx, igraph and
brute-force references (and netrisk-bench on the hand-made graphs when the
binary is built).

networkx and igraph are development tools only: the engine never imports or
links them.

Graph file format (the contract shared with netrisk-bench):
  ``# nodes N edges M``, ``# source S sink T``, ``# root R`` headers; other
  ``#`` lines are comments; data lines are ``u v`` or ``u v capacity`` with
  0-based ids. ``.edges`` files hold undirected edges, ``.arcs`` files
  directed arcs. Self-loops are dropped and parallel edges merged (their
  capacities added), so every tool sees the same simple graph.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable

ALGORITHMS = ("components", "ap", "bridges", "bcc", "dominators", "maxflow")
PEERS = ("igraph", "networkx")
SCALES = ("small", "medium", "large", "all")
DEFAULT_NETWORKX_MAX_EDGES = 600_000

Capacity = int | float


# --------------------------------------------------------------------------
# Graph files
# --------------------------------------------------------------------------


@dataclass
class ParsedGraph:
    """One graph file after normalisation (no self-loops, no parallel edges)."""

    n: int
    edges: list[tuple[int, int]]
    capacities: list[Capacity]
    headers: dict[str, int] = field(default_factory=dict)
    integral_capacities: bool = True
    dropped_self_loops: int = 0
    merged_parallel: int = 0

    @property
    def source(self) -> int | None:
        return self.headers.get("source")

    @property
    def sink(self) -> int | None:
        return self.headers.get("sink")

    @property
    def root(self) -> int | None:
        return self.headers.get("root")


@dataclass
class GraphInput:
    """A named benchmark graph: an ``.edges`` file and optional ``.arcs`` file."""

    name: str
    edges_path: Path
    arcs_path: Path | None


def parse_header(text: str) -> dict[str, int]:
    """Parse a ``# key value key value`` header; return {} for plain comments."""
    tokens = text.lstrip("#").split()
    if not tokens or tokens[0] not in ("nodes", "source", "root") or len(tokens) % 2:
        return {}
    pairs: dict[str, int] = {}
    for key, value in zip(tokens[0::2], tokens[1::2]):
        try:
            pairs[key] = int(value)
        except ValueError:
            return {}
    return pairs


def parse_capacity(token: str) -> Capacity:
    """Read a capacity as int when it is written as one, else as float."""
    try:
        return int(token)
    except ValueError:
        return float(token)


def parse_graph_file(path: Path, directed: bool) -> ParsedGraph:
    """Read a graph file in the contract format.

    Undirected edges are stored with u < v. The node count is the ``# nodes``
    header, raised to max id + 1 if a line names a larger id.
    """
    headers: dict[str, int] = {}
    index: dict[tuple[int, int], int] = {}
    edges: list[tuple[int, int]] = []
    capacities: list[Capacity] = []
    integral = True
    self_loops = merged = 0
    max_id = -1
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                headers.update(parse_header(line))
                continue
            parts = line.split()
            if not parts:
                continue
            if len(parts) < 2:
                raise ValueError(f"{path}: bad line {line.strip()!r}")
            u, v = int(parts[0]), int(parts[1])
            capacity = parse_capacity(parts[2]) if len(parts) > 2 else 1
            if not isinstance(capacity, int):
                integral = False
            max_id = max(max_id, u, v)
            if u == v:
                self_loops += 1
                continue
            key = (u, v) if directed or u < v else (v, u)
            position = index.get(key)
            if position is None:
                index[key] = len(edges)
                edges.append(key)
                capacities.append(capacity)
            else:
                capacities[position] += capacity
                merged += 1
    n = max(headers.get("nodes", 0), max_id + 1)
    return ParsedGraph(n, edges, capacities, headers, integral, self_loops, merged)


def write_graph_file(path: Path, n: int, edges: Iterable[tuple], headers: dict[str, int]) -> None:
    """Write a graph in the contract format (used by the self-test)."""
    rows = [" ".join(str(x) for x in edge) for edge in edges]
    lines = [f"# nodes {n} edges {len(rows)}"]
    if "source" in headers:
        lines.append(f"# source {headers['source']} sink {headers['sink']}")
    if "root" in headers:
        lines.append(f"# root {headers['root']}")
    path.write_text("\n".join(lines + rows) + "\n", encoding="utf-8")


def discover_graphs(directory: Path) -> list[GraphInput]:
    """List DIR/<name>.edges files with their optional DIR/<name>.arcs partners."""
    graphs = []
    for edges_path in sorted(directory.glob("*.edges")):
        arcs_path = edges_path.with_suffix(".arcs")
        graphs.append(GraphInput(edges_path.stem, edges_path, arcs_path if arcs_path.exists() else None))
    return graphs


# --------------------------------------------------------------------------
# Digests (one definition, shared by every peer)
# --------------------------------------------------------------------------


def digest_components(sizes: Iterable[int]) -> str:
    """``comps=C;largest=L``: component count (isolated nodes included)."""
    sizes = list(sizes)
    return f"comps={len(sizes)};largest={max(sizes, default=0)}"


def digest_aps(points: Iterable[int]) -> str:
    """``aps=A;idsum=S`` over the articulation points."""
    points = set(points)
    return f"aps={len(points)};idsum={sum(points)}"


def digest_bridges(bridges: Iterable[tuple[int, int]]) -> str:
    """``bridges=B;endsum=S`` where S adds u+v over bridges."""
    bridges = list(bridges)
    return f"bridges={len(bridges)};endsum={sum(u + v for u, v in bridges)}"


def digest_bcc(components: Iterable[Iterable[int]]) -> str:
    """``bcc=K;largest=L``: blocks with at least one edge, largest by nodes."""
    sizes = [len(set(c)) for c in components]
    sizes = [s for s in sizes if s >= 2]  # an isolated node is not a block
    return f"bcc={len(sizes)};largest={max(sizes, default=0)}"


def digest_dominators(idom: dict[int, int]) -> str:
    """``reach=R;idomsum=S;dominators=D`` from {reachable non-root node: idom}."""
    return (
        f"reach={len(idom) + 1};idomsum={sum(idom.values())};"
        f"dominators={len(set(idom.values()))}"
    )


def digest_flow(value: float, integral: bool) -> str:
    """``flow=F``, an integer when every capacity is an integer."""
    if integral:
        return f"flow={int(round(value))}"
    return f"flow={value:.10g}"


def parse_digest(digest: str) -> dict[str, str]:
    """Split ``a=1;b=2`` into {'a': '1', 'b': '2'}."""
    fields = {}
    for part in digest.split(";"):
        key, _, value = part.partition("=")
        fields[key] = value
    return fields


def digests_equal(a: str, b: str) -> bool:
    """Compare two digests field by field; non-integer numbers with tolerance."""
    fa, fb = parse_digest(a), parse_digest(b)
    if fa.keys() != fb.keys():
        return False
    for key in fa:
        x, y = fa[key], fb[key]
        if x == y:
            continue
        try:
            if not math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-9):
                return False
        except ValueError:
            return False
    return True


# --------------------------------------------------------------------------
# Running and timing
# --------------------------------------------------------------------------


@dataclass
class Result:
    """One benchmark line: TOOL ALGORITHM NAME SECONDS DIGEST."""

    tool: str
    algorithm: str
    graph: str
    seconds: float
    digest: str

    def line(self) -> str:
        return f"{self.tool} {self.algorithm} {self.graph} {self.seconds:.6f} {self.digest}"


@dataclass
class Task:
    """An algorithm to time (``run``) and how to digest its last result."""

    algorithm: str
    run: Callable[[], Any]
    digest: Callable[[Any], str]
    prepare: Callable[[], None] | None = None


def time_task(task: Task, repeats: int) -> tuple[float, str]:
    """Median wall time of ``repeats`` runs, and the digest of the last run.

    ``prepare`` runs before each timed run and is not timed.
    """
    timings = []
    result = None
    for _ in range(repeats):
        if task.prepare is not None:
            task.prepare()
        start = time.perf_counter()
        result = task.run()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), task.digest(result)


def wants(graph: ParsedGraph, directed: ParsedGraph | None, algorithm: str) -> bool:
    """Whether the inputs carry what ``algorithm`` needs (headers, arcs file)."""
    if algorithm == "dominators":
        return directed is not None and directed.root is not None and 0 <= directed.root < directed.n
    if algorithm == "maxflow":
        s, t = graph.source, graph.sink
        return s is not None and t is not None and s != t and 0 <= s < graph.n and 0 <= t < graph.n
    return True


def igraph_tasks(ig: ModuleType, graph: ParsedGraph, directed: ParsedGraph | None) -> list[Task]:
    """The timed igraph tasks; each timed run gets a freshly built graph (untimed).

    igraph caches structural properties on a graph object: once it knows the
    graph is connected, ``connected_components`` returns without a search
    (measured: 27 ms on the first call on an 80k-node graph, 2.6 ms on
    repeats, 28 ms again after any edit). Rebuilding before every run times the
    algorithm, not the cache.
    """
    holder: dict[str, Any] = {}

    def fresh(key: str, parsed: ParsedGraph, is_directed: bool) -> Callable[[], None]:
        def build() -> None:
            holder[key] = ig.Graph(n=parsed.n, edges=parsed.edges, directed=is_directed)
        return build

    undirected = fresh("g", graph, False)
    tasks = [
        Task("components", lambda: holder["g"].connected_components(),
             lambda r: digest_components(r.sizes()), undirected),
        Task("ap", lambda: holder["g"].articulation_points(), digest_aps, undirected),
        Task("bridges", lambda: holder["g"].bridges(),
             lambda ids: digest_bridges(holder["g"].es[i].tuple for i in ids), undirected),
        Task(
            "bcc",
            lambda: holder["g"].biconnected_components(return_articulation_points=False),
            lambda cover: digest_bcc(cover),
            undirected,
        ),
    ]
    if wants(graph, directed, "dominators"):
        root = directed.root
        tasks.append(
            Task(
                "dominators",
                lambda: holder["d"].dominator(root, mode="out"),
                lambda raw: digest_dominators(decode_igraph_dominators(raw, root, directed.n)),
                fresh("d", directed, True),
            )
        )
    if wants(graph, directed, "maxflow"):
        source, sink, capacity = graph.source, graph.sink, graph.capacities
        tasks.append(
            Task(
                "maxflow",
                lambda: holder["g"].maxflow_value(source, sink, capacity=capacity),
                lambda value: digest_flow(value, graph.integral_capacities),
                undirected,
            )
        )
    return tasks


def decode_igraph_dominators(raw: list, root: int, n: int) -> dict[int, int]:
    """Turn igraph's dominator list into {reachable non-root node: idom}.

    igraph marks the root with -1 (1.0; older releases have used the root's own
    id) and unreachable nodes with NaN (older releases: negative numbers), so
    anything that is not a valid node id, and the root itself, is dropped.
    """
    idom = {}
    for node, value in enumerate(raw):
        if node == root or value is None:
            continue
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            continue
        value = int(value)
        if 0 <= value < n:
            idom[node] = value
    return idom


def networkx_tasks(nx: ModuleType, graph: ParsedGraph, directed: ParsedGraph | None) -> list[Task]:
    """Build the networkx graphs (untimed) and return the timed tasks."""
    g = nx.Graph()
    g.add_nodes_from(range(graph.n))
    with_flow = wants(graph, directed, "maxflow")
    if with_flow:
        g.add_edges_from((u, v, {"capacity": c}) for (u, v), c in zip(graph.edges, graph.capacities))
    else:
        g.add_edges_from(graph.edges)
    tasks = [
        Task(
            "components",
            lambda: list(nx.connected_components(g)),
            lambda comps: digest_components(len(c) for c in comps),
        ),
        Task("ap", lambda: list(nx.articulation_points(g)), digest_aps),
        Task("bridges", lambda: list(nx.bridges(g)), digest_bridges),
        Task("bcc", lambda: list(nx.biconnected_components(g)), digest_bcc),
    ]
    if wants(graph, directed, "dominators"):
        d = nx.DiGraph()
        d.add_nodes_from(range(directed.n))
        d.add_edges_from(directed.edges)
        root = directed.root
        tasks.append(
            Task(
                "dominators",
                lambda: nx.immediate_dominators(d, root),
                lambda idom: digest_dominators(without_root(idom, root)),
            )
        )
    if with_flow:
        source, sink = graph.source, graph.sink
        tasks.append(
            Task(
                "maxflow",
                # Undirected edge = two arcs of full capacity, as in netrisk.
                lambda: nx.maximum_flow_value(g, source, sink, capacity="capacity"),
                lambda value: digest_flow(value, graph.integral_capacities),
            )
        )
    return tasks


def without_root(idom: dict[int, int], root: int) -> dict[int, int]:
    """networkx < 3.5 maps the root to itself; 3.5+ leaves it out. Drop it."""
    return {node: dom for node, dom in idom.items() if node != root}


PEER_TASKS = {"igraph": igraph_tasks, "networkx": networkx_tasks}


def run_peer(
    tool: str,
    module: ModuleType,
    name: str,
    graph: ParsedGraph,
    directed: ParsedGraph | None,
    repeats: int,
    echo: bool = True,
    algorithms: Iterable[str] = ALGORITHMS,
) -> list[Result]:
    """Time the algorithms of one peer on one graph, printing lines as they finish."""
    results = []
    for task in PEER_TASKS[tool](module, graph, directed):
        if task.algorithm not in algorithms:
            continue
        seconds, digest = time_task(task, repeats)
        result = Result(tool, task.algorithm, name, seconds, digest)
        results.append(result)
        if echo:
            print(result.line(), flush=True)
    return results


def run_netrisk(
    bench: Path, graph: GraphInput, echo: bool = True, algorithms: Iterable[str] | None = None
) -> list[Result] | None:
    """Run ``netrisk-bench`` on one graph and parse its ``netrisk ...`` lines.

    ``algorithms`` limits the run to those (netrisk-bench ``--algorithms``);
    None runs everything netrisk-bench times. Returns None (after printing
    why) when the run fails.
    """
    command = [str(bench), "--edges", str(graph.edges_path), "--name", graph.name]
    if graph.arcs_path is not None:
        command[3:3] = ["--arcs", str(graph.arcs_path)]
    if algorithms is not None:
        command += ["--algorithms", ",".join(algorithms)]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.stderr:
        sys.stderr.write(completed.stderr)
    if completed.returncode != 0:
        print(f"# netrisk-bench failed on {graph.name} (exit {completed.returncode}): {' '.join(command)}")
        return None
    results = []
    for line in completed.stdout.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] == "netrisk":
            try:
                results.append(Result("netrisk", parts[1], parts[2], float(parts[3]), parts[4]))
            except ValueError:
                continue
            if echo:
                print(line, flush=True)
    return results


def load_peers(requested: Iterable[str]) -> dict[str, ModuleType]:
    """Import the requested peer libraries; explain and skip the missing ones."""
    modules = {}
    for tool in requested:
        try:
            modules[tool] = __import__(tool)
        except ImportError:
            package = "igraph" if tool == "igraph" else "networkx"
            print(f"# {tool} is not installed (pip install {package}); skipping {tool}", file=sys.stderr)
    return modules


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

TABLE_HEADER = (
    "graph", "algorithm", "netrisk s", "igraph s", "networkx s",
    "netrisk/igraph", "netrisk/networkx", "digest",
)


def agreement(digests: dict[str, str]) -> tuple[bool, str]:
    """(ok, text) for one row: OK, MISMATCH with all digests, or n/a."""
    if len(digests) < 2:
        return True, "n/a"
    values = list(digests.values())
    if all(digests_equal(values[0], other) for other in values[1:]):
        return True, "OK"
    return False, "MISMATCH " + " ".join(f"{tool}:{d}" for tool, d in digests.items())


def build_rows(results: list[Result], graph_order: list[str]) -> tuple[list[tuple[str, ...]], bool]:
    """Table rows for algorithms netrisk shares with a peer; and whether all agree.

    Without netrisk results (binary missing) the peers are compared alone.
    """
    by_key: dict[tuple[str, str], dict[str, Result]] = {}
    for result in results:
        by_key.setdefault((result.graph, result.algorithm), {})[result.tool] = result
    have_netrisk = any(r.tool == "netrisk" for r in results)
    rows, all_ok = [], True
    for graph in graph_order:
        for algorithm in ALGORITHMS:
            tools = by_key.get((graph, algorithm), {})
            peers = [t for t in PEERS if t in tools]
            if not peers or (have_netrisk and "netrisk" not in tools):
                continue
            ok, text = agreement({t: r.digest for t, r in tools.items()})
            all_ok &= ok
            rows.append((
                graph,
                algorithm,
                seconds_cell(tools.get("netrisk")),
                seconds_cell(tools.get("igraph")),
                seconds_cell(tools.get("networkx")),
                ratio_cell(tools.get("netrisk"), tools.get("igraph")),
                ratio_cell(tools.get("netrisk"), tools.get("networkx")),
                text,
            ))
    return rows, all_ok


def seconds_cell(result: Result | None) -> str:
    """Seconds with 6 decimals, or '-' when the tool did not run."""
    return "-" if result is None else f"{result.seconds:.6f}"


def ratio_cell(numerator: Result | None, denominator: Result | None) -> str:
    """numerator/denominator time ratio (below 1: netrisk is faster)."""
    if numerator is None or denominator is None or denominator.seconds <= 0:
        return "-"
    return f"{numerator.seconds / denominator.seconds:.3f}"


def text_table(rows: list[tuple[str, ...]]) -> str:
    """Plain aligned table for the terminal."""
    table = [TABLE_HEADER, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(TABLE_HEADER) - 1)]
    lines = []
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        lines.append("  ".join(cells + [row[-1]]).rstrip())
    return "\n".join(lines)


def markdown_table(rows: list[tuple[str, ...]]) -> str:
    """The same table as GitHub markdown."""
    lines = ["| " + " | ".join(TABLE_HEADER) + " |", "|" + "---|" * len(TABLE_HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def versions(modules: dict[str, ModuleType]) -> str:
    """One line naming the Python and peer library versions."""
    parts = [f"python {sys.version.split()[0]}"]
    parts += [f"{tool} {getattr(module, '__version__', '?')}" for tool, module in modules.items()]
    return ", ".join(parts)


# --------------------------------------------------------------------------
# Benchmark comparison (the default mode)
# --------------------------------------------------------------------------


def repo_root() -> Path:
    """The repository root: the parent of this script's directory."""
    return Path(__file__).resolve().parent.parent


def setup_error(message: str) -> SystemExit:
    """Print a setup problem and return the exit (status 2) to raise."""
    print(f"error: {message}", file=sys.stderr)
    return SystemExit(2)


def prepare_graphs(bench: Path, bench_ok: bool, directory: Path | None, scale: str) -> list[GraphInput]:
    """Find the graph files, generating them with netrisk-bench when needed.

    An explicit --graphs DIR that already holds ``.edges`` files is used as is;
    otherwise netrisk-bench writes the graphs (default DIR:
    bench-out/graphs/<scale> in the repository, which git ignores).
    """
    if directory is not None and any(directory.glob("*.edges")):
        print(f"# using existing graphs in {directory}")
        return discover_graphs(directory)
    directory = directory or repo_root() / "bench-out" / "graphs" / scale
    if not bench_ok:
        raise setup_error(f"{bench} not found and no graphs in {directory}; build it with\n"
                          "  swift build -c release --product netrisk-bench")
    directory.mkdir(parents=True, exist_ok=True)
    command = [str(bench), "--write-graphs", str(directory), "--scale", scale]
    print(f"# writing graphs: {' '.join(command)}", flush=True)
    completed = subprocess.run(command)
    if completed.returncode != 0:
        raise setup_error(f"netrisk-bench --write-graphs failed (exit {completed.returncode})")
    graphs = discover_graphs(directory)
    if not graphs:
        raise setup_error(f"netrisk-bench wrote no .edges files into {directory}")
    return graphs


def compare(args: argparse.Namespace) -> int:
    """Run netrisk-bench and the peers on every graph and report; return exit status."""
    modules = load_peers(args.tools)
    bench = args.bench or repo_root() / ".build" / "release" / "netrisk-bench"
    bench_ok = bench.is_file()
    if not bench_ok:
        print(f"# {bench} not found: comparing the peers only "
              "(swift build -c release --product netrisk-bench)", file=sys.stderr)
    if not modules and not bench_ok:
        print("error: nothing to run (no netrisk-bench, no peer library)", file=sys.stderr)
        return 2
    graphs = prepare_graphs(bench, bench_ok, args.graphs, args.scale)
    print(f"# {versions(modules)}")

    results: list[Result] = []
    failed = False
    for graph_input in graphs:
        undirected = parse_graph_file(graph_input.edges_path, directed=False)
        directed = parse_graph_file(graph_input.arcs_path, directed=True) if graph_input.arcs_path else None
        size = max(len(undirected.edges), len(directed.edges) if directed else 0)
        print(f"# graph {graph_input.name}: nodes {undirected.n} edges {len(undirected.edges)}"
              + (f" arcs {len(directed.edges)}" if directed else ""), flush=True)
        for note in normalisation_notes(undirected, directed):
            print(f"# {graph_input.name}: {note}")
        if bench_ok:
            only = None if set(args.algorithms) == set(ALGORITHMS) else args.algorithms
            netrisk = run_netrisk(bench, graph_input, algorithms=only)
            failed |= netrisk is None
            results += netrisk or []
        for tool, module in modules.items():
            if tool == "networkx" and size > args.networkx_max_edges:
                print(f"# networkx skipped on {graph_input.name}: {size} edges or arcs > "
                      f"--networkx-max-edges {args.networkx_max_edges}")
                continue
            results += run_peer(tool, module, graph_input.name, undirected, directed, args.repeats,
                                algorithms=args.algorithms)

    rows, all_ok = build_rows(results, [g.name for g in graphs])
    print()
    print(text_table(rows))
    if args.out:
        body = (f"# netrisk peer comparison (scale {args.scale}, {', '.join(args.algorithms)})\n\n{versions(modules)}; "
                f"seconds are medians of {args.repeats} runs; ratio < 1 means netrisk is faster.\n\n"
                f"{markdown_table(rows)}\n")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(body, encoding="utf-8")
        print(f"# table written to {args.out}")
    if not all_ok:
        print("# digest MISMATCH: see the table above")
    return 1 if failed or not all_ok else 0


def normalisation_notes(*graphs: ParsedGraph | None) -> list[str]:
    """Say when a file was not simple (self-loops dropped, parallel edges merged)."""
    notes = []
    for graph in graphs:
        if graph and (graph.dropped_self_loops or graph.merged_parallel):
            notes.append(f"dropped {graph.dropped_self_loops} self-loops, "
                         f"merged {graph.merged_parallel} parallel edges")
    return notes


# --------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------


@dataclass
class Case:
    """A hand-made graph with the digests every tool must print for it."""

    name: str
    n: int
    edges: list[tuple]
    arcs: list[tuple] | None
    headers: dict[str, int]
    expected: dict[str, str]
    arcs_headers: dict[str, int] = field(default_factory=dict)


def handmade_cases() -> list[Case]:
    """Small graphs whose digests are worked out by hand in the comments."""
    lt_arcs = [  # Lengauer & Tarjan's example: R=0 A=1 B=2 C=3 D=4 E=5 F=6 G=7 H=8 I=9 J=10 K=11 L=12
        (0, 1), (0, 2), (0, 3), (1, 4), (2, 1), (2, 4), (2, 5), (3, 6), (3, 7), (4, 12), (5, 8),
        (6, 9), (7, 9), (7, 10), (8, 5), (8, 11), (9, 11), (10, 9), (11, 9), (11, 0), (12, 8),
        (13, 14), (14, 0),  # 13 and 14 reach the root but are not reachable from it
    ]
    return [
        # Path 0-1-2-3-4: inner nodes are cut nodes, every edge is a bridge and a block.
        # Capacities 3,1,2,5: the flow is the bottleneck, 1.
        Case("path", 5, [(0, 1, 3), (1, 2, 1), (2, 3, 2), (3, 4, 5)], None, {"source": 0, "sink": 4}, {
            "components": "comps=1;largest=5", "ap": "aps=3;idsum=6",
            "bridges": "bridges=4;endsum=16", "bcc": "bcc=4;largest=2", "maxflow": "flow=1"}),
        # 6-cycle: one block, nothing critical; unit capacities, two disjoint routes 0->3.
        Case("cycle", 6, [(i, (i + 1) % 6) for i in range(6)], None, {"source": 0, "sink": 3}, {
            "components": "comps=1;largest=6", "ap": "aps=0;idsum=0",
            "bridges": "bridges=0;endsum=0", "bcc": "bcc=1;largest=6", "maxflow": "flow=2"}),
        # Bowtie: triangles 0-1-2 and 2-3-4 share node 2; two edges enter node 2's side.
        Case("bowtie", 5, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)], None,
             {"source": 0, "sink": 4}, {
            "components": "comps=1;largest=5", "ap": "aps=1;idsum=2",
            "bridges": "bridges=0;endsum=0", "bcc": "bcc=2;largest=3", "maxflow": "flow=2"}),
        # Path 0-1-2, edge 3-4, isolated 5: isolated nodes are components but not blocks;
        # source and sink in different components give flow 0.
        Case("isolated", 6, [(0, 1), (1, 2), (3, 4)], None, {"source": 0, "sink": 3}, {
            "components": "comps=3;largest=3", "ap": "aps=1;idsum=1",
            "bridges": "bridges=3;endsum=11", "bcc": "bcc=3;largest=2", "maxflow": "flow=0"}),
        # Flow must use edges against the order they are written in (1 0, 3 1):
        # cut {0}: 3+2 = 5 = cut {0,1}; route 0-1-3 (2), 0-1-2-3 (1), 0-2-3 (2).
        Case("flow", 4, [(1, 0, 3), (0, 2, 2), (2, 1, 1), (3, 1, 2), (2, 3, 4)], None,
             {"source": 0, "sink": 3}, {
            "components": "comps=1;largest=4", "ap": "aps=0;idsum=0",
            "bridges": "bridges=0;endsum=0", "bcc": "bcc=1;largest=4", "maxflow": "flow=5"}),
        # Non-integer capacities: two parallel routes 0-1-3 (1.5) and 0-2-3 (min(2.25, 1)).
        Case("flow-real", 4, [(0, 1, 1.5), (1, 3, 2), (0, 2, 2.25), (2, 3, 1)], None,
             {"source": 0, "sink": 3}, {"maxflow": "flow=2.5"}),
        # Messy file: a reversed duplicate (merged, capacities add: 2+3) and a self-loop;
        # the simple graph is the triangle 0-1-2 plus pendant 3 off node 2.
        Case("messy", 4, [(0, 1, 2), (1, 0, 3), (1, 2, 9), (2, 0, 9), (2, 2, 7), (2, 3, 9)], None,
             {"source": 1, "sink": 0}, {
            "components": "comps=1;largest=4", "ap": "aps=1;idsum=2",
            "bridges": "bridges=1;endsum=5", "bcc": "bcc=2;largest=3", "maxflow": "flow=14"}),
        # Lengauer-Tarjan: idom F=C(3), G=C(3), J=G(7), L=D(4), every other node R(0):
        # idomsum 3+3+7+4 = 17, distinct idoms {0,3,4,7}; 13 reachable of 15 nodes.
        Case("lengauer-tarjan", 15, [], lt_arcs, {}, {"dominators": "reach=13;idomsum=17;dominators=4"},
             {"root": 0}),
        # Diamond under a non-zero root 2: 2->{0,1}->3->4, 5 unreachable.
        # idom 0=2, 1=2, 3=2, 4=3: sum 9, distinct {2,3}.
        Case("diamond", 6, [], [(2, 0), (2, 1), (0, 3), (1, 3), (3, 4), (5, 2)], {},
             {"dominators": "reach=5;idomsum=9;dominators=2"}, {"root": 2}),
        # A root with no out-arcs reaches only itself.
        Case("lonely-root", 3, [], [(0, 1), (2, 1)], {}, {"dominators": "reach=1;idomsum=0;dominators=0"},
             {"root": 1}),
    ]


def write_case(directory: Path, case: Case) -> GraphInput:
    """Write a case as DIR/<name>.edges (+ .arcs) in the contract format."""
    edges_path = directory / f"{case.name}.edges"
    write_graph_file(edges_path, case.n, case.edges, case.headers)
    arcs_path = None
    if case.arcs is not None:
        arcs_path = directory / f"{case.name}.arcs"
        write_graph_file(arcs_path, case.n, case.arcs, case.arcs_headers)
    return GraphInput(case.name, edges_path, arcs_path)


def load_input(graph_input: GraphInput) -> tuple[ParsedGraph, ParsedGraph | None]:
    """Parse a GraphInput's edges and arcs files."""
    undirected = parse_graph_file(graph_input.edges_path, directed=False)
    directed = parse_graph_file(graph_input.arcs_path, directed=True) if graph_input.arcs_path else None
    return undirected, directed


def check_case(tool: str, case_name: str, results: list[Result], expected: dict[str, str]) -> list[str]:
    """Failures of one tool on one case: wrong or missing digests."""
    failures = []
    got = {r.algorithm: r.digest for r in results}
    for algorithm, digest in expected.items():
        if algorithm not in got:
            failures.append(f"{tool} {case_name} {algorithm}: no result (expected {digest})")
        elif not digests_equal(got[algorithm], digest):
            failures.append(f"{tool} {case_name} {algorithm}: got {got[algorithm]}, expected {digest}")
    return failures


def random_case(rng: random.Random, index: int) -> Case:
    """A random small graph: sparse enough to have bridges, cut nodes, isolated nodes."""
    n = rng.randint(1, 24)
    pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
    density = rng.choice((0.05, 0.1, 0.2, 0.4))
    edges = [(u, v, rng.randint(1, 5)) if rng.random() < 0.7 else (u, v)
             for u, v in pairs if rng.random() < density]
    edges = [tuple(reversed(e[:2])) + e[2:] if rng.random() < 0.5 else e for e in edges]
    arcs = [(u, v) for u in range(n) for v in range(n) if u != v and rng.random() < 1.6 / max(n, 1)]
    headers = {"source": rng.randrange(n), "sink": rng.randrange(n)} if n > 1 else {}
    return Case(f"random-{index:02d}", n, edges, arcs, headers, {}, {"root": rng.randrange(n)})


def reference_digests(graph: ParsedGraph, directed: ParsedGraph | None) -> dict[str, str]:
    """Brute-force digests straight from the definitions (small graphs only)."""
    n, edges = graph.n, graph.edges
    base = count_components(n, edges)
    digests = {"components": digest_components(component_sizes(n, edges))}
    points = [v for v in range(n) if any(v in e for e in edges)
              and count_components(n, [e for e in edges if v not in e]) - 1 > base]
    digests["ap"] = digest_aps(points)
    digests["bridges"] = digest_bridges(
        e for e in edges if count_components(n, [f for f in edges if f != e]) > base)
    if directed is not None and directed.root is not None:
        digests["dominators"] = digest_dominators(brute_dominators(directed.n, directed.edges, directed.root))
    return digests


def component_sizes(n: int, edges: list[tuple[int, int]]) -> list[int]:
    """Sizes of the connected components (union-find)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        parent[find(u)] = find(v)
    sizes: dict[int, int] = {}
    for x in range(n):
        sizes[find(x)] = sizes.get(find(x), 0) + 1
    return list(sizes.values())


def count_components(n: int, edges: list[tuple[int, int]]) -> int:
    """Number of connected components, isolated nodes included."""
    return len(component_sizes(n, edges))


def reachable(n: int, arcs: list[tuple[int, int]], root: int, removed: int | None = None) -> set[int]:
    """Nodes reachable from root without passing through ``removed``."""
    out: list[list[int]] = [[] for _ in range(n)]
    for u, v in arcs:
        out[u].append(v)
    seen, stack = {root}, [root]
    while stack:
        for v in out[stack.pop()]:
            if v not in seen and v != removed:
                seen.add(v)
                stack.append(v)
    return seen


def brute_dominators(n: int, arcs: list[tuple[int, int]], root: int) -> dict[int, int]:
    """Immediate dominators by deletion: d dominates v if v is cut off without d."""
    reach = reachable(n, arcs, root)
    strict = {v: {root} for v in reach if v != root}
    for d in reach - {root}:
        without = reachable(n, arcs, root, removed=d)
        for v in reach - without - {d}:
            strict[v].add(d)
    # The immediate dominator is the strict dominator dominated by all the others.
    return {v: max(doms, key=lambda d: len(strict.get(d, ()))) for v, doms in strict.items()}


def self_test(args: argparse.Namespace) -> int:
    """Check the peers (and netrisk-bench, if built) on known and random graphs."""
    modules = load_peers(args.tools)
    if not modules:
        print("error: neither networkx nor igraph is installed (pip install networkx igraph)", file=sys.stderr)
        return 2
    print(f"# {versions(modules)}")
    bench = args.bench or repo_root() / ".build" / "release" / "netrisk-bench"
    failures: list[str] = []
    checks = 0
    with tempfile.TemporaryDirectory(prefix="peer-compare-") as tmp:
        directory = Path(tmp)
        for case in handmade_cases():
            graph_input = write_case(directory, case)
            undirected, directed = load_input(graph_input)
            for tool, module in modules.items():
                results = run_peer(tool, module, case.name, undirected, directed, 1, echo=False)
                failures += check_case(tool, case.name, results, case.expected)
                checks += len(case.expected)
            integral = all(len(e) < 3 or float(e[2]).is_integer() for e in case.edges)
            if bench.is_file() and not integral:
                print(f"# {case.name}: not run on netrisk, whose capacities are integers (Int64) by design")
            elif bench.is_file():
                results = run_netrisk(bench, graph_input, echo=False)
                if results is None:
                    failures.append(f"netrisk {case.name}: netrisk-bench failed")
                else:
                    failures += check_case("netrisk", case.name, results, case.expected)
                    checks += len(case.expected)
        print(f"# hand-made graphs: {len(handmade_cases())} graphs"
              + ("" if bench.is_file() else f" (netrisk-bench not built at {bench}: netrisk not checked)"))

        rng = random.Random(args.seed)
        for index in range(args.random_graphs):
            case = random_case(rng, index)
            undirected, directed = load_input(write_case(directory, case))
            digests: dict[str, dict[str, str]] = {"reference": reference_digests(undirected, directed)}
            for tool, module in modules.items():
                results = run_peer(tool, module, case.name, undirected, directed, 1, echo=False)
                digests[tool] = {r.algorithm: r.digest for r in results}
            for algorithm in ALGORITHMS:
                seen = {tool: d[algorithm] for tool, d in digests.items() if algorithm in d}
                ok, text = agreement(seen)
                checks += len(seen) > 1
                if not ok:
                    failures.append(f"{case.name} {algorithm}: {text}")
        print(f"# random graphs: {args.random_graphs} (seed {args.seed}) cross-checked "
              f"{' vs '.join([*modules, 'brute force'])}")

    for failure in failures:
        print(f"FAIL {failure}")
    print(f"self-test: {checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        description="Time netrisk-bench against networkx and igraph and check their digests agree.")
    parser.add_argument("--bench", type=Path,
                        help="netrisk-bench binary (default: .build/release/netrisk-bench in the repo)")
    parser.add_argument("--graphs", type=Path,
                        help="graph directory: used as is if it holds .edges files, else written "
                             "by netrisk-bench (default: bench-out/graphs/<scale>)")
    parser.add_argument("--scale", choices=SCALES, default="medium",
                        help="graphs to generate (default: medium = small+medium; all adds the 1M-node graph)")
    parser.add_argument("--tools", default="networkx,igraph",
                        help="comma-separated peers to run (default: networkx,igraph)")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS),
                        help="comma-separated algorithms to time, in every tool "
                             f"(default: all of {','.join(ALGORITHMS)})")
    parser.add_argument("--networkx-max-edges", type=int, default=DEFAULT_NETWORKX_MAX_EDGES,
                        help=f"skip networkx on larger graphs (default: {DEFAULT_NETWORKX_MAX_EDGES})")
    parser.add_argument("--repeats", type=int, default=3, help="runs per algorithm; the median is kept")
    parser.add_argument("--out", type=Path, help="also write the table as markdown to this file")
    parser.add_argument("--self-test", action="store_true",
                        help="check the peers on hand-made and random graphs, then exit")
    parser.add_argument("--random-graphs", type=int, default=50, help="random graphs in --self-test")
    parser.add_argument("--seed", type=int, default=1, help="random seed for --self-test")
    args = parser.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in PEERS]
    if unknown:
        parser.error(f"unknown tool(s) {', '.join(unknown)}; choose from {', '.join(PEERS)}")
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    unknown = [a for a in algorithms if a not in ALGORITHMS]
    if unknown or not algorithms:
        parser.error(f"unknown algorithm(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(ALGORITHMS)}")
    args.tools = tools
    args.algorithms = algorithms
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    return self_test(args) if args.self_test else compare(args)


if __name__ == "__main__":
    sys.exit(main())
