"""The zone report's sensor chart: daily means (line) and daily ranges (band), one panel per sensor.

matplotlib's object API with the Agg canvas only (no ``pyplot``: no global state, no GUI backend),
so it runs in QGIS desktop, under ``qgis_process`` and in a Processing thread alike.
"""

from __future__ import annotations

from pathlib import Path

from .data import DailySeries
from .formatting import SENSOR_KIND_LABELS, format_date, format_number, label

COLOURS = ("#1565C0", "#2E7D32", "#C62828", "#6A1B9A", "#EF6C00", "#00838F", "#4E342E", "#AD1457")


def render_sensor_chart(path: str | Path, sensors: list[dict], daily: DailySeries, language: str,
                        width_mm: float = 180, height_mm: float = 150, dpi: int = 200) -> Path:
    """Write a PNG of the sensors' daily means; sensors without readings in the period are left out.

    Returns the path. With no readings at all the PNG says so.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import DateFormatter, DayLocator
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    path = Path(path)
    shown = [s for s in sensors if daily.series.get(int(s["fid"]))]
    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=dpi)
    FigureCanvasAgg(figure)
    if not shown:
        figure.text(0.5, 0.5, label("no_sensors" if not sensors else "no_readings", language),
                    ha="center", va="center", fontsize=11, color="#555555")
        figure.savefig(str(path), dpi=dpi)
        return path
    axes = figure.subplots(len(shown), 1, sharex=True, squeeze=False)[:, 0]
    number = FuncFormatter(lambda value, _pos: format_number(value, language, 0 if abs(value) >= 10 else 1))
    day_format = "%d/%m" if language == "vi" else "%d %b"
    kinds = SENSOR_KIND_LABELS[language]
    for index, (ax, sensor) in enumerate(zip(axes, shown)):
        points = daily.series[int(sensor["fid"])]
        days = [p[0] for p in points]
        colour = COLOURS[index % len(COLOURS)]
        low = [p[2] if p[2] is not None else float("nan") for p in points]
        high = [p[3] if p[3] is not None else float("nan") for p in points]
        ax.fill_between(days, low, high, color=colour, alpha=0.15, linewidth=0)
        ax.plot(days, [p[1] if p[1] is not None else float("nan") for p in points], color=colour, linewidth=1.4,
                marker="o", markersize=2)
        title = "{} · {} · {} ({})".format(sensor["code"], kinds.get(sensor.get("kind"), sensor.get("kind") or ""),
                                           sensor.get("observed_property") or "", sensor.get("unit") or "")
        ax.set_title(title, fontsize=7, loc="left", pad=2)
        ax.yaxis.set_major_formatter(number)
        ax.tick_params(labelsize=6)
        ax.grid(True, color="#DDDDDD", linewidth=0.5)
        ax.set_xlim(daily.start, daily.end)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[-1].xaxis.set_major_locator(DayLocator(interval=3))
    axes[-1].xaxis.set_major_formatter(DateFormatter(day_format))
    figure.suptitle("{} — {}".format(label("daily_mean", language), label("period", language).format(
        start=format_date(daily.start, language), end=format_date(daily.end, language))), fontsize=8)
    figure.tight_layout(rect=(0, 0, 1, 0.97), h_pad=0.6)
    figure.savefig(str(path), dpi=dpi)
    return path
