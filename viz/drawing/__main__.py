"""Regenerate the drawings in assets/svg/ and the palette in assets/palette.css."""

from __future__ import annotations

from . import write

if __name__ == "__main__":
    for written in write():
        print(written)
