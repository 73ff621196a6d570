"""Component ids, named once, and handed to the map script (for_script).
Those marked contract are fixed by CONTRACT.md."""

URL = "url"  # dcc.Location: the address the page opened at
PAGE = "page"  # everything a person sees, rendered for the address's language
SELECTION = "selection"  # dcc.Store: the page state, mirrored in the address
VIEW = "view"  # dcc.Store: what the map shows for the state (the server's answer)
MAP_TEXT = "map-text"  # dcc.Store: the names and short texts the map script shows
MATRIX = "matrix"  # the referral matrix panel, filled when opened
MATRIX_OPEN = "matrix-open"
MATRIX_CLOSE = "matrix-close"
MATRIX_GRAPH = "referral-matrix"  # contract (docs/CONTRACT.md)
MATRIX_TITLE = "matrix-title"
COMPARE = "compare"  # root or nerve: the two territories compared
COMPARE_SUMMARY = "compare-summary"
COMPARE_SIGNS = "compare-signs"  # the examination that tells root from nerve
COMPARE_PRESENT = "compare-present"  # root or nerve, presented in large type
COMPARE_MAPS = "compare-maps"  # one root drawn in both dermatome maps, side by side
LANGUAGES = "languages"  # the same view in the other languages
LEGEND_MAP = "legend-map"  # the key's words naming the dermatome map drawn
MAP = "map"
MAP_PANEL = "map-panel"
MAP_TWIN = "map-twin"  # the other view, drawn beside the map on wide screens
SIDE_CUE = "side-cue"
NOTICE = "notice"
CANDIDATES = "candidates"  # contract
VERDICT = "verdict"  # how sure the ranking is, and the questions that would help
ONLY_IF = "only-if"  # dangerous causes left off the list for want of their signs
EXPLANATION = "explanation"  # contract
RED_FLAGS = "red-flags"  # contract
INVITATION = "invitation"
ANNOUNCER = "announcer"
REGION_PICKER = "region-picker"
SHARE = "share"
SHARE_PANEL = "share-panel"
SHARE_STATUS = "share-status"
PRESENT = "present"
PRINT = "print"
HANDOUT = "handout"
MAP_STATUS = "map-status"  # the map script says what a tap did (zoomed, ...)
PREVIOUS = "previous-candidate"
NEXT = "next-candidate"
PRESENT_NAV = "present-nav"  # presentation's Previous and Next
CLEAR = "clear"
SHARE_URL = "share-url"
EXPLANATION_TITLE = "explanation-title"
GLOSSARY = "glossary"


def for_script() -> dict[str, str]:
    """Every id by its name here, for the page script: it keeps no copy."""
    return {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}


VOICE = "voice"
