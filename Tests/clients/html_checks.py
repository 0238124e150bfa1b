"""Opens each HTML report in a real headless Chromium (issue 6).

For every page: the SVG charts are drawn (non-zero size), the key figures are on the page
and agree with `probity score --format json` (overall grade, each area's grade), hostile
text from the fixture shows as text and no script exists, the browser logs no console
error, the page makes no network request (Chrome's performance log has no
Network.requestWillBeSent other than the file:// page itself), axe-core finds no serious or
critical accessibility violation, and the page prints to a non-empty A4 PDF of at most a set
number of pages.

Issue 11: the PDF's first page holds the summary (its heading and the headline grade; a
summary marked to print on its own page ends there, and the next section opens page 2), no
page but the last is more than half blank (pdftotext -bbox: how far down the lowest text
reaches), and at 390 px no element is wider than its container (outside a deliberate
sideways-scrolling box such as a table or chart), and no text, grade badge or chart label is
drawn smaller than 12 px. Screenshots (desktop and
phone width, full page) and the PDF are written to build/screenshots/ so anyone can look.

Run: .build/client-venv/bin/python Tests/clients/run_all.py html_checks
"""
import base64
import html as htmllib
import json
import pathlib
import re
import shutil
import subprocess

import axe_core
import keyboard
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

FIXTURES = pathlib.Path("Tests/ProbityReportsTests/Golden/html/fixtures")
DEMO = pathlib.Path("docs/examples")
NATIONAL = pathlib.Path("Tests/ProbityCLITests/Fixtures/national")
# National totals the national page must show (seed 003's published 2012 figures).
HEADLINE_FIGURES = [
    "professional-standards:investigations.total", "information:investigations.total", "gratuities:entries.total",
    "gratuities:entries.gratuities", "gratuities:entries.hospitality", "gratuities:hospitality.declined",
    "business-interests:applications.total", "business-interests:applications.approved",
    "business-interests:applications.refused",
]
DESKTOP = (1280, 900)
PHONE = (390, 844)
# The longest each page may print to on A4; measured, with room to grow.
MAX_PDF_PAGES = {"scorecard": 25, "scorecard-demo": 46, "comparison": 26, "national": 24, "moderated": 28}
# Markers of hostile fixture text that must appear as text on the scorecard page.
HOSTILE_TEXTS = ['<script>alert(1)</script>', '=HYPERLINK("http://x")', '<img src=x onerror=alert(1)>']
FULL_PAGE_MAX_HEIGHT = 16000
# A printed report larger than this has something wrong with it (hundreds of SVG pattern fills
# once made the national page print to 20 MB).
MAX_PDF_BYTES = 5_000_000
# A4 with the stylesheet's 15 mm margins, in PDF points.
PAGE_MARGIN_PT = 15 / 25.4 * 72
# A page (but the last) may leave at most this share of its printable height blank.
MAX_BLANK_SHARE = 0.5
MIN_PHONE_TEXT_PX = 12


def _probity(env, *args, cwd=None):
    result = subprocess.run([env["probity"], *args], cwd=cwd or env["root"], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"probity {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def _driver(size):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                 "--disable-sync", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                 f"--window-size={size[0]},{size[1]}"):
        options.add_argument(flag)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver_path = shutil.which("chromedriver")
    service = Service(driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


NOT_GRADED = "Not graded: insufficient evidence"


def _label(labels, grade):
    """A grade's label; no grade (absent or null in the JSON) reads "Not graded: insufficient evidence"."""
    return labels[grade] if grade else NOT_GRADED


def _expected_grades(env, assessment):
    """Grade labels from the JSON scorecard: the figures the page must show."""
    envelope = json.loads(_probity(env, "score", str(assessment), "--format", "json").stdout)
    scorecard = envelope["scorecard"]
    labels = {grade["id"]: grade["label"] for grade in scorecard["scale"]["grades"]}
    areas = {area["area"]: _label(labels, area.get("grade")) for area in scorecard["areas"]}
    return _label(labels, scorecard.get("overallGrade")), areas


def _network_requests(driver, page_url):
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url != page_url:
                requests.append(url)
    return requests


def _console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def _full_page_png(driver, path):
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    width, height = size["width"], min(size["height"], FULL_PAGE_MAX_HEIGHT)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
    })
    data = base64.b64decode(shot["data"])
    assert data.startswith(b"\x89PNG"), f"{path.name}: not a PNG"
    path.write_bytes(data)


