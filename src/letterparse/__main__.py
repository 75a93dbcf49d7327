"""``python -m letterparse`` runs the command line."""

from .cli import run

run()
