# generated from openapi.json by `python -m codegen` — do not edit
"""Typed operations and models generated from openapi.json. Import from `leadiosa_async` instead."""
