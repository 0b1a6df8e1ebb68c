"""Where the API lives and which version it is (NL API Design Rules: the major version in the
path, the full version in the API-Version header of every answer)."""

API_PREFIX = "/api/"
V1_PREFIX = "/api/v1/"
V1_VERSION = "1.0.0"
