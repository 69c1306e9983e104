"""Errors a user can act on; the CLI prints them as one line and exits 2."""


class InputError(Exception):
    """The input cannot be read as a notice. The message says what is wrong and what to do."""
