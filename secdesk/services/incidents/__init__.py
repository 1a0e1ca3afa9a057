"""The near-miss and incident register: records, workflow, duties, timeline, search, lists,
import/export, dashboard tiles and the report of one record."""
