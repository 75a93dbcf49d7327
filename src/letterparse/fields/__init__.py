"""Stage 4, fields: pure functions from blocks to model values, one module per family.

No function here reads the raw input again: each takes :class:`~letterparse.sections.Block`
records (or their lines) and returns model values with their spans.
"""
