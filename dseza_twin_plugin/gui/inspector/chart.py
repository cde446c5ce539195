"""The Environment tab's chart: a sensor's means (line) and ranges (band), matplotlib's Qt canvas."""

from __future__ import annotations

import datetime as dt
import math

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.dates import AutoDateLocator, DateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import Formatter

from ...core.report.formatting import format_number
from ...toolbelt.i18n import number_language

LOCAL = dt.timezone(dt.timedelta(hours=7), "ICT")


class LocalNumberFormatter(Formatter):
    """Value-axis ticks in the plugin's language (``1.234,5`` in Vietnamese), as many decimals as the step needs.

    >>> f = LocalNumberFormatter("vi"); f.set_locs([0.0, 2.5, 5.0]); [f(v) for v in (0.0, 2.5, 1250.0)]
    ['0,0', '2,5', '1.250,0']
    """

    def __init__(self, language: str):
        self.language = language
        self.decimals = 0

    def set_locs(self, locs):
        super().set_locs(locs)
        finite = [float(v) for v in locs if math.isfinite(v)]
        self.decimals = next((d for d in range(7) if all(abs(v * 10 ** d - round(v * 10 ** d)) < 1e-6 * max(
            1.0, abs(v * 10 ** d)) for v in finite)), 6)

    def __call__(self, x, pos=None):
        return format_number(x, self.language, self.decimals)


class SensorChart(FigureCanvasQTAgg):
    """One sensor's series; :attr:`point_count` is the number of points drawn."""

    def __init__(self, parent=None):
        # fixed margins: a tight layout costs ~30 ms per draw, more than every query of the zone together
        self.figure = Figure(figsize=(5, 2.6), dpi=90)
        self.figure.subplots_adjust(left=0.11, right=0.98, top=0.88, bottom=0.14)
        super().__init__(self.figure)
        self.setParent(parent)
        self.setObjectName("inspectorChart")
        self.axes = self.figure.add_subplot(111)
        self.point_count = 0
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.axes.clear()
        self.axes.set_axis_off()
        self.axes.text(0.5, 0.5, text, ha="center", va="center", color="#555555", transform=self.axes.transAxes)
        self.point_count = 0
        self.draw_idle()

    def show_series(self, series, title: str, unit: str, limit: float | None, empty_text: str) -> None:
        points = [p for p in series.points if p[1] is not None]
        if not points:
            self.show_message(empty_text)
            return
        ax = self.axes
        ax.clear()
        ax.set_axis_on()
        # drawn in Việt Nam's local time, as officers read it
        times = [p[0].astimezone(LOCAL).replace(tzinfo=None) for p in points]
        low = [p[2] if p[2] is not None else p[1] for p in points]
        high = [p[3] if p[3] is not None else p[1] for p in points]
        ax.fill_between(times, low, high, color="#1565C0", alpha=0.15, linewidth=0)
        ax.plot(times, [p[1] for p in points], color="#1565C0", linewidth=1.2, marker="o" if len(points) <= 60
                else None, markersize=2.5)
        if limit is not None:
            ax.axhline(limit, color="#C62828", linewidth=1, linestyle="--")
        if series.start is not None and series.end is not None:
            ax.set_xlim(series.start.astimezone(LOCAL).replace(tzinfo=None),
                        series.end.astimezone(LOCAL).replace(tzinfo=None))
        ax.set_title(title, fontsize=8, loc="left")
        ax.set_ylabel(unit or "", fontsize=7)
        ax.tick_params(labelsize=7)
        ax.xaxis.set_major_locator(AutoDateLocator(maxticks=8))
        ax.xaxis.set_major_formatter(DateFormatter("%d/%m" if series.days > 7 else "%d/%m %Hh"))
        ax.yaxis.set_major_formatter(LocalNumberFormatter(number_language()))
        ax.grid(True, color="#DDDDDD", linewidth=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self.point_count = len(points)
        self.draw_idle()
