"""Environmental thresholds and alerts: a threshold pack (QCVN 05/26/40) judged over sensor readings."""
