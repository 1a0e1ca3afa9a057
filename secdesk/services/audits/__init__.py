"""The audit register: audits, checklists, findings, corrective actions, self-inspections,
exports, dashboard tiles and the audit reports."""
