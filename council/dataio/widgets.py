"""django-import-export widgets that read cells the way people type them and say
exactly what is wrong with a cell they cannot read."""

import datetime as dt
import re

from import_export import widgets

from council.dataio.cells import cell_text, number_text, parse_date, parse_number

_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?$", re.IGNORECASE)


class TextWidget(widgets.Widget):
    """Text, stripped; a blank cell is ''."""

    def clean(self, value, row=None, **kwargs):
        return cell_text(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class FigureWidget(widgets.Widget):
    """A figure as published: '97%', '28,152', '0.01 %'."""

    def clean(self, value, row=None, **kwargs):
        return parse_number(value)

    def render(self, value, obj=None, **kwargs):
        return number_text(value)


class WholeNumberWidget(widgets.Widget):
    """A whole number such as a score or a count of decimal places."""

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return None
        try:
            number = parse_number(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a whole number") from None
        if number != number.to_integral_value() or number < 0:
            raise ValueError(f"'{text}' is not a whole number")
        return int(number)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value


class DateWidget(widgets.Widget):
    """A date: a spreadsheet date, 2019-06-30 or 30/06/2019."""

    def clean(self, value, row=None, **kwargs):
        return parse_date(value)

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class TimeWidget(widgets.Widget):
    """A time of day: 10:00, 14.30 or 2.30pm."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, dt.time):
            return value
        if isinstance(value, dt.datetime):
            return value.time()
        text = cell_text(value)
        if not text:
            return None
        match = _TIME.match(text)
        if match:
            hour, minute = int(match[1]), int(match[2])
            suffix = (match[3] or "").lower().replace(".", "")
            if suffix == "pm" and hour < 12:
                hour += 12
            elif suffix == "am" and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                return dt.time(hour, minute)
        raise ValueError(f"'{text}' is not a time (write it as 14:30)")

    def render(self, value, obj=None, **kwargs):
        return value.strftime("%H:%M") if value else ""


class ChoiceWidget(widgets.Widget):
    """One of a field's choices, by its value or its label, in any case."""

    def __init__(self, choices, blank_allowed: bool = False, **kwargs):
        self.choices = list(choices)
        self.blank_allowed = blank_allowed
        self.lookup = {}
        for value, label in self.choices:
            self.lookup[str(value).lower()] = value
            self.lookup[str(label).lower()] = value
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return "" if self.blank_allowed else None
        found = self.lookup.get(text.lower())
        if found is None:
            allowed = ", ".join(str(v) for v, _ in self.choices if v != "")
            raise ValueError(f"'{text}' is not one of: {allowed}")
        return found

    def render(self, value, obj=None, **kwargs):
        return value or ""


class LookupWidget(widgets.Widget):
    """A related object by its natural key (an indicator by code, a risk by
    reference), from a table the resource loads once per file."""

    def __init__(self, table_name: str, noun: str, **kwargs):
        self.table_name = table_name
        self.noun = noun
        self.resource = None  # set by NaturalKeyResource
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return None
        table = self.resource.lookups[self.table_name]
        found = table.get(text.lower())
        if found is None:
            raise ValueError(f"'{text}' is not a known {self.noun}")
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.resource.lookup_key(self.table_name, value)
