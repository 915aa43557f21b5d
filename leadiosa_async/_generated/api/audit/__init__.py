# generated from openapi.json by `python -m codegen` — do not edit
"""Contains endpoint functions for accessing the API"""
