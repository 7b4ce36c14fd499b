"""rightsdesk.web.access: RIGHTSDESK_AUTH read as users with roles, the old form unchanged."""

from __future__ import annotations

import pytest

from rightsdesk.errors import ConfigError
from rightsdesk.web.access import Access, User


@pytest.mark.parametrize(
    ("spec", "users"),
    [
        (None, ()),
        ("", ()),
        ("trainer:s3cret", (User("trainer", "s3cret", "admin"),)),  # today's single login
        ("trainer:pa:ss,word", (User("trainer", "pa:ss,word", "admin"),)),  # ':' and ',' kept
        (
            "alice:pw:admin,bob:pw2:reader",
            (User("alice", "pw", "admin"), User("bob", "pw2", "reader")),
        ),
        (
            " alice:p:w:admin , bob:x:reader ",
            (User("alice", "p:w", "admin"), User("bob", "x", "reader")),
        ),
        ("carol:pw:reader", (User("carol", "pw", "reader"),)),
    ],
)
def test_parse(spec: str | None, users: tuple[User, ...]) -> None:
    assert Access.parse(spec).users == users


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("trainer", "both non-empty"),
        (":pw", "both non-empty"),
        ("alice:pw:admin,bob:pw", "entry 2"),
        ("alice:pw:admin,bob:pw:owner", "entry 2"),
        ("alice::admin,bob:pw:reader", "entry 1"),
        ("alice:pw:admin,alice:pw2:reader", "listed twice"),
    ],
)
def test_bad_settings_name_the_entry_never_the_password(spec: str, said: str) -> None:
    with pytest.raises(ConfigError, match=said) as err:
        Access.parse(spec)
    assert "pw2" not in str(err.value) and "RIGHTSDESK_AUTH" in str(err.value)


def test_who_may_add() -> None:
    access = Access.parse("alice:pw:admin,bob:pw:reader")
    assert access.enabled and access.logins() == [("alice", "pw"), ("bob", "pw")]
    assert access.can_add("alice") and not access.can_add("bob")
    assert not access.can_add(None) and not access.can_add("mallory")
    assert Access.parse("trainer:s3cret").can_add("trainer")
    assert Access.parse(None).can_add(None)  # no login configured: a local, single-user app
