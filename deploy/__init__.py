"""Running Radiate in production: `python -m deploy.serve` (make serve)."""