def _print_pdf(driver, path, max_pages):
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True, "preferCSSPageSize": True,
    })["data"])
    path.write_bytes(pdf)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000, f"{path.name}: empty or not a PDF ({len(pdf)} bytes)"
    assert len(pdf) <= MAX_PDF_BYTES, f"{path.name}: {len(pdf)} bytes, more than {MAX_PDF_BYTES}"
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert 1 <= pages <= max_pages, f"{path.name}: {pages} A4 pages, expected 1 to {max_pages}"
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box, f"{path.name}: no MediaBox"
    width, height = float(box.group(1)), float(box.group(2))
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, f"{path.name}: page {width}x{height} pt is not A4"
    return pages


def _pdf_pages(path):
    """Each page of a PDF as (text, share of the printable height left blank below the lowest
    word), from `pdftotext -bbox`."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for height, body in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', body)
        printable = float(height) - 2 * PAGE_MARGIN_PT
        lowest = max((float(y) for y, _ in words), default=PAGE_MARGIN_PT)
        blank = 1 - (lowest - PAGE_MARGIN_PT) / printable
        pages.append((" ".join(htmllib.unescape(w) for _, w in words), blank))
    return pages


def _blank_pages(pages):
    """Pages but the last that are more than half blank, as (page number, blank share)."""
    return [(number, round(blank, 2)) for number, (_, blank) in enumerate(pages[:-1], start=1) if blank > MAX_BLANK_SHARE]


def _squash(text):
    return re.sub(r"\s+", " ", text).strip()


def _check_print_summary(driver, pdf, name):
    """Page 1 holds the summary: its heading and headline grade print there, before any other
    section; a summary meant to print on its own page ends on page 1 and the next section's
    heading opens page 2. No page but the last is more than half blank."""
    layout = driver.execute_script(
        "const s = Array.from(document.querySelectorAll('main > section'));"
        "const g = document.querySelector('#summary #overall-grade .grade') || document.querySelector('#summary .summary .value');"
        "return {headings: s.map(x => x.querySelector('h2').textContent), ownPage: s[0].classList.contains('own-page'),"
        " first: s[0].id, grade: g ? g.textContent : null};")
    assert layout["first"] == "summary", f"{name}: the first section is {layout['first']!r}, not the summary"
    pages = _pdf_pages(pdf)
    first = _squash(pages[0][0])
    summary, detail = _squash(layout["headings"][0]), _squash(layout["headings"][1])
    assert summary in first, f"{name}: page 1 of the PDF lacks the summary heading {summary!r}"
    assert layout["grade"] and _squash(layout["grade"]) in first, f"{name}: page 1 lacks the headline {layout['grade']!r}"
    if detail in first:
        assert first.index(detail) > first.index(summary), f"{name}: {detail!r} prints before the summary"
    if layout["ownPage"]:
        assert detail not in first, f"{name}: the summary does not end page 1 ({detail!r} starts there)"
        assert len(pages) > 1 and _squash(pages[1][0]).startswith(detail), \
            f"{name}: page 2 does not open with {detail!r}: the summary runs over one A4 page"
    blank = _blank_pages(pages)
    assert not blank, f"{name}: pages more than half blank (page, blank share): {blank}"
    return [round(b, 2) for _, b in pages]


# At phone width: elements wider than their container (outside a box that scrolls sideways on
# purpose), and text drawn below the minimum size (SVG text scaled by how the chart is drawn).
PHONE_LAYOUT_SCRIPT = """
const min = arguments[0];
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '');
const scrolls = el => { const o = getComputedStyle(el).overflowX; return o === 'auto' || o === 'scroll'; };
const inScroller = el => { for (let a = el.parentElement; a; a = a.parentElement) { if (scrolls(a)) return true; } return false; };
const wide = [], small = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
  const parent = el.parentElement;
  if (!parent || inScroller(el)) continue;
  const r = el.getBoundingClientRect(), p = parent.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  const width = scrolls(el) ? el.clientWidth : Math.max(el.scrollWidth, r.width);
  if (width > parent.clientWidth + 1 || r.right > p.right + 1 || r.left < p.left - 1)
    wide.push(`${name(el)} ${Math.round(width)}px in ${name(parent)} ${parent.clientWidth}px`);
}
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg')) continue;
  const text = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  const size = parseFloat(getComputedStyle(el).fontSize);
  if ((text || el.classList.contains('grade')) && size < min - 0.01) small.push(`${name(el)} ${size}px`);
}
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.viewBox.baseVal;
  const scale = box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
  for (const t of svg.querySelectorAll('text')) {
    const size = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (size < min - 0.01) small.push(`${svg.id} text "${t.textContent.slice(0, 30)}" ${size.toFixed(1)}px`);
  }
}
return {wide: wide, small: small};
"""


def _phone_layout_problems(driver):
    return driver.execute_script(PHONE_LAYOUT_SCRIPT, MIN_PHONE_TEXT_PX)


def _emulate_phone(driver):
    """A phone's viewport: 390 CSS pixels wide, mobile, so the page's viewport meta applies."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True,
    })


