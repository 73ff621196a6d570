"""A drawing served that disagrees with data/ stops start-up and `make check`,
naming the file, the area and what is wrong."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viz.content import ContentError
from viz.drawing import SVG_DIR, served
from viz.factory import create_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def drawings(tmp_path, monkeypatch):
    """A copy of assets/svg/, served in place of the real one."""
    copy = tmp_path / "svg"
    shutil.copytree(SVG_DIR, copy)
    monkeypatch.setattr(served, "SVG_DIR", copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_drawings_served_agree_with_the_data(kb):
    assert served.problems(kb) == []


def test_a_drawing_missing_an_area_stops_start_up_by_name(kb, drawings):
    _edit(drawings / "front.svg", 'data-region="foot_medial"', 'data-part="x"')
    with pytest.raises(ContentError) as err:
        create_app(kb)
    assert (
        "assets/svg/front.svg: entry 'foot_medial': area missing: "
        "data/regions.yaml draws it in the front view"
    ) in str(err.value)


def test_an_area_or_target_a_view_does_not_have_is_named(kb, drawings):
    _edit(drawings / "back-keegan.svg", 'data-region="calf"', 'data-region="elbow"')
    _edit(drawings / "front.svg", 'data-hit="ankle_medial"', 'data-hit="calf"')
    found = [str(p) for p in served.problems(kb)]
    assert (
        "assets/svg/back-keegan.svg: entry 'elbow': area not in the back view of "
        "data/regions.yaml" in found
    )
    assert (
        "assets/svg/back-keegan.svg: entry 'calf': area missing: "
        "data/regions.yaml draws it in the back view" in found
    )
    assert (
        "assets/svg/front.svg: entry 'calf': fingertip target of an area not "
        "in the front view" in found
    )


def test_a_drawing_that_is_missing_or_broken_is_named(kb, drawings):
    (drawings / "back.svg").unlink()
    (drawings / "front.svg").write_text("<svg><g></svg>", encoding="utf-8")
    found = [str(p) for p in served.problems(kb)]
    assert "assets/svg/back.svg: file is missing" in found
    assert any(
        p.startswith("assets/svg/front.svg, line 1: not a drawing") for p in found
    )


def test_make_check_reads_the_drawings():
    run = subprocess.run(
        [sys.executable, "-m", "viz.drawing.served"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "assets/svg/ agrees with data/" in run.stdout
