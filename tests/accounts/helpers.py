from .factories import PASSWORD

CLIENT_ADDRESS = "198.51.100.7"


def log_in(client, username, password=PASSWORD, address=CLIENT_ADDRESS, **headers):
    """The real admin login form, as a browser posts it."""
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )
