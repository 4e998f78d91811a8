"""The base of every import/export resource: natural keys instead of database ids,
one query to find the existing rows of a whole file, field-level differences,
duplicate rows caught, and errors that name the row, the column and the value."""

from collections.abc import Callable

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from import_export import resources
from import_export.instance_loaders import BaseInstanceLoader
from import_export.results import RowResult

from council.dataio.cells import cell_text
from council.dataio.widgets import LookupWidget

ROW_TYPES = {
    RowResult.IMPORT_TYPE_NEW: "new",
    RowResult.IMPORT_TYPE_UPDATE: "update",
    RowResult.IMPORT_TYPE_SKIP: "unchanged",
    RowResult.IMPORT_TYPE_INVALID: "error",
    RowResult.IMPORT_TYPE_ERROR: "error",
}


class NaturalKeyLoader(BaseInstanceLoader):
    """Finds the existing object of every row of a file in one query, by the
    resource's natural key (never a database id)."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.existing = {
            resource.instance_key(obj): obj
            for obj in resource.existing_instances(dataset)
        }

    def get_instance(self, row):
        key = self.resource.row_key(row)
        return None if key is None else self.existing.get(key)


class NaturalKeyResource(resources.ModelResource):
    """A resource whose rows are matched by a natural key and whose outcome per
    row (new, update, unchanged or error, with the changed columns) is kept for
    the preview."""

    #: Resource fields (model attributes) that identify a row, e.g. ("code",).
    natural_key: tuple[str, ...] = ()
    #: Columns a file must have besides the natural key.
    required_columns: tuple[str, ...] = ()
    #: Name used in the admin and on the command line, e.g. "measurements".
    name = ""
    label = ""
    #: One example row for the downloadable template.
    example: dict = {}

    class Meta:
        skip_diff = True  # differences are computed per field, below, cheaply
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        instance_loader_class = NaturalKeyLoader

    def __init__(self, user=None, progress: Callable[[int], None] | None = None):
        super().__init__()
        self.user = user
        self.progress = progress
        self.lookups: dict[str, dict] = {}
        self.row_reports: list[dict] = []
        self._seen: dict[tuple, int] = {}
        self.quiet_fields: set[str] = set()
        self._key_cache: tuple = (None, None)
        self._import_fields = None
        self._fields_in_file: list = []
        self._not_in_file: set[str] = set()
        # Related objects found by a lookup table exist: the model's own check
        # would ask the database again, once per row.
        self.looked_up = []
        for field in self.fields.values():
            if isinstance(field.widget, LookupWidget):
                field.widget.resource = self
                self.looked_up.append(field.attribute)

    # Subclasses describe their keys and lookups.
    def existing_instances(self, dataset):
        """The existing objects that rows of ``dataset`` may match, in one query."""
        return self._meta.model.objects.all()

    def load_lookups(self, dataset) -> dict[str, dict]:
        """Related objects by lower-cased natural key, e.g. {"indicator": {...}}."""
        return {}

    def lookup_key(self, table_name: str, obj) -> str:
        raise NotImplementedError

    def instance_key(self, instance) -> tuple:
        parts = []
        for name in self.natural_key:
            attribute = self.fields[name].attribute
            model_field = self._meta.model._meta.get_field(attribute)
            # A related object's key part is its id, read without a query.
            parts.append(self._key_part(getattr(instance, model_field.attname)))
        return tuple(parts)

    def row_key(self, row) -> tuple | None:
        """The natural key of a row, or None when a key cell cannot be read (the
        row then fails with that cell's error). Read once per row."""
        if self._key_cache[0] is row:
            return self._key_cache[1]
        key = self._read_key(row)
        self._key_cache = (row, key)
        return key

    def _read_key(self, row) -> tuple | None:
        parts = []
        for name in self.natural_key:
            field = self.fields[name]
            try:
                value = field.clean(row)
            except (ValueError, KeyError):
                return None
            parts.append("" if value is None else self._key_part(value))
        return tuple(parts) if any(p != "" for p in parts) else None

    @staticmethod
    def _key_part(value):
        if isinstance(value, str):
            return value.strip().lower()
        return getattr(value, "pk", value)

    def key_label(self, row) -> str:
        return ", ".join(
            cell_text(row.get(self.fields[f].column_name)) for f in self.natural_key
        )

    #: Relations the export reads, loaded with the rows rather than one by one.
    export_related: tuple[str, ...] = ()
    export_prefetch: tuple[str, ...] = ()

    def prepare_export(self, queryset):
        """The rows of an export, with what they refer to, in a fixed number of
        queries."""
        if self.export_related:
            queryset = queryset.select_related(*self.export_related)
        if self.export_prefetch:
            queryset = queryset.prefetch_related(*self.export_prefetch)
        return queryset

    def get_queryset(self):
        return self.prepare_export(super().get_queryset())

    def get_import_fields(self):
        # Asked for several times per row by django-import-export; the answer
        # never changes during an import.
        if self._import_fields is None:
            self._import_fields = super().get_import_fields()
        return self._import_fields

    def get_import_id_fields(self):
        return list(self.natural_key)

    def columns(self) -> list[str]:
        return [f.column_name for f in self.get_import_fields()]

    # django-import-export hooks
    def before_import(self, dataset, **kwargs):
        headers = set(dataset.headers or ())
        self._fields_in_file = [
            f
            for f in self.get_import_fields()
            if f.attribute and f.column_name in headers and not f.readonly
        ]
        model_fields = {f.name for f in self._meta.model._meta.concrete_fields}
        # Fields the file does not set keep valid values: not checked per row.
        self._not_in_file = model_fields - {f.attribute for f in self._fields_in_file}
        self.lookups = self.load_lookups(dataset)
        self.row_reports = []
        self._seen = {}

    def after_init_instance(self, instance, new, row, **kwargs):
        self._before = {} if new else self.snapshot(instance)
        self._changes = []
        self.quiet_fields = set()  # fields whose error would only repeat another

    def snapshot(self, instance) -> dict:
        return {
            f.column_name: _shown(f.export(instance))
            for f in self.get_import_fields()
            if f.attribute
        }

    def import_instance(self, instance, row, **kwargs):
        # django-import-export's loop, over the fields whose column the file has
        # (found once per file in before_import rather than once per cell).
        errors = {}
        for field in self._fields_in_file:
            try:
                field.save(instance, row, **kwargs)
            except ValueError as e:
                errors[field.attribute] = ValidationError(str(e), code="invalid")
        key = self.row_key(row)
        if key is not None:
            first = self._seen.setdefault(key, kwargs["row_number"])
            if first != kwargs["row_number"]:
                label = " and ".join(
                    self.fields[f].column_name for f in self.natural_key
                )
                errors.setdefault(NON_FIELD_ERRORS, []).append(
                    f"the same {label} as row {self.display_row(first)}; "
                    "each appears once in a file"
                )
        if errors:
            raise ValidationError(errors)

    #: The preview lists a new row's values; an import that applies a file
    #: already previewed need not read them again.
    record_new_values = True

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if not self._before and not self.record_new_values:
            self._changes = []
            return False
        after = self.snapshot(instance)
        if self._before:
            self._changes = [
                [column, self._before.get(column, ""), value]
                for column, value in after.items()
                if _shown(self._before.get(column)) != _shown(value)
            ]
        elif self.record_new_values:
            self._changes = [
                [column, "", value] for column, value in after.items() if _shown(value)
            ]
        if import_validation_errors:
            return False
        return bool(self._before) and not self._changes

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ):
        # Uniqueness is the natural key, checked for the whole file at once (the
        # loader and the duplicate check), not with one query per row.
        errors = dict(import_validation_errors or {})
        if self._meta.clean_model_instances:
            try:
                instance.full_clean(
                    exclude=[
                        *errors,
                        *self.quiet_fields,
                        *self.looked_up,
                        *self._not_in_file,
                    ],
                    validate_unique=False,
                    validate_constraints=False,
                )
            except ValidationError as e:
                errors = e.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    row_offset = 1  # the header is row 1 of a spreadsheet; set to 0 for JSON

    def display_row(self, number: int) -> int:
        return number + self.row_offset

    def import_row(self, row, instance_loader, **kwargs):
        self._changes = []
        row_result = super().import_row(row, instance_loader, **kwargs)
        number = kwargs["row_number"]
        kind = ROW_TYPES.get(row_result.import_type, "error")
        self.row_reports.append(
            {
                "row": self.display_row(number),
                "type": kind,
                "key": self.key_label(row),
                "changes": [] if kind == "error" else self._changes,
                "errors": self.row_errors(row, row_result, self.display_row(number)),
            }
        )
        if self.progress and number % 250 == 0:
            self.progress(number)
        return row_result

    def row_errors(self, row, row_result, number: int) -> list[str]:
        """Each problem as 'row 14, target: '9o%' is not a number'."""
        messages = []
        error = row_result.validation_error
        if error is not None:
            for attribute, problems in error.message_dict.items():
                column = self._column(attribute)
                value = cell_text(row.get(column)) if column else ""
                for problem in problems:
                    problem = problem.rstrip(".")
                    if column is None:
                        messages.append(f"row {number}: {problem}")
                    elif value and f"'{value}'" not in problem:
                        messages.append(f"row {number}, {column}: '{value}': {problem}")
                    else:
                        messages.append(f"row {number}, {column}: {problem}")
        for failure in row_result.errors:
            messages.append(f"row {number}: {failure.error}")
        return messages

    def _column(self, attribute: str) -> str | None:
        if attribute == NON_FIELD_ERRORS:
            return None
        field = self.fields.get(attribute)
        if field is not None:
            return field.column_name
        for field in self.fields.values():
            if field.attribute == attribute:
                return field.column_name
        return attribute


def _shown(value) -> str:
    return "" if value is None else str(value)
