"""Keyboard order, checked in the browser as a keyboard user meets it (issue 11, point 6).

`tab_stops` presses Tab from the top of the page and records each element that takes the
focus. `order_problems` then says what a keyboard user would trip over:

- focus that jumps backwards in the page (a positive tabindex, or content reordered by CSS);
- a stop that cannot be seen (no size, or hidden) or shows no focus indicator (outline and
  box-shadow both none);
- a stop with no accessible name (a link or button a screen reader would announce as nothing);
- a focus trap (the same element twice before the end of the page).

`presses_to` counts the key presses to reach an element through the page's own links
(contents and skip links), as a keyboard user would: Tab to the link, Enter, then Tab.
"""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

# What the focused element is: its position in document order, and what a user sees of it.
_FOCUSED = """
const e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
const all = document.getElementsByTagName('*');
let position = -1;
for (let i = 0; i < all.length; i++) { if (all[i] === e) { position = i; break; } }
const r = e.getBoundingClientRect();
const s = getComputedStyle(e);
const labelled = e.getAttribute('aria-labelledby');
const label = (e.labels && e.labels.length) ? e.labels[0].textContent : '';
const name = (e.getAttribute('aria-label') || (labelled && document.getElementById(labelled)
  ? document.getElementById(labelled).textContent : '') || label || e.textContent || e.value || e.title || '').trim();
return {position: position, tag: e.tagName.toLowerCase(), id: e.id, name: name.slice(0, 60),
        width: r.width, height: r.height, hidden: s.visibility === 'hidden' || s.display === 'none',
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none',
        tabindex: e.getAttribute('tabindex')};
"""


def _press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()
    return driver.execute_script(_FOCUSED)


def _from_top(driver):
    driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();"
                          "document.body.setAttribute('tabindex', '-1'); document.body.focus();"
                          "document.body.removeAttribute('tabindex');")


def tab_stops(driver, limit):
    """The elements Tab reaches from the top, in order, up to `limit` presses."""
    _from_top(driver)
    stops = []
    for _ in range(limit):
        stop = _press(driver, Keys.TAB)
        if stop is None:
            break  # focus left the page: the end is reached
        if stops and stop["position"] == stops[-1]["position"]:
            continue  # Tab moving between the day, month and year of one date input
        stops.append(stop)
        if len(stops) > 1 and stop["position"] == stops[0]["position"]:
            break
    return stops


_POSITIVE_TABINDEX = """
return Array.from(document.querySelectorAll('[tabindex]'))
  .filter(e => parseInt(e.getAttribute('tabindex'), 10) > 0)
  .map(e => e.tagName.toLowerCase() + '#' + (e.id || '?') + ' has tabindex ' + e.getAttribute('tabindex'));
"""


def order_problems(stops, driver=None):
    """What a keyboard user would trip over in `stops` (and, given the driver, any positive
    tabindex on the page, which takes its element out of page order); empty when none."""
    problems = list(driver.execute_script(_POSITIVE_TABINDEX)) if driver is not None else []
    seen = set()
    for before, stop in zip([None] + stops, stops):
        where = f"{stop['tag']}#{stop['id'] or '?'} '{stop['name']}'"
        if stop["position"] in seen:
            problems.append(f"focus came back to {where}: a trap or a loop")
            break
        seen.add(stop["position"])
        if before is not None and stop["position"] < before["position"]:
            problems.append(f"focus jumps backwards to {where}")
        if stop["hidden"] or stop["width"] < 1 or stop["height"] < 1:
            problems.append(f"{where} takes the focus but cannot be seen")
        if not (stop["outline"] or stop["shadow"]):
            problems.append(f"{where} shows no focus indicator")
        if not stop["name"]:
            problems.append(f"{where} has no accessible name")
        if stop["tabindex"] not in (None, "0", "-1"):
            problems.append(f"{where} has tabindex {stop['tabindex']}")
    return problems


def presses_to(driver, link_text, target_id, limit=40):
    """Key presses from the top to focus `target_id`: Tab to the first link whose text is
    `link_text`, Enter, then Tab until the target has the focus. None when it is not reached."""
    _from_top(driver)
    presses = 0
    for _ in range(limit):
        stop = _press(driver, Keys.TAB)
        presses += 1
        if stop and stop["tag"] == "a" and stop["name"] == link_text:
            break
    else:
        return None
    _press(driver, Keys.ENTER)
    presses += 1
    for _ in range(limit):
        stop = _press(driver, Keys.TAB)
        presses += 1
        if stop and stop["id"] == target_id:
            return presses
    return None
