"""Authentication, authorisation and tenant isolation (issue 9).

- `users.py`: the authenticated user as graphs and `@auth.on` handlers see it.
- `access.py`: the per-request access scope (who, and which metadata filters bind them), held in
  a context variable, and the SQL hook that adds those filters to every statement.
- `backends.py`: the modes (`none`, static API keys, JWT bearer, a custom `langgraph_sdk.Auth`).
- `middleware.py`: authenticates each request before its body is even parsed.
- `guard.py`: wraps each operation of an implementation with its `(resource, action)` check.
"""
