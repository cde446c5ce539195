"""Environmental alerts: averaging windows, coverage, day/night periods and robust anomalies, hand-computed."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from dseza_twin.dseza_twin_plugin.core.environment import alerts as al
from dseza_twin.dseza_twin_plugin.core.environment.thresholds import (
    ThresholdPackError,
    load_pack,
    parse_pack,
)

LOCAL = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc
DAY0 = dt.datetime(2026, 11, 1, tzinfo=LOCAL)  # local midnight = 2026-10-31 17:00 UTC


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def series(prop, start, values, unit=None, suspect=(), step_h=1.0, missing=()):
    """A sensor's readings one every ``step_h`` hours from ``start`` (NaN or ``missing`` indices: no reading)."""
    keep = [i for i, v in enumerate(values) if i not in set(missing) and v is not None]
    times = np.array([al.epoch_seconds(start + dt.timedelta(hours=i * step_h)) for i in keep], dtype=np.int64)
    vals = np.array([float(values[i]) for i in keep])
    usable = np.array([i not in set(suspect) for i in keep])
    return al.SensorSeries(1, "S-1", prop, unit, times, vals, usable)


def run(pack, s, anomalies=False):
    return [a for a in al.evaluate([s], pack, with_anomalies=anomalies).alerts]


# -- 24-hour means --------------------------------------------------------------------------------------

def test_daily_mean_is_the_local_calendar_day(pack):
    values = list(range(24))  # 0 … 23 over local day 2026-11-01: mean 11.5
    h0, hourly = al.hourly_means(*_arrays(series("PM2.5", DAY0, values)))
    starts, means = al.daily_means(h0, hourly)
    assert len(means) == 1 and means[0] == pytest.approx(11.5)
    assert al._utc(starts[0] * al.HOUR) == DAY0.astimezone(UTC)


def test_daily_mean_above_the_limit_alerts_with_the_day_as_window(pack):
    values = [40.0] * 12 + [62.0] * 12  # mean 51 > 50
    found = run(pack, series("PM2.5 mass concentration", DAY0, values, unit="µg/m³"))
    assert [(a.rule, a.value, a.limit) for a in found] == [("QCVN05:2023/PM2.5/24h", pytest.approx(51.0), 50.0)]
    assert found[0].window_start == DAY0 and found[0].window_end == DAY0 + dt.timedelta(days=1)
    assert "Table 1" in found[0].clause and found[0].kind == "exceedance"


def test_a_day_split_over_two_local_days_is_two_days(pack):
    # 24 hourly readings from local noon: 12 h on each local day, neither has 18 h → nothing judged
    found = run(pack, series("PM2.5", DAY0 + dt.timedelta(hours=12), [90.0] * 24))
    assert found == []


def test_a_day_with_too_few_readings_is_not_judged(pack):
    high = [80.0] * 24
    assert run(pack, series("PM2.5", DAY0, high, missing=range(17, 24))) == []  # 17 of 24 h < 75 %
    judged = run(pack, series("PM2.5", DAY0, high, missing=range(18, 24)))  # 18 of 24 h = 75 %
    assert [a.rule for a in judged] == ["QCVN05:2023/PM2.5/24h"]


def test_sub_hourly_readings_are_averaged_per_hour_first():
    # half-hourly: hour 0 (10, 30), hour 1 (50, 70) → 20 and 60; hour 2 has one of its two readings → not valid
    s = series("NO2", DAY0, [10.0, 30.0, 50.0, 70.0, 90.0], step_h=0.5)
    h0, hourly = al.hourly_means(s.times, s.values, s.usable)
    assert al._utc(h0 * al.HOUR) == DAY0
    assert hourly[:2].tolist() == [20.0, 60.0] and np.isnan(hourly[2])


def test_an_hour_of_a_5_minute_sensor_needs_9_of_its_12_readings(pack):
    full = [300.0] * 12  # hour 0: 12 readings
    partial = [300.0] * 8 + [None] * 4  # hour 1: 8 of 12 < 75 %
    enough = [300.0] * 9 + [None] * 3  # hour 2: 9 of 12
    s = series("NO2", DAY0, full + partial + enough, step_h=1 / 12)
    assert al.readings_per_hour(s.times) == 12
    h0, hourly = al.hourly_means(s.times, s.values, s.usable)
    assert np.isfinite(hourly).tolist() == [True, False, True]
    assert [a.window_start for a in run(pack, s)] == [DAY0, DAY0 + dt.timedelta(hours=2)]


# -- 8-hour rolling means -------------------------------------------------------------------------------