def _axe_serious(driver, report=True):
    results = axe_core.run(driver)
    serious = axe_core.problems(results)
    if serious and report:
        print(axe_core.report(serious))
    return serious, results


def _check_page(env, html, name, expect_text=(), min_charts=1, hostile=False):
    """Everything the issue asks of a page; raises AssertionError naming what failed."""
    html = pathlib.Path(html).resolve()
    url = html.as_uri()
    shots = pathlib.Path(env["screenshots"])
    driver = _driver(DESKTOP)
    try:
        driver.get(url)
        assert driver.execute_script("return document.readyState") == "complete"
        assert driver.execute_script("return document.documentElement.lang") == "en"
        assert len(driver.find_elements("css selector", "h1")) == 1, "expected one <h1>"
        assert driver.execute_script("return document.scripts.length") == 0, "the page has a <script> element"
        charts = driver.execute_script(
            "return Array.from(document.querySelectorAll('svg.chart')).map(s => {"
            " const r = s.getBoundingClientRect(); return [s.id, r.width, r.height, s.querySelectorAll('title').length]; })")
        assert len(charts) >= min_charts, f"expected at least {min_charts} SVG charts, found {len(charts)}"
        for chart_id, width, height, titles in charts:
            assert width > 100 and height > 50, f"chart {chart_id} is not drawn ({width}x{height})"
            assert titles >= 1, f"chart {chart_id} has no <title>"
        text = driver.find_element("tag name", "body").text
        missing = [t for t in expect_text if t not in text]
        assert not missing, f"{name}: key figures missing from the page: {missing}"
        if hostile:
            missing_hostile = [t for t in HOSTILE_TEXTS if t not in text]
            assert not missing_hostile, f"{name}: hostile fixture text not shown as text: {missing_hostile}"
        errors = _console_errors(driver)
        assert not errors, f"{name}: console errors: {errors}"
        requests = _network_requests(driver, url)
        assert not requests, f"{name}: network requests: {requests}"
        serious, _ = _axe_serious(driver)
        assert not serious, f"{name}: {len(serious)} serious or critical accessibility violations (printed above)"
        stops = keyboard.tab_stops(driver, 600)
        problems = keyboard.order_problems(stops, driver)
        assert not problems, f"{name}: keyboard order: {problems[:10]}"
        _full_page_png(driver, shots / f"{name}.png")
        pages = _print_pdf(driver, shots / f"{name}.pdf", MAX_PDF_PAGES[name])
        blank = _check_print_summary(driver, shots / f"{name}.pdf", name)
        _emulate_phone(driver)
        driver.get(url)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name}: the page is {overflow}px wider than a {PHONE[0]}px phone"
        problems = _phone_layout_problems(driver)
        assert not problems["wide"], f"{name}: at {PHONE[0]}px, wider than their container: {problems['wide'][:10]}"
        assert not problems["small"], f"{name}: at {PHONE[0]}px, text under {MIN_PHONE_TEXT_PX}px: {problems['small'][:10]}"
        _full_page_png(driver, shots / f"{name}-phone.png")
        print(f"     {name}: {len(charts)} charts, {len(stops)} tab stops in page order, {pages} A4 pages (blank share per page {blank}), screenshots in {shots}")
    finally:
        driver.quit()


