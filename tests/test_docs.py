"""Every docstring example in the package is true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import letterparse

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(letterparse.__path__, "letterparse.")
    if info.name != "letterparse.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
