class ContentError(Exception):
    """Content that cannot be loaded: the message names the file, the field and the block."""

    def __init__(self, source, problem, field=None):
        where = str(source)
        if field:
            where += f", veld '{field}'"
        super().__init__(f"{where}: {problem}")
