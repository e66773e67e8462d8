"""One module per tag of the spec, each implementing the generated `<Tag>Api` Protocol.

An implementation subclasses the Protocol and defines `async` methods with exactly the generated
keyword-only signature (mypy checks it). It returns the primary response's model, which is sent
with the operation's first listed 2xx status, or a `Response` for anything else (an alternate
success code, a stream, a 204); errors are raised as `contract.ApiError`. Operations a class
leaves out must be listed in `not_implemented.NOT_IMPLEMENTED` (they answer 501), and the app is
built with `implement(MyService, ...)`, which refuses a class and a list that disagree.
"""