def _scorecard_check(env, assessment, name, hostile):
    work = pathlib.Path(env["work"])
    out = work / f"{name}.html"
    _probity(env, "report", str(assessment), "-o", str(out))
    overall, areas = _expected_grades(env, assessment)
    _check_page(env, out, name, expect_text=[overall, *areas.values()], min_charts=1, hostile=hostile)
    # The overall grade and each area's grade in their own places, not just somewhere.
    driver = _driver(DESKTOP)
    try:
        driver.get(out.resolve().as_uri())
        shown = driver.find_element("css selector", "#overall-grade .grade").text
        assert shown == overall, f"overall grade shown {shown!r}, scorecard says {overall!r}"
        for area, label in areas.items():
            cell = driver.find_element("css selector", f'#area-table tr[data-area="{area}"] .grade').text
            assert cell == label, f"{area}: table shows {cell!r}, scorecard says {label!r}"
            bar = driver.find_element("css selector", f'#area-grades-chart g.bar[data-key="{area}"] .grade-label')
            want = "Not graded" if label == NOT_GRADED else label
            assert bar.text.startswith(want), f"{area}: chart label {bar.text!r} lacks {want!r}"
    finally:
        driver.quit()


def check_scorecard_page(env):
    root = pathlib.Path(env["root"])
    _scorecard_check(env, root / FIXTURES / "hostile-2012.json", "scorecard", hostile=True)


def check_demo_scorecard_page(env):
    """The bundled demo force's 2012 scorecard, scored by the real plugins."""
    root = pathlib.Path(env["root"])
    _scorecard_check(env, root / DEMO / "northshire-2012.json", "scorecard-demo", hostile=False)


def _grouped(value):
    """A total as the page writes it: `2,207`."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def check_comparison_page(env):
    """`compare --format html` on the demo force 2011 -> 2012: grades and movement as the JSON says."""
    root = pathlib.Path(env["root"])
    old, new = root / DEMO / "northshire-2011.json", root / DEMO / "northshire-2012.json"
    out = pathlib.Path(env["work"]) / "comparison.html"
    _probity(env, "compare", str(old), str(new), "--format", "html", "-o", str(out))
    comparison = json.loads(_probity(env, "compare", str(old), str(new), "--format", "json").stdout)["comparison"]
    expect = [comparison["old"]["overall"]["gradeLabel"], comparison["new"]["overall"]["gradeLabel"]]
    expect += [area["title"] for area in comparison["areas"]]
    _check_page(env, out, "comparison", expect_text=expect, min_charts=1)
    driver = _driver(DESKTOP)
    try:
        driver.get(out.resolve().as_uri())
        shown = driver.find_element("css selector", "#overall-grade .grade").text
        assert shown == comparison["new"]["overall"]["gradeLabel"], f"later overall grade shown {shown!r}"
        shown = driver.find_element("css selector", "#old-grade .grade").text
        assert shown == comparison["old"]["overall"]["gradeLabel"], f"earlier overall grade shown {shown!r}"
        for area in comparison["areas"]:
            row = driver.find_element("css selector", f'#area-table tr[data-area="{area["area"]}"]')
            assert row.get_attribute("data-movement") == area["grade"], f'{area["area"]}: movement differs from the JSON'
            grades = [g.text for g in row.find_elements("css selector", ".grade")]
            want = [side["gradeLabel"] for side in (area.get("old"), area.get("new")) if side]
            assert grades == want, f'{area["area"]}: shows {grades}, JSON says {want}'
            marker = driver.find_elements("css selector", f'#movement-chart g.movement[data-key="{area["area"]}"]')
            assert len(marker) == 1, f'{area["area"]}: not on the movement chart'
    finally:
        driver.quit()


def check_national_page(env):
    """`national --format html` over the 44 synthetic forces: the published national totals and
    every force's grade in the grid, as the JSON says."""
    root = pathlib.Path(env["root"])
    directory = root / NATIONAL
    out = pathlib.Path(env["work"]) / "national.html"
    _probity(env, "national", str(directory), "--format", "html", "--expected-forces", "44", "-o", str(out))
    view = json.loads(_probity(env, "national", str(directory), "--format", "json", "--expected-forces", "44").stdout)["national"]
    totals = {f["figure"]: f["total"] for f in view["figures"]}
    headline = [totals[ref] for ref in HEADLINE_FIGURES]
    share = view["shares"][0]["value"]
    expect = [_grouped(v) for v in headline] + [f"{share * 100:.0f}%"]
    _check_page(env, out, "national", expect_text=expect, min_charts=1)
    labels = {g["id"]: g["label"] for g in view["scale"]["grades"]}
    driver = _driver(DESKTOP)
    try:
        driver.get(out.resolve().as_uri())
        cells = driver.find_elements("css selector", '#national-grid g.cell[data-column="overall"]')
        assert len(cells) == len(view["coverage"]["forces"]), f"{len(cells)} overall cells for {len(view['coverage']['forces'])} forces"
        for force in view["coverage"]["forces"]:
            row = driver.find_element("css selector", f'#grid-table tr[data-force="{force["code"]}"]')
            abbr = row.find_elements("css selector", "abbr")[-1].get_attribute("title")
            assert abbr == _label(labels, force.get("overallGrade")), f'{force["code"]}: overall {abbr!r}, JSON says {force.get("overallGrade")}'
        for ref in HEADLINE_FIGURES:
            cell = driver.find_element("css selector", f'#figures-table tr[data-figure="{ref}"] td.num')
            assert cell.text == _grouped(totals[ref]), f"{ref}: page shows {cell.text}, JSON {totals[ref]}"
    finally:
        driver.quit()


