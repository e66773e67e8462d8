"""The conformance kit: `graphport conform --url ...` measures any LangGraph-compatible server.

`graphs.py` and `langgraph.json` hold the deterministic graphs the scenarios need (the target
serves them); `profiles.py` the capability profiles; `scenarios.py` the SDK scenarios against
their cassettes; `schema_suite.py` schemathesis over our spec; `report.py` the table, JUnit XML
and HTML page; `conform.py` ties them together.
"""
