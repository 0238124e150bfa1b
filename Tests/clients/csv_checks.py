"""Opens Probity's CSV export in LibreOffice Calc, headless (issue 6).

check_csv_hostile_cells_stay_text_in_libreoffice: exports the hostile fixture with
`probity export --format csv`, converts it with `soffice --headless --convert-to` to ODS and
to XLSX (reading it as UTF-8 CSV with formula evaluation on, as a user opening the file
would), and asserts that no cell holds a formula (no `table:formula` attribute in the ODS
content.xml, no `<f>` element in the XLSX sheet), that each hostile narrative is the
neutralised text ('=HYPERLINK(...), '+1, '-2+3, '@SUM(A1), a tab...), that UTF-8 text and
numbers arrive intact, and that there is one row per item and per finding.

check_csv_the_check_sees_a_formula_when_one_is_there: the same conversion of a CSV whose
cells are not neutralised does produce formulas, so the first check can fail.

Run: .build/client-venv/bin/python Tests/clients/run_all.py csv_checks
"""
import csv
import io
import json
import pathlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile

FIXTURE = pathlib.Path("Tests/ProbityReportsTests/Golden/csv/fixtures/hostile-assessment.json")
# CSV import options: comma, double quote, UTF-8 (76), from line 1; the rest as LibreOffice's
# defaults, which evaluate formulas.
CSV_FILTER = "CSV:44,34,76,1"
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}
XLSX = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
NEUTRALISED = {
    "GH-01": "'=HYPERLINK(\"http://x\")",
    "GH-02": "'+1",
    "GH-03": "'-2+3",
    "GH-04": "'@SUM(A1)",
    "GH-05": "'\tindented with a tab",
    "GH-06": "<script>alert(1)</script> and </script><!-- in a narrative",
}


def _soffice():
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if not binary:
        raise AssertionError("LibreOffice (soffice) is not installed; run scripts/install-test-tools")
    return binary


def _convert(env, source, target_format):
    work = pathlib.Path(env["work"])
    out = work / f"out-{target_format}"
    out.mkdir(exist_ok=True)
    profile = (work / "lo-profile").as_uri()
    result = subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore", f"--infilter={CSV_FILTER}",
         "--convert-to", target_format, "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180)
    converted = out / (source.stem + "." + target_format)
    if result.returncode != 0 or not converted.exists():
        raise AssertionError(f"soffice could not convert {source.name} to {target_format}: {result.stdout} {result.stderr}")
    return converted


def _ods_rows(path):
    """Each row's cells as (text, formula or None), expanding repeated cells."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    rows = []
    for row in root.iter(f"{{{NS['table']}}}table-row"):
        cells = []
        for cell in row:
            if cell.tag not in (f"{{{NS['table']}}}table-cell", f"{{{NS['table']}}}covered-table-cell"):
                continue
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            text = "\n".join(_ods_text(p) for p in cell.findall(f"{{{NS['text']}}}p"))
            formula = cell.get(f"{{{NS['table']}}}formula")
            cells.extend([(text, formula)] * min(repeat, 64))
        rows.append(cells)
    return rows


def _ods_text(paragraph):
    parts = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == f"{{{NS['text']}}}tab":
            parts.append("\t")
        elif child.tag == f"{{{NS['text']}}}s":
            parts.append(" " * int(child.get(f"{{{NS['text']}}}c", "1")))
        else:
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _xlsx(path):
    archive = zipfile.ZipFile(path)
    sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    strings = []
    if "xl/sharedStrings.xml" in archive.namelist():
        root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
        for item in root.findall("m:si", XLSX):
            strings.append("".join(t.text or "" for t in item.iter(f"{{{XLSX['m']}}}t")))
    return sheet, strings


def _export(env):
    out = pathlib.Path(env["work"]) / "hostile.csv"
    result = subprocess.run([env["probity"], "export", str(FIXTURE), "--format", "csv", "-o", str(out)],
                            cwd=env["root"], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"probity export failed ({result.returncode}): {result.stderr}")
    return out


def check_csv_hostile_cells_stay_text_in_libreoffice(env):
    source = _export(env)
    raw = source.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark"
    expected = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    header = expected[0]
    column = {name: index for index, name in enumerate(header)}
    findings = sum(1 for row in expected[1:] if row[0] == "finding")
    # The overall row, one row per area and one per returned figure (issue 9) besides.
    others = sum(1 for row in expected[1:] if row[0] in ("overall", "area", "figure"))
    assert others >= 1 + 7, f"expected the overall and seven area rows, found {others}"
    checklist = json.loads((pathlib.Path(env["root"]) / "Checklists/revisit-2012.json").read_text(encoding="utf-8"))
    items = sum(len(area["items"]) for area in checklist["areas"])

    rows = _ods_rows(_convert(env, source, "ods"))
    rows = [row for row in rows if any(text for text, _ in row)]
    formulas = [(r, c, formula) for r, row in enumerate(rows) for c, (_, formula) in enumerate(row) if formula]
    assert not formulas, f"LibreOffice turned cells into formulas: {formulas[:5]}"
    assert [text for text, _ in rows[0][:len(header)]] == header, "the header (and the byte order mark) did not arrive intact"
    assert len(rows) == 1 + items + findings + others, (len(rows), items, findings, others)
    by_item = {row[column["item"]][0]: row for row in rows[1:] if row[0][0] == "item"}
    for item, text in NEUTRALISED.items():
        cell = by_item[item][column["narrative"]][0]
        assert cell == text, f"{item} narrative in Calc is {cell!r}, expected {text!r}"
    assert by_item["MR-01"][column["narrative"]][0].startswith("Café policy, révisée 2012"), "UTF-8 text was garbled"
    assert by_item["GH-01"][column["weight"]][0] == "3", "weights stay numbers"

    sheet, strings = _xlsx(_convert(env, source, "xlsx"))
    assert not re.search(r"<f[ >]", sheet), "the XLSX holds a formula"
    for text in NEUTRALISED.values():
        assert text in strings, f"{text!r} is not a text cell of the XLSX"


def check_csv_the_check_sees_a_formula_when_one_is_there(env):
    source = pathlib.Path(env["work"]) / "raw.csv"
    source.write_bytes("\ufeffrecord,narrative\r\nitem,=1+1\r\nitem,\"=HYPERLINK(\"\"http://x\"\")\"\r\n".encode("utf-8"))
    rows = _ods_rows(_convert(env, source, "ods"))
    formulas = [formula for row in rows for _, formula in row if formula]
    assert len(formulas) == 2, f"expected the two raw formulas to be evaluated, found {formulas}"
    sheet, _ = _xlsx(_convert(env, source, "xlsx"))
    assert re.search(r"<f[ >]", sheet), "the XLSX of raw formulas holds no formula"
