"""Citation-accuracy evaluation: datasets, metrics, runs, reports."""
