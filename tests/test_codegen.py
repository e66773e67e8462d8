"""The generation pipeline: datamodel-codegen (configured in pyproject) + codegen/gen_routes.py.

Runs on tests/fixtures/mini.yaml (every shape once) and on the real spec, in scratch directories
under `.cache/` (inside the project, so datamodel-codegen's ruff pass finds the project's ruff
settings, as it does for src/generated/): the committed files are never touched here.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import ValidationError
from starlette.responses import Response

from graphport.impl.contract import to_response
from helpers import FIXTURES, MINI_SPEC, ROOT, load_module, load_yaml, write_spec

BIN = Path(sys.executable).parent
SCRATCH = ROOT / ".cache" / "codegen-tests"
GEN_ROUTES = ROOT / "codegen" / "gen_routes.py"


def generate_models(spec: Path, output: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """datamodel-codegen with the pyproject flags, on another input and output."""
    return subprocess.run(
        [str(BIN / "datamodel-codegen"), "--input", str(spec), "--output", str(output), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def generate_routes(
    spec: Path, models: Path, output: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(GEN_ROUTES),
            "--spec",
            str(spec),
            "--models",
            str(models),
            "--output",
            str(output),
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def scratch_dir(name: str) -> Path:
    SCRATCH.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=SCRATCH))


@pytest.fixture
def tmp_path() -> Iterator[Path]:  # shadows pytest's: outputs must live inside the project
    path = scratch_dir("test")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def squeeze(source: str) -> str:
    """Source without whitespace and without the trailing commas ruff adds when it wraps."""
    return "".join(source.split()).replace(",)", ")").replace(",]", "]")


@pytest.fixture(scope="module")
def mini() -> Iterator[dict[str, Path]]:
    """The fixture spec's generated models and route stubs."""
    out = scratch_dir("mini")
    models, api = out / "models.py", out / "api.py"
    assert generate_models(MINI_SPEC, models).returncode == 0
    result = generate_routes(MINI_SPEC, models, api)
    assert result.returncode == 0, result.stderr
    yield {"models": models, "api": api}
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="module")
def gen_routes() -> ModuleType:
    return load_module("gen_routes", GEN_ROUTES)


# ------------------------------------------------------------------------------------ models


@pytest.mark.parametrize(
    "snippet",
    [
        # optional, not nullable: absent is MISSING (omitted on output), null is refused
        "thread_id: UUID | MISSING = MISSING",
        "if_exists: IfExists | MISSING = MISSING",
        # optional and nullable
        "metadata: Metadata | None | MISSING = MISSING",
        "error: str | None | MISSING = MISSING",
        # a default does not make a field nullable
        "limit: Annotated[int, Field(ge=1, le=1000)] = 10",
        # timestamps and URLs stay the strings the client sent; uuid stays UUID
        "created_at: str",
        "webhook: str | MISSING = MISSING",
        "webhook: str | None | MISSING = MISSING",
        # named enums are classes; single-value enums are Literals
        "class ThreadStatus(StrEnum):",
        'kind: Literal["thread"] | MISSING = MISSING',
        # root arrays stay models (usable as response models); "any JSON" too
        "class ThreadList(RootModel[list[Thread]]):",
        "class RunResult(RootModel[Any]):",
        # every object model has the JSON-Schema-faithful base
        "class Thread(ApiModel):",
        "from graphport.impl.contract import ApiModel",
    ],
)
def test_models_follow_the_spec(mini: dict[str, Path], snippet: str) -> None:
    assert snippet in mini["models"].read_text()


def test_generated_models_behave_as_the_spec_says(mini: dict[str, Path]) -> None:
    models = load_module("mini_models", mini["models"])
    assert models.ThreadCreate().model_dump_json() == "{}"
    with pytest.raises(ValidationError):
        models.ThreadCreate(thread_id=None)  # optional but not nullable
    assert models.ThreadCreate(metadata=None).model_dump_json() == '{"metadata":null}'
    with pytest.raises(ValidationError):
        models.ThreadSearchRequest(limit=None)
    with pytest.raises(ValidationError):
        models.ThreadCreate(unknown=1)  # request bodies are closed
    assert models.SortOrder("desc") is models.SortOrder.desc
    threads = models.ThreadList([])
    response = to_response(threads, 200)
    assert isinstance(response, Response)
    assert response.body == b"[]"


