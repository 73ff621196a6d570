"""Command line of viz.i18n: `skeleton CODE` or `schema DIR`."""

import sys
from pathlib import Path

from viz import i18n
from viz.catalogue import DATA_DIR
from viz.content import load_knowledge_base


def main(argv: list[str]) -> int:
    """Write a new language's files to translate, or the translations' schemas."""
    kb = load_knowledge_base(translations=False)
    if argv[:1] == ["skeleton"] and len(argv) == 2 and i18n.CODE.match(argv[1]):
        for path in i18n.skeleton(kb, DATA_DIR / argv[1]):
            print(f"wrote {path}")
        return 0
    if argv[:1] == ["schema"] and len(argv) == 2:
        for path in i18n.export_schemas(kb, Path(argv[1])):
            print(f"wrote {path}")
        return 0
    print(i18n.__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
