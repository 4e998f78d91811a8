"""Resource fields for the common kinds of column, named by the column."""

from import_export.fields import Field

from council.dataio.widgets import (
    ChoiceWidget,
    DateWidget,
    TextWidget,
    WholeNumberWidget,
)


def text(column: str, attribute: str | None = None) -> Field:
    return Field(attribute=attribute or column, column_name=column, widget=TextWidget())


def choice(column: str, choices, attribute: str | None = None, **kwargs) -> Field:
    return Field(
        attribute=attribute or column,
        column_name=column,
        widget=ChoiceWidget(choices, **kwargs),
    )


def date(column: str) -> Field:
    return Field(attribute=column, column_name=column, widget=DateWidget())


def whole(column: str) -> Field:
    return Field(attribute=column, column_name=column, widget=WholeNumberWidget())