# ------------------------------------------------------------------------------- route stubs


@pytest.mark.parametrize(
    "snippet",
    [
        "# GENERATED by codegen/gen_routes.py from spec/openapi.yaml -- DO NOT EDIT.\n",
        '"cancel_run": ("POST", "/threads/{thread_id}/runs/{run_id}/cancel"),',
        '"cancel_run": ("threads", "update"),',
        "class ThreadRunsApi(Protocol):",
        # Protocol methods: keyword-only, typed from the schemas, no defaults
        "async def list_runs(self, *, request: Request, thread_id: UUID, limit: int, "
        "status: models.RunStatus | None, order: models.SortOrder, select: list[str] | None, "
        "after_seconds: float | None) -> models.RunList | Response:",
        "async def create_thread(self, *, request: Request, body: models.ThreadCreate) "
        "-> models.Thread | Response:",
        "async def search_threads(self, *, request: Request, body: models.ThreadSearchRequest "
        "| None) -> models.ThreadList | Response:",
        # SSE and 204-only operations answer a Response
        "async def join_run_stream(self, *, request: Request, thread_id: UUID, run_id: UUID, "
        "stream_mode: list[models.StreamMode] | None, cancel_on_disconnect: bool, "
        "last_event_id: str | None) -> Response:",
        "async def delete_thread(self, *, request: Request, thread_id: UUID) -> Response:",
        # routes: constraints, defaults, header aliases, the primary status
        "limit: Annotated[int, Query(ge=1, le=1000)] = 10",
        "order: Annotated[models.SortOrder, Query()] = models.SortOrder.desc",
        "select: Annotated[list[str] | None, Query()] = None",
        "after_seconds: Annotated[float | None, Query(gt=0)] = None",
        'last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None',
        'prefer: Annotated[str | None, Header(alias="Prefer")] = None',
        "check_db: Annotated[Literal[0, 1], BeforeValidator(int), Query()] = 0",
        'operation_id="cancel_run", status_code=202',
        "return to_response(await impl.cancel_run(request=request, thread_id=thread_id, "
        "run_id=run_id, wait=wait), 202)",
        '200: {"description": "The events.", "content": {"text/event-stream": {}}}',
        "def build_router(*, threads: ThreadsApi, thread_runs: ThreadRunsApi, system: SystemApi, "
        "router: APIRouter | None = None) -> APIRouter:",
    ],
)
def test_route_stubs_follow_the_spec(mini: dict[str, Path], snippet: str) -> None:
    assert squeeze(snippet) in squeeze(mini["api"].read_text())


def test_generated_code_is_ruff_clean(mini: dict[str, Path]) -> None:
    for path in mini.values():
        for command in (["check"], ["format", "--check"]):
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "ruff",
                    *command,
                    "--stdin-filename",
                    "src/generated/x.py",
                    "-",
                ],
                input=path.read_text(),
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            assert result.returncode == 0, (path.name, command, result.stdout)


# --------------------------------------------------------------- determinism and --check


