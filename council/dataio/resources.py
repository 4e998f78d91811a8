"""The base of every import/export resource: natural keys instead of database ids,
one query to find the existing rows of a whole file, field-level differences,
duplicate rows caught, and errors that name the row, the column and the value."""

from collections.abc import Callable

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models.fields import NOT_PROVIDED

from import_export import resources
from import_export.fields import Field
from import_export.instance_loaders import BaseInstanceLoader
from import_export.results import RowResult

from council.dataio.cells import cell_text
from council.dataio.widgets import (
    ChoiceWidget,
    DateWidget,
    LookupWidget,
    TimeWidget,
)

#: Widgets whose non-blank result is already a valid value of the model field
#: (a known choice, a date, a time, an existing related object), which the
#: model's own field check need not look at again.
CHECKED_BY_WIDGET = (ChoiceWidget, DateWidget, LookupWidget, TimeWidget)

ROW_TYPES = {
    RowResult.IMPORT_TYPE_NEW: "new",
    RowResult.IMPORT_TYPE_UPDATE: "update",
    RowResult.IMPORT_TYPE_SKIP: "unchanged",
    RowResult.IMPORT_TYPE_INVALID: "error",
    RowResult.IMPORT_TYPE_ERROR: "error",
}


class QuietRowResult(RowResult):
    """A row's result without a text description of its object: the rows are
    reported by their natural key (NaturalKeyResource.row_reports), and the
    description (str() of a measurement reads its indicator) is never shown."""

    def add_instance_info(self, instance):
        if instance is not None:
            self.object_id = instance.pk


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
        self._key_cache: tuple = (None, None, None)
        self._import_fields = None
        self._fields_in_file: list = []
        self._plain_in_file: list = []
        self._plain_fields: set = set()
        self._not_in_file: set[str] = set()
        self._model_fields_to_check: list = []
        self._defaults: list | None = None
        # Related objects found by a lookup table exist: the model's own check
        # would ask the database again, once per row.
        self.looked_up = []
        for field in self.fields.values():
            if isinstance(field.widget, LookupWidget):
                field.widget.resource = self
                self.looked_up.append(field.attribute)

    def get_row_result_class(self):
        return QuietRowResult

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
        key, values = self._read_key(row)
        self._key_cache = (row, key, values)
        return key

    def _read_key(self, row) -> tuple[tuple | None, dict]:
        """The key, and the value read from each key cell (kept so that the
        cells are not read again when the row is saved)."""
        parts, values = [], {}
        plain = self._plain_fields
        for name in self.natural_key:
            field = self.fields[name]
            try:
                if field in plain:
                    value = field.widget.clean(row[field.column_name], row=row)
                else:
                    value = field.clean(row)
            except (ValueError, KeyError):
                return None, {}
            values[field] = value
            parts.append("" if value is None else self._key_part(value))
        return (tuple(parts) if any(p != "" for p in parts) else None), values

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
        # A plain column is saved as its widget reads it, without the general
        # machinery of Field.save (related paths, defaults, many-to-many).
        self._plain_in_file = [
            (f, f.attribute, f.column_name, f.widget.clean)
            for f in self._fields_in_file
            if type(f) is Field
            and "__" not in f.attribute
            and f.default is NOT_PROVIDED
            and f.saves_null_values
        ]
        plain = self._plain_fields = {f for f, *_ in self._plain_in_file}
        # A field whose blank cell means the same whatever the rest of the row
        # says (blank_alone) is given a blank cell with save_blank(instance),
        # without reading the row again.
        self._other_in_file = [
            (f, f.column_name, f.save_blank if getattr(f, "blank_alone", 0) else None)
            for f in self._fields_in_file
            if f not in plain
        ]
        model_fields = {f.name for f in self._meta.model._meta.concrete_fields}
        # Fields the file does not set keep valid values: not checked per row.
        self._not_in_file = model_fields - {f.attribute for f in self._fields_in_file}
        checked = {
            f.attribute
            for f in self._fields_in_file
            if isinstance(f.widget, CHECKED_BY_WIDGET)
        }
        # Per model field, whether a value that is not blank is to be checked:
        # not when its widget has (checked), in full when the field has choices
        # (full), else by the field's type and validators, which is what
        # Field.clean does to a value that is not blank when there are no
        # choices to compare it with (typed).
        self._model_fields_to_check = [
            (
                f,
                f.name,
                f.attname,
                f.blank,
                "checked" if f.name in checked else "full" if f.choices else "typed",
            )
            for f in self._meta.model._meta.concrete_fields
            if f.name not in self._not_in_file
            and f.name not in self.looked_up
            and not f.generated
            # A column its widget checks, which may be blank: nothing to do.
            and not (f.name in checked and f.blank)
        ]
        self.lookups = self.load_lookups(dataset)
        self.row_reports = []
        self._seen = {}

    def init_instance(self, row=None):
        # A new object with every field at its default, given by position: the
        # same object as Model() gives, built without looking each default up.
        defaults = self._defaults
        if defaults is None:
            defaults = self._defaults = [
                (f.default, None)
                if f.has_default() and callable(f.default)
                else (None, f.get_default())
                for f in self._meta.model._meta.concrete_fields
            ]
        return self._meta.model(*[make() if make else v for make, v in defaults])

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
        key = self.row_key(row)
        read = self._key_cache[2]
        for field, attribute, column, clean in self._plain_in_file:
            try:
                value = read[field] if field in read else clean(row[column], row=row)
            except ValueError as e:
                errors[attribute] = ValidationError(str(e), code="invalid")
            else:
                setattr(instance, attribute, value)
        for field, column, save_blank in self._other_in_file:
            try:
                if save_blank is not None and row[column] in (None, ""):
                    save_blank(instance)
                else:
                    field.save(instance, row, **kwargs)
            except ValueError as e:
                errors[field.attribute] = ValidationError(str(e), code="invalid")
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
            skip = {*errors, *self.quiet_fields}
            errors.update(self._check_fields(instance, skip))
            try:
                # The model's own checks across fields, as full_clean runs them.
                instance.clean()
            except ValidationError as e:
                errors = e.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def _check_fields(self, instance, skip: set[str]) -> dict:
        """Model.clean_fields over the columns of the file only, leaving out what
        the widgets have already checked (a choice, a date or an existing
        related object that was read). A blank value is still checked: the field
        may be required."""
        errors = {}
        for field, name, attname, blank, check in self._model_fields_to_check:
            if name in skip:
                continue
            raw = getattr(instance, attname)
            try:
                if raw is None or (type(raw) in _EMPTY_TYPES and not raw):
                    if not blank:
                        field.clean(raw, instance)  # says why it is needed
                elif check == "typed":
                    value = field.to_python(raw)
                    field.run_validators(value)
                    setattr(instance, attname, value)
                elif check == "full":
                    setattr(instance, attname, field.clean(raw, instance))
            except ValidationError as e:
                errors[name] = e.error_list
        return errors

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


# Besides None, the values Django counts as empty (Field.empty_values) when
# they have nothing in them; compared by type, as a figure compared with '' or
# [] would go through the number tower's checks.
_EMPTY_TYPES = (str, list, tuple, dict)


def _shown(value) -> str:
    return "" if value is None else str(value)
