"""The one code path of every import, whether from the admin, the command line or a
Celery worker: check the columns, run the resource in one transaction, and report
each row. A file with any error changes nothing."""

import gc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module

from council.dataio.files import Upload

# name: (module, class, permission codename on council.ImportJob)
RESOURCES = {
    "indicators": ("reports.resources", "IndicatorResource"),
    "measurements": ("reports.resources", "MeasurementResource"),
    "risks": ("risks.resources", "RiskResource"),
    "risk_assessments": ("risks.resources", "RiskAssessmentResource"),
    "mitigating_actions": ("risks.resources", "MitigatingActionResource"),
    "councillors": ("council.resources", "CouncillorResource"),
    "meetings": ("council.resources", "MeetingResource"),
}
ROW_KINDS = ("new", "update", "unchanged", "error")


def resource_class(name: str):
    """The resource class for a name such as 'measurements'."""
    try:
        module, cls = RESOURCES[name]
    except KeyError:
        raise KeyError(
            f"'{name}' is not a resource; choose one of: {', '.join(RESOURCES)}"
        ) from None
    return getattr(import_module(module), cls)


def permission(name: str) -> str:
    """The permission that allows importing the resource, e.g.
    'council.import_measurements'."""
    resource_class(name)
    return f"council.import_{name}"


@dataclass
class Outcome:
    """What an import did, or would do: counts, each row, and errors."""

    dry_run: bool
    counts: dict = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return bool(self.file_errors) or self.counts.get("error", 0) > 0

    @property
    def applied(self) -> bool:
        return not self.dry_run and not self.has_errors

    @property
    def changed(self) -> int:
        return self.counts.get("new", 0) + self.counts.get("update", 0)

    def error_messages(self) -> list[str]:
        return [*self.file_errors, *(e for r in self.rows for e in r["errors"])]


def column_errors(resource, headers: list[str]) -> list[str]:
    """Unknown columns, and missing key or required columns, named."""
    known = resource.columns()
    errors = []
    unknown = [h for h in headers if h and h not in known]
    if unknown:
        errors.append(
            f"Unknown column{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(h) for h in unknown)}; the columns are: "
            f"{', '.join(known)}."
        )
    needed = [
        resource.fields[f].column_name
        for f in (*resource.natural_key, *resource.required_columns)
    ]
    missing = [c for c in needed if c not in headers]
    if missing:
        errors.append(
            f"Missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(c) for c in missing)}."
        )
    return errors


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a file is imported.

    An import keeps every row's object and report until the end, so the
    collector, which runs after each few hundred new objects, walks a growing
    heap again and again: a sixth of the time of a 20,000-row import
    (benchmarks/import_measurements.py). The rows are few (the row limit) and
    make little cyclic garbage, which is collected when the import ends.
    Memory is freed by reference counting as usual meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run_import(
    name: str,
    upload: Upload,
    *,
    user=None,
    dry_run: bool,
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    """Import ``upload`` as resource ``name``, all or nothing."""
    resource = resource_class(name)(user=user, progress=progress)
    resource.row_offset = 0 if upload.format == "json" else 1
    resource.record_new_values = dry_run
    outcome = Outcome(dry_run=dry_run)
    outcome.file_errors = column_errors(resource, list(upload.dataset.headers))
    if outcome.file_errors:
        outcome.counts = dict.fromkeys(ROW_KINDS, 0)
        return outcome
    with collection_paused():
        result = resource.import_data(
            upload.dataset,
            dry_run=dry_run,
            raise_errors=False,
            use_transactions=True,
            rollback_on_validation_errors=True,
        )
    outcome.rows = resource.row_reports
    counts = Counter(r["type"] for r in outcome.rows)
    outcome.counts = {kind: counts.get(kind, 0) for kind in ROW_KINDS}
    outcome.file_errors = [str(e.error) for e in result.base_errors]
    return outcome
