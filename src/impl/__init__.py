"""Hand-written code: the application, its settings, and the implementations of the Protocols.

Keep this module empty of imports: generated code imports `graphport.impl.contract`, which loads
this package first.
"""