def test_generation_twice_is_byte_identical_and_equals_the_committed_files(
    tmp_path: Path,
) -> None:
    spec = ROOT / "spec" / "openapi.yaml"
    outputs = []
    for run in ("first", "second"):
        out = tmp_path / run
        out.mkdir()
        assert generate_models(spec, out / "models.py").returncode == 0
        assert generate_routes(spec, out / "models.py", out / "api.py").returncode == 0
        outputs.append({name: (out / name).read_bytes() for name in ("models.py", "api.py")})
    assert outputs[0] == outputs[1]
    committed = ROOT / "src" / "generated"
    assert outputs[0] == {name: (committed / name).read_bytes() for name in outputs[0]}


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    spec_path = tmp_path / "spec.yaml"
    spec = load_yaml(MINI_SPEC)
    write_spec(spec, spec_path)
    models, api = tmp_path / "models.py", tmp_path / "api.py"
    assert generate_models(spec_path, models).returncode == 0
    assert generate_routes(spec_path, models, api).returncode == 0
    assert generate_models(spec_path, models, "--check").returncode == 0
    assert generate_routes(spec_path, models, api, "--check").returncode == 0

    spec["paths"]["/threads/{thread_id}"]["get"]["parameters"] = [
        {"name": "include", "in": "query", "schema": {"type": "string"}}
    ]
    spec["components"]["schemas"]["Thread"]["properties"]["ttl"] = {"type": "integer"}
    write_spec(spec, spec_path)

    routes = generate_routes(spec_path, models, api, "--check")
    assert routes.returncode == 1
    assert f"{api} is stale; run `make gen`" in routes.stderr
    assert "include" in routes.stderr  # the diff shows what changed
    assert generate_models(spec_path, models, "--check").returncode == 1


# ------------------------------------------------------------------------- refused specs


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        (
            "duplicate_operation_id.yaml",
            "duplicate operationId 'get_thread' (also GET /threads/{thread_id})",
        ),
        ("missing_tag.yaml", "DELETE /threads (delete_threads): needs exactly one tag, has 0"),
        ("inline_body.yaml", "POST /threads (create_thread): inline JSON body schema"),
    ],
)
def test_generator_refuses_bad_fixture_specs(tmp_path: Path, fixture: str, message: str) -> None:
    empty_models = tmp_path / "models.py"
    empty_models.write_text("")
    result = generate_routes(FIXTURES / "bad" / fixture, empty_models, tmp_path / "api.py")
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "api.py").exists()


def _op(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "missing operationId": (
        lambda s: _op(s, "/ok", "get").pop("operationId"),
        "GET /ok: missing operationId",
    ),
    "camelCase operationId": (
        lambda s: _op(s, "/ok", "get").update(operationId="healthCheck"),
        "operationId 'healthCheck' is not snake_case",
    ),
    "two tags": (
        lambda s: _op(s, "/ok", "get").update(tags=["System", "Threads"]),
        "GET /ok (health_check): needs exactly one tag, has 2",
    ),
    "undeclared tag": (
        lambda s: _op(s, "/ok", "get").update(tags=["Health"]),
        "tag 'Health' is not in the spec's top-level `tags`",
    ),
    "missing x-permission": (
        lambda s: _op(s, "/ok", "get").pop("x-permission"),
        "GET /ok (health_check): missing x-permission",
    ),
    "inline JSON response": (
        lambda s: _op(s, "/ok", "get")["responses"]["200"]["content"]["application/json"].update(
            schema={"type": "object"}
        ),
        "GET /ok (health_check) 200: inline JSON body schema",
    ),
    "no 2xx": (
        lambda s: _op(s, "/ok", "get")["responses"].pop("200"),
        "GET /ok (health_check): no 2xx response",
    ),
    "collapsed root model as a body": (
        lambda s: _op(s, "/ok", "get")["responses"]["200"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/InterruptList"}
        ),
        "schema 'InterruptList' has no class in models.py",
    ),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_generator_refuses_specs_breaking_the_conventions(
    gen_routes: ModuleType,
    mini: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mutation: str,
) -> None:
    mutate, message = MUTATIONS[mutation]
    spec = copy.deepcopy(load_yaml(MINI_SPEC))
    mutate(spec)
    spec_path = write_spec(spec, tmp_path / "spec.yaml")
    argv = ["--spec", str(spec_path), "--models", str(mini["models"])]
    assert gen_routes.main([*argv, "--output", str(tmp_path / "api.py")]) == 2
    assert message in capsys.readouterr().err
