class Report:
    """Counts what a loader run created, for its summary line."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.counts = {}

    def created(self, obj):
        name = obj._meta.verbose_name
        self.counts[name] = self.counts.get(name, 0) + 1

    def summary(self):
        if not self.counts:
            return "Niets nieuws: alle demo-inhoud stond er al."
        parts = [f"{count} × {name}" for name, count in sorted(self.counts.items())]
        return "Aangemaakt: " + ", ".join(parts) + "."