def check_moderated_page(env):
    """`report --moderation`: self-assessed and moderated grades side by side, as the JSON says."""
    root = pathlib.Path(env["root"])
    assessment = root / FIXTURES / "hostile-2012.json"
    log = root / FIXTURES / "hostile-2012.moderation.json"
    out = pathlib.Path(env["work"]) / "moderated.html"
    _probity(env, "report", str(assessment), "--moderation", str(log), "-o", str(out))
    envelope = json.loads(_probity(env, "score", str(assessment), "--moderation", str(log), "--format", "json").stdout)
    moderated = envelope["moderatedScorecard"]
    labels = {grade["id"]: grade["label"] for grade in moderated["moderated"]["scale"]["grades"]}
    overall = moderated["overall"]
    areas = {a["area"]: (_label(labels, a.get("selfAssessedGrade")), _label(labels, a.get("moderatedGrade"))) for a in moderated["areas"]}
    disagreements = [d["item"] for d in moderated["disagreements"]]
    expect = [_label(labels, overall.get("moderatedGrade")), _label(labels, overall.get("selfAssessedGrade")), *disagreements]
    _check_page(env, out, "moderated", expect_text=expect, min_charts=1, hostile=True)
    driver = _driver(DESKTOP)
    try:
        driver.get(out.resolve().as_uri())
        shown = driver.find_element("css selector", "#overall-grade .grade").text
        assert shown == _label(labels, overall.get("moderatedGrade")), f"moderated grade shown {shown!r}"
        shown = driver.find_element("css selector", "#self-assessed-grade .grade").text
        assert shown == _label(labels, overall.get("selfAssessedGrade")), f"self-assessed grade shown {shown!r}"
        for area, (before, after) in areas.items():
            cells = driver.find_elements("css selector", f'#area-table tr[data-area="{area}"] .grade')
            assert [c.text for c in cells] == [before, after], f"{area}: shows {[c.text for c in cells]}, JSON says {before} then {after}"
        rows = driver.find_elements("css selector", "#disagreements tr[data-item]")
        assert [r.get_attribute("data-item") for r in rows] == disagreements, "disagreements differ from the JSON"
    finally:
        driver.quit()


