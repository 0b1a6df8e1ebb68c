"""Waiting for the page in browser tests."""

import time


def wait_until(page, expression, timeout=5000):
    """Waits until the JavaScript expression is true, polled from the test. Playwright's
    wait_for_function evaluates its predicate with eval() inside the page, which the site's
    Content-Security-Policy forbids: it fails whenever the answer is not true at once."""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"Not true within {timeout} ms: {expression}")
        page.wait_for_timeout(50)
