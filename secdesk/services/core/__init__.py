"""What every register stands on: who acts and when, the audit trail, settings, accounts,
lists, exports' trail records, dashboard tiles, opening, backup, restore and transfer.

Imports no register."""
