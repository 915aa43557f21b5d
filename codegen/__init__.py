"""The code generator: `python -m codegen` turns openapi.json into leadiosa_async/_generated/."""
