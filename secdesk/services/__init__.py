"""Use cases. Every permission check and every write of the app goes through this package.

Packages by register: `core` (imports no register), `roster`, `incidents`, `training`, `audits`
(each imports `core` and `roster`, never each other), `links` (the one place that knows two
registers), `reports` (reads every register). `app` composes them; `registers` loads the
registers' declarations, which core reads through `core.declarations`.
"""

from secdesk.services.core import declarations


def _load_registers() -> None:
    from secdesk.services.registers import load_registers

    load_registers()


declarations.install(_load_registers)