def test_rolling_8h_means_and_their_maximum():
    hourly = np.arange(1.0, 11.0)  # 1 … 10
    means = al.rolling_means(hourly, 8)
    assert np.isnan(means[:7]).all()
    assert means[7:].tolist() == [4.5, 5.5, 6.5]
    assert np.nanmax(means) == 6.5


def test_rolling_8h_needs_six_of_eight_hours():
    hourly = np.arange(1.0, 9.0)
    hourly[[0, 1]] = np.nan  # 6 of 8 valid: mean of 3 … 8 = 5.5
    assert al.rolling_means(hourly, 8)[-1] == pytest.approx(5.5)
    hourly[2] = np.nan  # 5 of 8: not valid
    assert np.isnan(al.rolling_means(hourly, 8)[-1])


def test_co_8h_exceedance_window(pack):
    values = [9000.0] * 4 + [11000.0] * 4 + [12000.0] + [0.0] * 8
    found = [a for a in run(pack, series("CO", DAY0, values, unit="µg/m³")) if a.rule.endswith("8h")]
    # 8-h means: hours 0–7 → 10000 (at the limit, not exceeding); hours 1–8 → 10375
    assert [(a.window_start, a.window_end, a.value) for a in found] == [
        (DAY0 + dt.timedelta(hours=1), DAY0 + dt.timedelta(hours=9), pytest.approx(10375.0))]


def test_co_in_mg_per_m3_is_converted(pack):
    found = run(pack, series("carbon monoxide", DAY0, [31.0], unit="mg/m³"))
    assert [(a.rule, a.value) for a in found] == [("QCVN05:2023/CO/1h", pytest.approx(31000.0))]


# -- noise periods --------------------------------------------------------------------------------------

def test_noise_day_and_night_limits_switch_at_6_and_21_local(pack):
    values = [None] * 24
    for h in (5, 6, 20, 21):
        values[h] = 60.0  # above the night limit 55, below the day limit 70
    found = run(pack, series("Sound level LAeq,1h", DAY0, values, unit="dBA"))
    assert [(a.rule, a.window_start.astimezone(LOCAL).hour) for a in found] == [
        ("QCVN26:2010/LAeq/normal/night", 5), ("QCVN26:2010/LAeq/normal/night", 21)]


def test_noise_special_area_variant(pack):
    found = al.evaluate([series("noise", DAY0 + dt.timedelta(hours=10), [60.0])], pack,
                        variants=("noise:special",), with_anomalies=False).alerts
    assert [(a.rule, a.limit) for a in found] == [("QCVN26:2010/LAeq/special/day", 55.0)]


# -- limits, quality --------------------------------------------------------------------------------------

def test_a_value_exactly_at_the_limit_is_not_an_exceedance(pack):
    assert run(pack, series("NO2", DAY0, [200.0, 200.0])) == []
    found = run(pack, series("NO2", DAY0, [200.0, 200.1]))
    assert [(a.rule, a.value, a.window_start) for a in found] == [
        ("QCVN05:2023/NO2/1h", 200.1, DAY0 + dt.timedelta(hours=1))]


def test_suspect_readings_are_excluded(pack):
    assert run(pack, series("NO2", DAY0, [50.0, 900.0, 50.0], suspect=(1,))) == []
    assert len(run(pack, series("NO2", DAY0, [50.0, 900.0, 50.0]))) == 1


def test_consecutive_exceeding_hours_merge_into_one_alert(pack):
    found = run(pack, series("COD of treated effluent", DAY0, [40, 80, 95, 76, 40, 90], unit="mg/L"))
    assert [(a.rule, a.window_start, a.window_end, a.value) for a in found] == [
        ("QCVN40:2011/COD/A", DAY0 + dt.timedelta(hours=1), DAY0 + dt.timedelta(hours=4), 95.0),
        ("QCVN40:2011/COD/A", DAY0 + dt.timedelta(hours=5), DAY0 + dt.timedelta(hours=6), 90.0)]


def test_ph_range_is_judged_on_both_sides(pack):
    found = run(pack, series("pH", DAY0, [7.0, 5.9, 7.0, 9.2]))
    assert [(a.rule, a.value) for a in found] == [("QCVN40:2011/pH/A", 5.9), ("QCVN40:2011/pH/A", 9.2)]


def test_unknown_property_and_incomparable_unit_are_noted(pack):
    result = al.evaluate([series("Vehicle count", DAY0, [1.0]), series("NO2", DAY0, [500.0], unit="ppm")], pack,
                         with_anomalies=False)
    assert result.alerts == []
    assert any("no threshold" in n for n in result.notes) and any("ppm" in n for n in result.notes)


