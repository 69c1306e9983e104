"""Errors a user can act on; the CLI prints them as one line and exits 2."""


class InputError(Exception):
    """The input cannot be read as a notice. The message says what is wrong and what to do."""


class OutputError(InputError):
    """The output cannot be written where asked (it is an input of the same run, a block
    device, a folder ...). The message says what to do instead."""
