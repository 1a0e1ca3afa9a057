"""The training register: courses, sessions, attendance, targets, phishing drills, imports,
exports, dashboard tiles and the completion report."""
