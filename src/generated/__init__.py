"""Code generated from spec/openapi.yaml by `make gen`; never edit these files by hand.

- `models.py`: pydantic models of `components/schemas` (datamodel-codegen);
- `api.py`: one Protocol and one binder per tag, `OPERATIONS`, `PERMISSIONS` (codegen/gen_routes.py);
- `openapi.yaml`: a byte-for-byte copy of the spec, so an installed wheel can serve it.
"""