def check_detectors_catch_a_bad_page(env):
    """The checks can fail: on a page that requests an address, logs an error, has an image
    without alternative text and no language, each detector reports it."""
    bad = pathlib.Path(env["work"]) / "bad.html"
    bad.write_text("<!DOCTYPE html><html><head><title>bad</title></head><body>"
                   "<h3>no h1</h3><img src='http://127.0.0.1:9/x.png'>"
                   "<script>console.error('boom')</script></body></html>", encoding="utf-8")
    driver = _driver(DESKTOP)
    try:
        url = bad.resolve().as_uri()
        driver.get(url)
        assert _network_requests(driver, url), "the request to 127.0.0.1 was not seen"
        assert _console_errors(driver), "the console error was not seen"
        serious, _ = _axe_serious(driver, report=False)
        assert {v["id"] for v in serious} >= {"image-alt", "html-has-lang"}, f"axe missed violations: {serious}"
    finally:
        driver.quit()


def check_keyboard_detector_catches_a_bad_page(env):
    """The keyboard check can fail: a positive tabindex that jumps focus backwards, a link
    with no name, a button without a focus indicator and one that takes focus unseen."""
    bad = pathlib.Path(env["work"]) / "keys.html"
    bad.write_text("<!DOCTYPE html><html lang='en'><head><title>keys</title>"
                   "<style>#plain:focus{outline:none}</style></head><body><h1>keys</h1>"
                   "<a href='#a' id='first'>first</a> <a href='#b' id='nameless'></a>"
                   "<button id='plain'>plain</button> <a href='#c' id='jump' tabindex='2'>jump</a>"
                   "<a href='#d' id='tiny' style='display:inline-block;width:0;height:0;overflow:hidden'>tiny</a>"
                   "</body></html>", encoding="utf-8")
    driver = _driver(DESKTOP)
    try:
        driver.get(bad.resolve().as_uri())
        problems = " | ".join(keyboard.order_problems(keyboard.tab_stops(driver, 20), driver))
        for expected in ("a#jump has tabindex 2", "a#nameless '' has no accessible name", "button#plain 'plain' shows no focus",
                         "tabindex 2", "a#tiny 'tiny' takes the focus but cannot be seen"):
            assert expected in problems, f"the keyboard check missed '{expected}': {problems}"
    finally:
        driver.quit()


def check_layout_detectors_catch_a_bad_page(env):
    """The print and phone checks can fail: a page whose first page is forced short is half
    blank; at 390 px a fixed-width box overflows its container and small chart text is caught."""
    bad = pathlib.Path(env["work"]) / "bad-layout.html"
    bad.write_text("<!DOCTYPE html><html lang='en'><head><title>bad</title>"
                   "<meta name='viewport' content='width=device-width, initial-scale=1'></head><body>"
                   "<div style='break-after: page'>A short first page.</div><p>The rest.</p><p>More.</p>"
                   "<div style='width: 200px'><span class='grade' style='display: inline-block; width: 300px'>Badge</span></div>"
                   "<svg class='chart' id='tiny' viewBox='0 0 1000 100' style='width: 100%'><text x='0' y='50' font-size='12'>tiny</text></svg>"
                   "<p style='font-size: 9px'>small print</p></body></html>", encoding="utf-8")
    driver = _driver(DESKTOP)
    try:
        driver.get(bad.resolve().as_uri())
        pdf = pathlib.Path(env["work"]) / "bad-layout.pdf"
        pdf.write_bytes(base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})["data"]))
        assert [n for n, _ in _blank_pages(_pdf_pages(pdf))] == [1], f"half-blank page 1 not caught: {_blank_pages(_pdf_pages(pdf))}"
        _emulate_phone(driver)
        driver.get(bad.resolve().as_uri())
        problems = _phone_layout_problems(driver)
        assert any(w.startswith("span.grade") for w in problems["wide"]), f"overflowing badge not caught: {problems['wide']}"
        assert any("tiny" in s for s in problems["small"]), f"small chart text not caught: {problems['small']}"
        assert any(s.startswith("p 9px") for s in problems["small"]), f"small text not caught: {problems['small']}"
    finally:
        driver.quit()
