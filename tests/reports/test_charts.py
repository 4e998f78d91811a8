"""Server-rendered SVG charts: readable without JavaScript, always with a table."""

import re

from reports.charts import line_chart


def point(end, value, status="published", target="85", label=""):
    return {
        "period_end": end,
        "period_label": label,
        "value": value,
        "value_status": status,
        "shown": f"{value}%",
        "target": target,
    }


HISTORY = [
    point("2018-09-30", "80"),
    point("2018-12-31", None, status="not_available"),
    point("2019-03-31", "84"),
    point("2019-06-30", "87", label="Apr - Jun"),
]


def test_chart_has_title_description_and_one_point_per_figure():
    svg = line_chart("Complaints <in time>", HISTORY, "chart-cs03")
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="chart-cs03-title">Complaints &lt;in time&gt;</title>' in svg
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1)
    assert "3 periods from Sep 18 to Apr - Jun" in desc
    assert "latest 87%" in desc and "target of 85" in desc
    assert svg.count("<circle") == 3  # the unavailable quarter is a gap
    assert 'class="chart-target"' in svg


def test_points_are_placed_by_value():
    svg = line_chart("x", HISTORY, "c")
    ys = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert ys[0] > ys[1] > ys[2]  # 80 < 84 < 87: higher values are drawn higher


def test_no_chart_without_two_figures():
    assert line_chart("x", HISTORY[:2], "c") == ""
