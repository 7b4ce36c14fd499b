"""Real stand-ins for remote services, started on 127.0.0.1 by the tests."""
