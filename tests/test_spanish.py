"""The page in Spanish, as a person meets it: on screen, to a screen reader
(accessible names), in the printed handout, the share panel, the matrix and
presentation mode, with not one English word the Spanish texts do not also use."""

import re

import pytest
from selenium.webdriver.common.by import By

from tests.browser import candidates, query, start, wait
from viz.i18n import english_files

ACCEPTANCE = "lang=es&areas=knee_lateral,leg_lateral,foot_dorsum&symptoms=foot_drop"
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")

# Every text the page holds, hidden ones included (the handout for print, the
# other voice), and every accessible name; a published reference's title is
# marked lang="en" and left out.
COLLECT = """
var root = document.body.cloneNode(true);
root.querySelectorAll('script, style, [lang="en"]')
  .forEach(function (e) { e.remove(); });
var names = [];
document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')
  .forEach(function (el) {
  if (el.closest('[lang="en"]')) return;
  ['aria-label', 'title', 'alt', 'placeholder'].forEach(function (a) {
    if (el.hasAttribute(a)) names.push(el.getAttribute(a));
  });
});
return root.textContent + ' ' + names.join(' ') + ' ' + document.title;
"""


def words(tree) -> set[str]:
    """The words of every text in a tree of texts, lower case."""
    if isinstance(tree, str):
        return {w.lower() for w in WORD.findall(tree)}
    items = tree.values() if isinstance(tree, dict) else tree
    return set().union(*(words(t) for t in items)) if items else set()


@pytest.fixture(scope="module")
def english_only(kb) -> set[str]:
    """Words of the English texts that no Spanish text uses."""
    english = words(english_files(kb))
    spanish = words(english_files(kb.with_lang("es")))
    return english - spanish


def english_in(driver, english_only: set[str]) -> set[str]:
    # an address (the share link) holds ids, not words
    text = re.sub(r"https?://\S+", " ", driver.execute_script(COLLECT))
    found = {w.lower() for w in WORD.findall(text)}
    return found & english_only


@pytest.mark.browser
def test_the_acceptance_view_reads_entirely_in_spanish(dash_duo, kb, english_only):
    driver = start(dash_duo, ACCEPTANCE)
    assert driver.execute_script("return document.documentElement.lang") == "es"
    assert candidates(driver)[0] == "common_peroneal_entrapment"
    assert "Nervio" in driver.find_element(By.ID, "explanation").text
    assert english_in(driver, english_only) == set()
    # the regions are named in Spanish to a screen reader
    label = driver.find_element(
        By.CSS_SELECTOR, '#map [data-region="knee_lateral"]'
    ).get_attribute("aria-label")
    es = kb.with_lang("es")
    assert es.regions["knee_lateral"].name in label


@pytest.mark.browser
def test_clinician_voice_matrix_share_and_presentation_in_spanish(
    dash_duo, kb, english_only
):
    driver = start(
        dash_duo,
        f"{ACCEPTANCE}&voice=clinician&layers=nerves,dermatomes,chain"
        "&root=L5&nerve=common_peroneal&dermatome_map=keegan&panel=matrix",
    )
    wait(
        dash_duo,
        lambda d: d.find_elements(By.CSS_SELECTOR, "#referral-matrix .heatmaplayer"),
    )
    assert english_in(driver, english_only) == set()
    driver.find_element(By.ID, "matrix-close").click()
    driver.find_element(By.ID, "share").click()
    wait(dash_duo, lambda d: d.find_element(By.ID, "share-panel").is_displayed())
    wait(dash_duo, lambda d: d.find_elements(By.CSS_SELECTOR, "#share-panel img"))
    shared = driver.find_element(By.ID, "share-url").get_attribute("value")
    assert "lang=es" in shared
    assert english_in(driver, english_only) == set()
    driver.find_element(By.ID, "present").click()
    wait(dash_duo, lambda d: "present=1" in query(d))
    assert english_in(driver, english_only) == set()


@pytest.mark.browser
def test_the_language_link_opens_the_same_view_in_the_other_language(
    dash_duo, kb, english_only
):
    driver = start(dash_duo, "areas=knee_lateral,leg_lateral&symptoms=foot_drop")
    before = candidates(driver)
    assert len(english_in(driver, english_only)) > 50  # the check sees English
    driver.find_element(By.CSS_SELECTOR, '#languages a[hreflang="es"]').click()
    wait(
        dash_duo,
        lambda d: d.execute_script("return document.documentElement.lang") == "es",
    )
    wait(dash_duo, lambda d: "lang=es" in query(d) and candidates(d) == before)
    assert "areas=knee_lateral,leg_lateral" in query(driver)
    # a tap keeps the language, and the link back follows the state
    driver.find_element(By.CSS_SELECTOR, '#map [data-region="foot_dorsum"]').click()
    wait(dash_duo, lambda d: "foot_dorsum" in query(d) and "lang=es" in query(d))
    back = driver.find_element(By.CSS_SELECTOR, '#languages a[hreflang="en"]')
    wait(dash_duo, lambda d: "foot_dorsum" in back.get_attribute("href"))
    assert "lang=" not in back.get_attribute("href")
    assert english_in(driver, english_only) == set()  # the answers are Spanish too
