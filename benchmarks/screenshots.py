"""PNG screenshots of the page: `python -m benchmarks.screenshots docs`."""

import sys
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from benchmarks.harness import chromium, open_painted, serving, set_viewport

ALL = "layers=nerves,dermatomes,chain"
ROOT = "areas=lower_back,buttock,thigh_posterior,calf,heel&symptoms=back_pain"
SHOTS = {
    "front-empty": "",
    "front-peroneal": "areas=knee_lateral,leg_lateral,foot_dorsum"
    "&symptoms=foot_drop,recent_leg_crossing_or_cast",
    "back-root-all-layers": f"{ROOT},numbness_tingling&view=back&{ALL}",
    "back-red-flag": "areas=lower_back,buttock,thigh_posterior,calf"
    "&symptoms=back_pain,bowel_bladder_change&view=back",
    "presentation": f"{ROOT}&view=back&layers=nerves,dermatomes&present=1",
    "left-front-saphenous": "condition=saphenous_entrapment&side=left",
    "kneecap-tap": "areas=knee_anterior",
    "first-web-space": "areas=first_web_space&symptoms=numbness_tingling",
    "referral-matrix": "panel=matrix&areas=knee_lateral,leg_lateral,foot_dorsum",
    "root-or-nerve": "root=L5&nerve=common_peroneal&areas=foot_dorsum",
    "dermatomes-lee": "layers=dermatomes&root=L4"
    "&areas=thigh_lateral,knee_anterior,leg_medial",
    "dermatomes-keegan": "layers=dermatomes&root=L4&dermatome_map=keegan"
    "&areas=thigh_lateral,knee_anterior,leg_medial",
    "dermatomes-keegan-back": "layers=dermatomes&dermatome_map=keegan&view=back",
    "dermatomes-both-maps": "root=L4&layers=dermatomes#compare-maps",
    "spanish-peroneal": "lang=es&areas=knee_lateral,leg_lateral,foot_dorsum"
    "&symptoms=foot_drop",
    "swollen-calf": "areas=calf&symptoms=swelling&view=back",
    "calf-tap": "areas=calf&view=back",
    "hot-knee-fever": "areas=knee_anterior&symptoms=swelling,warmth_redness,fever",
    "spanish-swollen-calf": "lang=es&areas=calf&symptoms=swelling&view=back",
    "spanish-explanation": "lang=es&areas=knee_lateral,leg_lateral,foot_dorsum"
    "&symptoms=foot_drop#explanation",
}
SIZES = ((1280, 800), (768, 1024), (1024, 768), (390, 844))


def main(out: Path, only: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serving() as base, chromium() as driver:
        for width, height in SIZES:
            set_viewport(driver, width, height)
            for name, query in SHOTS.items():
                if only and name not in only:
                    continue
                query, _, anchor = query.partition("#")
                open_painted(driver, base, query)
                if anchor:  # a part of the page below the first screen
                    driver.execute_script(
                        "document.getElementById(arguments[0]).scrollIntoView();",
                        anchor,
                    )
                if "panel=matrix" in query:  # the heatmap is drawn
                    WebDriverWait(driver, 10).until(
                        lambda d: d.find_elements(
                            By.CSS_SELECTOR,
                            "#referral-matrix .js-plotly-plot .heatmaplayer",
                        )
                    )
                WebDriverWait(driver, 5).until(  # the pathway has been traced
                    lambda d: (
                        not d.execute_script("return document.getAnimations().length")
                    )
                )
                path = out / f"{name}-{width}x{height}.png"
                driver.save_screenshot(str(path))
                print(f"wrote {path}")


if __name__ == "__main__":
    # python -m benchmarks.screenshots docs [name ...]: all shots, or those named
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs") / "screenshots", sys.argv[2:]
    )
