"""The exceptions of quanze.

Every failure of the library is raised as a subclass of :class:`Error`;
nothing is returned as a status code or printed. Each exception carries the
library's message, its status code and, for errors in an input file, the
file name, line and column. Where a built-in exception fits, the class also
derives from it, so ``except KeyError`` or ``except ValueError`` work too.
"""

__all__ = [
    "Error", "NoMemoryError", "InvalidArgumentError", "ParseError", "SchemaError",
    "NotFoundError", "OutOfCalendarError", "FileError", "LimitError",
]


class Error(Exception):
    """A failure reported by the quanze library.

    Attributes: ``message`` (the library's text), ``code`` (the negative
    status code, e.g. -3 for a parse error), ``filename``, ``line`` and
    ``column`` (1-based; None / 0 when the failure is not tied to a place in
    an input).
    """

    code = None

    def __init__(self, message, code=None, filename=None, line=0, column=0):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.filename = filename
        self.line = line
        self.column = column

    def __str__(self):
        return self.message

    def __reduce__(self):
        return (type(self), (self.message, self.code, self.filename, self.line, self.column))


class NoMemoryError(Error, MemoryError):
    """The library ran out of memory."""
    code = -1


class InvalidArgumentError(Error, ValueError):
    """An argument is invalid: a bad date, a missing id, an index out of range."""
    code = -2


class ParseError(Error, ValueError):
    """Input that is not well-formed (malformed XML, a DOCTYPE, bad UTF-8).

    ``filename``, ``line`` and ``column`` say where.
    """
    code = -3


class SchemaError(ParseError):
    """Well-formed input that breaks the format's rules (a ParseError too)."""
    code = -4


class NotFoundError(Error, KeyError):
    """The named thing (post, meeting type, deadline...) does not exist."""
    code = -5


class OutOfCalendarError(Error, ValueError):
    """A date lies outside the calendar's (or the rules') coverage."""
    code = -6


class FileError(Error, OSError):
    """A file could not be read or written."""
    code = -7


class LimitError(Error, ValueError):
    """Input exceeds a size or depth limit."""
    code = -8


_BY_CODE = {cls.code: cls for cls in (NoMemoryError, InvalidArgumentError, ParseError, SchemaError,
                                      NotFoundError, OutOfCalendarError, FileError, LimitError)}


def _from_status(code, message, filename, line, column):
    """Called by the extension module: the exception for a failed call."""
    return _BY_CODE.get(code, Error)(message, code, filename, line, column)
