"""Who may log in and what each user may do, read from RIGHTSDESK_AUTH.

Two forms: `user:password` (today's single login, an admin; the password may contain `:` and
`,`), or a comma-separated list `alice:pw:admin,bob:pw:reader` where every entry names its
role. `admin` may add and remove documents; `reader` may ask and read (and each owns the
conversations kept under their name, see `owner_of`). With no login
configured everyone may do everything (the app listens on 127.0.0.1 unless told otherwise).
Does not check passwords (Gradio's login does) or define pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from rightsdesk.errors import ConfigError

Role = Literal["admin", "reader"]
ROLES: tuple[str, ...] = get_args(Role)
FORMAT = (
    "RIGHTSDESK_AUTH must be user:password, or user:password:role,... with role admin or reader"
)


@dataclass(frozen=True)
class User:
    """One login and its role."""

    name: str
    password: str
    role: Role

    @property
    def can_add(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Access:
    """The configured users: `Access.parse("alice:pw:admin,bob:pw:reader").can_add("bob")`."""

    users: tuple[User, ...] = ()

    @classmethod
    def parse(cls, spec: str | None) -> Access:
        """Read the setting; raises ConfigError naming the entry at fault (never its password)."""
        if not spec or not spec.strip():
            return cls()
        entries = [e.strip() for e in spec.strip().split(",")]
        if not any(e.rpartition(":")[2] in ROLES and e.count(":") >= 2 for e in entries):
            user, sep, password = spec.strip().partition(":")
            if not sep or not user or not password:
                raise ConfigError(f"{FORMAT} (both non-empty).")
            return cls((User(user, password, "admin"),))
        users: list[User] = []
        for i, entry in enumerate(entries, 1):
            name, sep, rest = entry.partition(":")
            password, sep2, role = rest.rpartition(":")
            if not (sep and sep2 and name and password) or role not in ROLES:
                raise ConfigError(f"{FORMAT}: entry {i} is not user:password:role.")
            if any(u.name == name for u in users):
                raise ConfigError(f"{FORMAT}: user {name!r} is listed twice.")
            users.append(User(name, password, role))  # type: ignore[arg-type]
        return cls(tuple(users))

    @property
    def enabled(self) -> bool:
        """True when a login is required."""
        return bool(self.users)

    def logins(self) -> list[tuple[str, str]]:
        """(user, password) pairs for Gradio's login."""
        return [(u.name, u.password) for u in self.users]

    def can_add(self, username: str | None) -> bool:
        """May this user add and remove documents? Everyone may when no login is configured."""
        if not self.enabled:
            return True
        return any(u.name == username and u.can_add for u in self.users)


def owner_of(request: object | None, browser_id: str | None) -> str | None:
    """Whose conversations these are: 'user:<name>' after a login, 'browser:<id>' for a browser,
    None for a bare API client. `request` is Gradio's (not imported here: the CLI reads this
    module too)."""
    user = getattr(request, "username", None) if request is not None else None
    if user:
        return f"user:{user}"
    return f"browser:{browser_id}" if browser_id else None
