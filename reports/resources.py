"""Import and export of indicators and measurements (django-import-export).

An indicator is known by its code; a measurement by its indicator's code and its
period. Figures are read as published ("97%", "28,152", "0.01 %") and the text as
written is kept beside the number."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from import_export.fields import Field

from council.dataio.cells import (
    cell_text,
    number_from_text,
    number_text,
    parse_number,
    range_from_text,
    split_range,
)
from council.dataio.columns import choice, text
from council.dataio.resources import NaturalKeyResource
from council.dataio.widgets import (
    DateWidget,
    LookupWidget,
    WholeNumberWidget,
)
from reports.enums import (
    IndicatorKind,
    PeriodBasis,
    Polarity,
    Unit,
    ValueStatus,
)
from reports.models import Indicator, Measurement

# How statistical tables print a missing figure, and the status each means.
NO_FIGURE_MARKS = {
    "n/a": ValueStatus.NOT_APPLICABLE,
    "na": ValueStatus.NOT_APPLICABLE,
    "..": ValueStatus.NOT_AVAILABLE,
    "x": ValueStatus.SUPPRESSED,
    "-": "",
    "–": "",
}

_LONGEST_MARK = max(len(mark) for mark in NO_FIGURE_MARKS)


class IndicatorResource(NaturalKeyResource):
    """Indicators by code: what each one measures and how it is judged."""

    name = "indicators"
    label = "Indicators"
    natural_key = ("code",)
    required_columns = ("title", "area", "kind", "unit", "polarity", "period_basis")
    example = {
        "code": "CS01",
        "title": "Percentage of callers to Contact Point who rated the advisor who "
        "dealt with their call as good",
        "area": "Customer Services",
        "kind": "kpi",
        "unit": "percentage",
        "decimal_places": 0,
        "polarity": "higher",
        "period_basis": "quarter",
        "source": "Contact Point",
    }

    code = text("code")
    title = text("title")
    area = text("area")
    kind = choice("kind", IndicatorKind.choices)
    unit = choice("unit", Unit.choices)
    decimal_places = Field(
        attribute="decimal_places",
        column_name="decimal_places",
        widget=WholeNumberWidget(),
        default=0,
    )
    polarity = choice("polarity", Polarity.choices)
    period_basis = choice("period_basis", PeriodBasis.choices)
    source = text("source")
    short_title = text("short_title")
    unit_label = text("unit_label")
    definition = text("definition")
    direction_window = Field(
        attribute="direction_window",
        column_name="direction_window",
        widget=WholeNumberWidget(),
    )

    class Meta(NaturalKeyResource.Meta):
        model = Indicator
        fields = (
            "code",
            "title",
            "area",
            "kind",
            "unit",
            "decimal_places",
            "polarity",
            "period_basis",
            "source",
            "short_title",
            "unit_label",
            "definition",
            "direction_window",
        )

    def after_save_instance(self, instance, row, **kwargs):
        # Indicators are snippets with revisions: an import is one more revision.
        instance.save_revision(user=self.user)


class FigureField(Field):
    """A figure column: read as published, the text kept in ``printed`` when it
    says more than the number ('97%'), written back as it was published. With
    ``upper``, the cell may hold a range ('17.5%-22.5%') filling both ends."""

    def __init__(self, attribute, column_name, upper: str | None = None):
        super().__init__(attribute=attribute, column_name=column_name)
        self.upper = upper

    def clean(self, row, **kwargs):
        written = cell_text(row.get(self.column_name))
        if self.upper and split_range(written):
            return parse_number(split_range(written)[0])
        return parse_number(written)

    #: A blank cell means no figure, whatever the rest of the row says.
    blank_alone = True

    def save_blank(self, instance) -> None:
        """A blank cell (most figure columns of a row are blank): no figure."""
        if getattr(instance, self.attribute) is not None:
            setattr(instance, self.attribute, None)
        if instance.printed:
            self._keep(instance, "")

    def save(self, instance, row, is_m2m=False, **kwargs):
        self.save_text(instance, cell_text(row.get(self.column_name)))

    def save_text(self, instance, written: str) -> None:
        """Save a cell already read as text."""
        if not written:
            self.save_blank(instance)
            return
        parts = range_from_text(written) if self.upper else None
        if parts:
            setattr(instance, self.attribute, parse_number(parts[0]))
            setattr(instance, self.upper, parse_number(parts[1]))
            self._keep(instance, written)
        else:
            number = number_from_text(written)
            setattr(instance, self.attribute, number)
            self._keep(instance, written if number_text(number) != written else "")

    def _keep(self, instance, written: str) -> None:
        """Record the text as written when it says more than the number."""
        printed = instance.printed
        if written:
            if printed.get(self.column_name) != written:
                instance.printed = {**printed, self.column_name: written}
        elif self.column_name in printed:
            instance.printed = {
                k: v for k, v in printed.items() if k != self.column_name
            }

    def export(self, instance, **kwargs):
        value = getattr(instance, self.attribute)
        written = (instance.printed or {}).get(self.column_name)
        if written:
            parts = split_range(written) if self.upper else None
            if parts:
                upper = getattr(instance, self.upper)
                if (parse_number(parts[0]), parse_number(parts[1])) == (value, upper):
                    return written
            elif _reads_as(written, value):
                return written
        return number_text(value)


class UpperFigureField(FigureField):
    """The upper end of a range, left alone when the lower column holds the
    whole range."""

    blank_alone = False  # blank beside a range in the lower column: the range

    def __init__(self, attribute, column_name, lower_column: str, lower: str):
        super().__init__(attribute=attribute, column_name=column_name)
        self.lower_column = lower_column
        self.lower = lower

    def _range_in_lower(self, instance) -> bool:
        written = (instance.printed or {}).get(self.lower_column, "")
        parts = split_range(written)
        return bool(parts) and parse_number(parts[1]) == getattr(
            instance, self.attribute
        )

    def save(self, instance, row, is_m2m=False, **kwargs):
        lower_written = cell_text(row.get(self.lower_column))
        parts = split_range(lower_written)
        written = cell_text(row.get(self.column_name))
        if parts:
            if written and parse_number(written) != parse_number(parts[1]):
                raise ValueError(
                    f"'{written}' differs from the range '{lower_written}' in "
                    f"{self.lower_column}"
                )
            return
        super().save(instance, row, **kwargs)

    def export(self, instance, **kwargs):
        if self._range_in_lower(instance):
            return ""
        return super().export(instance, **kwargs)


class ValueField(FigureField):
    """The published figure: a number as published, or a mark for no figure
    ('N/A', '..', 'x', '-') kept as printed."""

    def clean(self, row, **kwargs):
        written = cell_text(row.get(self.column_name))
        if written.lower() in NO_FIGURE_MARKS:
            return None
        return parse_number(written)

    def save_text(self, instance, written: str) -> None:
        if len(written) <= _LONGEST_MARK and written.lower() in NO_FIGURE_MARKS:
            instance.value = None
            instance.printed = {**(instance.printed or {}), "value": written}
            return
        super().save_text(instance, written)

    def export(self, instance, **kwargs):
        written = (instance.printed or {}).get("value", "")
        if instance.value is None and written.lower() in NO_FIGURE_MARKS:
            return written
        return super().export(instance, **kwargs)


def _reads_as(written: str, value) -> bool:
    try:
        return parse_number(written) == value
    except ValueError:
        return False


class MeasurementResource(NaturalKeyResource):
    """Measurements by indicator code and period, with targets, floor standards,
    thresholds and benchmarks as published."""

    name = "measurements"
    label = "Measurements"
    natural_key = ("indicator", "period_start", "period_end")
    required_columns = ("value",)
    example = {
        "indicator_code": "CS01",
        "period_start": "2019-04-01",
        "period_end": "2019-06-30",
        "period_label": "Apr - Jun",
        "value": "97%",
        "value_status": "published",
        "target": "97%",
        "target_upper": "",
        "floor": "90%",
        "lower_threshold": "",
        "upper_threshold": "",
        "benchmark": "",
        "benchmark_label": "",
        "footnote": "",
    }

    indicator = Field(
        attribute="indicator",
        column_name="indicator_code",
        widget=LookupWidget("indicator", "indicator code"),
    )
    period_start = Field(
        attribute="period_start", column_name="period_start", widget=DateWidget()
    )
    period_end = Field(
        attribute="period_end", column_name="period_end", widget=DateWidget()
    )
    period_label = text("period_label")
    value = ValueField("value", "value")
    value_status = choice("value_status", ValueStatus.choices, blank_allowed=True)
    target = FigureField("target", "target", upper="target_upper")
    target_upper = UpperFigureField(
        "target_upper", "target_upper", lower_column="target", lower="target"
    )
    floor = FigureField("floor", "floor", upper="floor_upper")
    lower_threshold = FigureField("lower_threshold", "lower_threshold")
    upper_threshold = FigureField("upper_threshold", "upper_threshold")
    benchmark_value = FigureField("benchmark_value", "benchmark")
    benchmark_label = text("benchmark_label")
    footnote = text("footnote")
    floor_upper = UpperFigureField(
        "floor_upper", "floor_upper", lower_column="floor", lower="floor"
    )
    benchmark_date = Field(
        attribute="benchmark_date", column_name="benchmark_date", widget=DateWidget()
    )
    data_note = text("data_note")

    export_related = ("indicator",)

    class Meta(NaturalKeyResource.Meta):
        model = Measurement
        use_bulk = True
        batch_size = 1000
        fields = (
            "indicator",
            "period_start",
            "period_end",
            "period_label",
            "value",
            "value_status",
            "target",
            "target_upper",
            "floor",
            "lower_threshold",
            "upper_threshold",
            "benchmark_value",
            "benchmark_label",
            "footnote",
            "floor_upper",
            "benchmark_date",
            "data_note",
        )

    def load_lookups(self, dataset) -> dict[str, dict]:
        return {"indicator": {i.code.lower(): i for i in Indicator.objects.all()}}

    def lookup_key(self, table_name, obj) -> str:
        return obj.code

    def existing_instances(self, dataset):
        indicators = {i.pk: i for i in self.lookups["indicator"].values()}
        found = list(Measurement.objects.filter(indicator__in=list(indicators)))
        for measurement in found:
            measurement.indicator = indicators[measurement.indicator_id]
        return found

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        self._figure_before = None if new else (instance.value, instance.value_status)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        if not instance.value_status and "value_status" not in errors:
            inferred = self.infer_status(instance)
            if inferred:
                instance.value_status = inferred
            elif "value" in errors:
                self.quiet_fields.add("value_status")
            else:
                errors["value_status"] = [
                    "a status is needed when there is no figure (e.g. "
                    "not_available, not_applicable, embargoed, suppressed)"
                ]
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def infer_status(instance) -> str:
        """A blank value_status: published for a figure, or what a printed
        mark ('N/A', '..', 'x') says."""
        if instance.value is not None:
            return ValueStatus.PUBLISHED
        written = (instance.printed or {}).get("value", "").lower()
        return NO_FIGURE_MARKS.get(written, "")

    def before_save_instance(self, instance, row, **kwargs):
        # A changed figure is a restatement: the date it changed is kept, so a
        # published report shows it as restated, never silently.
        before = self._figure_before
        if before is not None and before != (instance.value, instance.value_status):
            instance.revised_at = timezone.now()

    def get_bulk_update_fields(self):
        fields = [
            self.fields[name].attribute
            for name in self._meta.fields
            if name not in self.natural_key
        ]
        return [*fields, "printed", "revised_at"]
