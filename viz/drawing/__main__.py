"""Regenerate assets/svg/front.svg and assets/svg/back.svg."""

from __future__ import annotations

from . import write

if __name__ == "__main__":
    for written in write():
        print(written)
