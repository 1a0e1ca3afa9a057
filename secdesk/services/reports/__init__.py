"""Reports across the registers: the annual report, the auditors' workbook, the half-year
publication list, and the catalogue of every report."""
