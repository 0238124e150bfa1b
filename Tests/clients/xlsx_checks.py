"""Opens Probity's own XLSX workbooks in real spreadsheet software (issue 11).

check_xlsx_scorecard_opens_in_openpyxl_and_libreoffice: exports the hostile fixture with
`probity export --format xlsx`; openpyxl reads every sheet (Grades, Items, Findings, Figures
returned) with the header frozen, numbers as numbers and no formula anywhere, each hostile
narrative exactly as written; LibreOffice converts the workbook to ODS with no formula in it
and the narratives intact.

check_xlsx_comparison_and_national_open: `compare --format xlsx` and `national --format xlsx`
open in openpyxl with the expected sheets and no formula.

Run: .build/client-venv/bin/python Tests/clients/run_all.py xlsx_checks
"""
import pathlib
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

import csv_checks

FIXTURE = csv_checks.FIXTURE
HOSTILE = {
    "GH-01": "=HYPERLINK(\"http://x\")",
    "GH-02": "+1",
    "GH-03": "-2+3",
    "GH-04": "@SUM(A1)",
}


def _probity(env, *arguments):
    result = subprocess.run([env["probity"], *arguments], cwd=env["root"], capture_output=True)
    if result.returncode != 0:
        raise AssertionError(f"probity {' '.join(arguments)} failed ({result.returncode}): {result.stderr.decode()}")


def _no_formulas(workbook):
    formulas = [(ws.title, c.coordinate) for ws in workbook for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert not formulas, f"formulas in the workbook: {formulas[:5]}"


def _to_ods(env, source):
    """LibreOffice's own XLSX import, as a double-click would use, converted to ODS."""
    work = pathlib.Path(env["work"])
    out = work / "out-ods"
    out.mkdir(exist_ok=True)
    profile = (work / "lo-profile").as_uri()
    result = subprocess.run([csv_checks._soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
                             "--convert-to", "ods", "--outdir", str(out), str(source)], capture_output=True, text=True, timeout=180)
    converted = out / (source.stem + ".ods")
    if result.returncode != 0 or not converted.exists():
        raise AssertionError(f"LibreOffice could not convert {source.name}: {result.stderr}")
    return converted


def check_xlsx_scorecard_opens_in_openpyxl_and_libreoffice(env):
    out = pathlib.Path(env["work"]) / "hostile.xlsx"
    _probity(env, "export", str(FIXTURE), "--format", "xlsx", "-o", str(out))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Grades", "Items", "Findings", "Figures returned"], book.sheetnames
    _no_formulas(book)
    for sheet in book:
        assert sheet.freeze_panes == "A2", f"{sheet.title}: header not frozen ({sheet.freeze_panes})"
    items = book["Items"]
    header = [c.value for c in items[1]]
    column = {name: i for i, name in enumerate(header)}
    rows = {row[column["item"]]: row for row in items.iter_rows(min_row=2, values_only=True)}
    for item, text in HOSTILE.items():
        assert rows[item][column["narrative"]] == text, f"{item}: {rows[item][column['narrative']]!r}"
    assert isinstance(rows["GH-01"][column["weight"]], (int, float)), "weights are numbers"
    grades = book["Grades"]
    assert grades.cell(row=2, column=1).value == "overall"

    converted = _to_ods(env, out)
    with zipfile.ZipFile(converted) as ods:
        content = ET.fromstring(ods.read("content.xml"))
    formula = "{%s}formula" % csv_checks.NS["table"]
    cells = [c for c in content.iter("{%s}table-cell" % csv_checks.NS["table"]) if c.get(formula)]
    assert not cells, f"LibreOffice found formulas: {[c.get(formula) for c in cells[:5]]}"
    texts = {"".join(p.itertext()) for p in content.iter("{%s}p" % csv_checks.NS["text"])}
    for text in HOSTILE.values():
        assert text in texts, f"{text!r} did not arrive as text in LibreOffice"


def check_xlsx_comparison_and_national_open(env):
    work = pathlib.Path(env["work"])
    _probity(env, "compare", "docs/examples/northshire-2011.json", "docs/examples/northshire-2012.json",
             "--format", "xlsx", "-o", str(work / "compare.xlsx"))
    _probity(env, "national", "Tests/ProbityCLITests/Fixtures/national", "--format", "xlsx", "-o", str(work / "national.xlsx"))
    comparison = openpyxl.load_workbook(work / "compare.xlsx")
    assert comparison.sheetnames == ["Areas", "Items", "Findings"], comparison.sheetnames
    national = openpyxl.load_workbook(work / "national.xlsx")
    assert national.sheetnames == ["Forces", "Grades", "Figures"], national.sheetnames
    for book in (comparison, national):
        _no_formulas(book)
    forces = national["Forces"]
    assert forces.max_row == 45, f"44 forces and a header, found {forces.max_row} rows"
    assert isinstance(forces.cell(row=2, column=4).value, (int, float)), "the share answered is a number"
    assert [c.value for c in national["Grades"][1]][-2] == "Not graded: insufficient evidence"
