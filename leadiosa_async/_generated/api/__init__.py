# generated from openapi.json by `python -m codegen` — do not edit
"""Contains methods for accessing the API"""
