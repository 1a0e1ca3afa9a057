"""Errors the core raises on purpose, each with a message fit to show a person.

Bugs stay ordinary exceptions. What the user or the environment caused (bad input, missing
permission, a record changed by someone else, a locked database) is a SecdeskError: the GUI shows
its message in a dialog and the command line prints it and exits with status 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class SecdeskError(Exception):
    """Base of every expected failure; `str(error)` is the message for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where (field or line) and why."""

    message: str
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            from secdesk.i18n import tr

            return tr("{line}行目: {message}").format(line=self.line, message=self.message)
        return self.message


class ValidationError(SecdeskError):
    """Input refused; `problems` lists every reason, with field names or line numbers."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def for_field(self, name: str) -> list[str]:
        return [p.message for p in self.problems if p.field == name]


class PermissionDenied(SecdeskError):
    pass


class NotFound(SecdeskError):
    pass


class AuthenticationFailed(SecdeskError):
    pass


class AccountLocked(AuthenticationFailed):
    pass


@dataclass
class ConflictDetails:
    """Both sides of an edit conflict: what the user tried to save and what is stored now."""

    entity: str
    entity_id: int
    expected_version: int
    current_version: int
    mine: dict[str, object] = field(default_factory=dict)
    theirs: dict[str, object] = field(default_factory=dict)
    changed_by: str | None = None


class EditConflict(SecdeskError):
    """Someone else saved the record after it was opened; nothing was written."""

    def __init__(self, message: str, details: ConflictDetails) -> None:
        super().__init__(message)
        self.details = details


class EnvironmentProblem(SecdeskError):
    """The machine, not the input: locked or read-only database, full disk, missing keyring."""


class DatabaseTooNew(EnvironmentProblem):
    pass
