"""Zone report (``dsezatwin:zonereport``): the data of a functional area's fact sheet and its wording.

Pure Python, no QGIS: :mod:`.formatting` writes numbers, dates and labels in Vietnamese or
English; :mod:`.data` reads the area, its sensors and their daily means from a twin store and
summarises the compliance verdicts. The Processing algorithm lays them out in a print layout.
"""
