"""House rules that are easy to break without noticing (docs/ARCHITECTURE.md, "The layers")."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import dvdesk

ROOT = Path(dvdesk.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="dvdesk."):
        if info.name.startswith(("dvdesk.gui", "dvdesk.cli", "dvdesk.__main__")):
            continue
        names.append(info.name)
    return names


def test_core_imports_without_qt():
    """Every package but dvdesk.gui works with PySide6 made unimportable."""
    modules = core_modules()
    assert "dvdesk.domain.models" in modules and "dvdesk.services.assignments" in modules
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok', len(" + repr(modules) + "))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, module_level: bool = False) -> list[str]:
    """The modules a file imports (``from a import b`` gives a.b when that is a module);
    ``module_level``: only what runs on import (not inside functions or TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = _top_level(tree.body) if module_level else ast.walk(tree)
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.append(candidate if _is_module(candidate) else node.module)
    return found


def _top_level(body: list[ast.stmt]):
    for node in body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.Try | ast.If):
            yield from _top_level(node.body + getattr(node, "orelse", []) +
                                  [s for h in getattr(node, "handlers", []) for s in h.body])
        elif isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def _is_module(name: str) -> bool:
    if not name.startswith("dvdesk."):
        return False
    relative = Path(*name.split(".")[1:])
    return (ROOT / relative).with_suffix(".py").is_file() or (ROOT / relative).is_dir()


def sources(package: str = "") -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_domain_imports_no_other_dvdesk_package():
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sources("domain")
                 for name in imports(path)
                 if name.startswith("dvdesk") and not name.startswith("dvdesk.domain")]
    assert offenders == []


def test_documents_render_what_they_are_given():
    """documents/ opens no session and calls no service: it imports neither store nor services."""
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sources("documents")
                 for name in imports(path)
                 if name.startswith(("dvdesk.store", "dvdesk.services", "sqlalchemy"))]
    assert offenders == []


def test_the_window_reads_and_writes_through_services_only():
    """gui/ imports neither SQLAlchemy nor dvdesk.store."""
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sources("gui")
                 for name in imports(path)
                 if name.startswith(("dvdesk.store", "sqlalchemy"))]
    assert offenders == []


def test_no_module_level_import_cycles():
    graph = {module_name(path): {name for name in imports(path, module_level=True)
                                 if name.startswith("dvdesk")}
             for path in sources()}
    assert "dvdesk.services.calendar" in graph["dvdesk.services.actions.calendar"]
    cycles = _cycles(graph)
    assert cycles == [], " ; ".join(" -> ".join(cycle) for cycle in cycles)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected group of modules (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_resources_are_found_through_the_one_finder():
    from dvdesk import paths

    assert paths.db_path("migrations", "env.py").is_file()
    assert paths.db_path("demo", "names.json").is_file()
    assert paths.ui_path().is_dir() and paths.resource_path().is_dir()
    versions = list(paths.db_path("migrations", "versions").glob("*.py"))
    assert versions