def test_since_and_until_select_alerts_by_window(pack):
    s = series("NO2", DAY0, [300.0, 50.0, 300.0])
    result = al.evaluate([s], pack, since=DAY0 + dt.timedelta(hours=1), with_anomalies=False)
    assert [a.window_start for a in result.alerts] == [DAY0 + dt.timedelta(hours=2)]
    result = al.evaluate([s], pack, until=DAY0 + dt.timedelta(hours=1), with_anomalies=False)
    assert [a.window_start for a in result.alerts] == [DAY0]


# -- anomalies ----------------------------------------------------------------------------------------------

def _noise_days(days, seed=7):
    rng = np.random.default_rng(seed)
    hours = np.arange(days * 24)
    local = hours % 24
    base = np.where((local >= 6) & (local < 21), 61.0, 48.0)
    peaks = 3.0 * np.exp(-0.5 * ((local - 8) / 1.2) ** 2) + 3.0 * np.exp(-0.5 * ((local - 17) / 1.5) ** 2)
    return base + peaks + rng.normal(0, 0.8, len(hours))


def test_robust_z_ignores_the_daily_cycle_and_flags_a_spike():
    values = _noise_days(12)
    quiet = series("something without limits", DAY0, values.tolist())
    assert al.anomalies(quiet, "x") == []
    spiked = values.copy()
    spiked[10 * 24 + 3] += 12.0  # 03:00 local on day 10: far above its own night-time history
    found = al.anomalies(series("something without limits", DAY0, spiked.tolist()), "x")
    assert [(a.kind, a.window_start) for a in found] == [("anomaly", DAY0 + dt.timedelta(days=10, hours=3))]
    assert found[0].value == pytest.approx(spiked[243]) and found[0].limit < found[0].value


def test_robust_z_by_hand():
    hourly = np.full(24 * 5, 10.0)
    hourly[::2] = 12.0  # 12, 10, 12, 10 …
    hourly[-1] = 20.0  # an odd hour (ordinarily 10)
    z, expected, scale = al.robust_z(hourly)
    # same hours ±1 h on the previous days: (12, 10, 12) each day → median 12
    assert expected[-1] == pytest.approx(12.0)
    # earlier residuals alternate −2 (odd hours, expected 12) and +2 (even hours, expected 10): MAD 2
    assert scale[-1] == pytest.approx(2.0)
    assert z[-1] == pytest.approx(0.6745 * (20.0 - 12.0) / 2.0)
    assert np.isnan(z[:73]).all()  # under 3 days of history (9 values) there is no expected value


def test_too_little_history_gives_no_anomaly():
    values = _noise_days(2)
    values[30] += 40.0
    assert al.anomalies(series("x", DAY0, values.tolist()), "x") == []


# -- the pack --------------------------------------------------------------------------------------------------

def test_the_pack_maps_sensor_names_and_marks_uncertain_values(pack):
    assert pack.match("PM2.5 mass concentration").name == "PM2.5"
    assert pack.match("pm25").name == "PM2.5"
    assert pack.match("COD of treated effluent").name == "COD"
    assert pack.match("CO").name == "CO"
    assert pack.match("Sound level LAeq,1h").name == "LAeq"
    assert pack.match("Vehicle count") is None
    assert all(lim.note for lim in pack.uncertain_limits())
    no2 = {lim.averaging: lim.max for lim in pack.parameters["NO2"].limits}
    assert no2 == {"1h": 200.0, "24h": 100.0, "year": 40.0}


@pytest.mark.parametrize("limit, message", [
    ({"rule": "r", "standard": "s", "clause": "c", "averaging": "1h"}, "needs 'max', 'min'"),
    ({"rule": "r", "standard": "s", "clause": "c", "averaging": "2h", "max": 1}, "averaging '2h'"),
    ({"rule": "r", "standard": "s", "clause": "c", "averaging": "1h", "max": "high"}, "expected a number"),
    ({"rule": "r", "standard": "s", "clause": "c", "averaging": "1h", "max": 1, "uncertain": True}, "'note'"),
    ({"rule": "r", "standard": "s", "averaging": "1h", "max": 1}, "'clause' is missing"),
])
def test_invalid_packs_are_refused_with_a_clear_message(limit, message):
    with pytest.raises(ThresholdPackError, match=message) as info:
        parse_pack({"id": "p", "version": "1", "parameters": {"NO2": {"limits": [limit]}}})
    assert "NO2" in str(info.value)


def test_missing_pack_file(tmp_path):
    with pytest.raises(ThresholdPackError, match="not found"):
        load_pack(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ThresholdPackError, match="not valid JSON"):
        load_pack(bad)


def _arrays(s):
    return s.times, s.values, s.usable
