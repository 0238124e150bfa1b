/// The form's style sheet: the look of the HTML reports (`HTMLStylesheet`: the same type, rules,
/// link colour, table heads and contents list), high-contrast, and printable on A4; inline
/// because the page's Content-Security-Policy allows no external resources.
enum FormStyle {
    static let css = """
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #ffffff; font-size: 16px; margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 2rem; line-height: 1.45; }
a { color: #0b4f8a; }
header { border-bottom: 4px solid #1a1a1a; padding-bottom: 0.5rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.3rem 0; }
p { margin: 0.4rem 0; }
footer { color: #444444; }
code { background: #f0f0f0; padding: 0 0.2rem; }
nav.contents ol { margin: 0.25rem 0; padding-left: 1.5rem; columns: 2 14rem; }
.skip { font-size: 0.92rem; }
fieldset { border: 1px solid #767676; margin: 0.6rem 0; padding: 0.4rem 0.8rem; }
legend { font-weight: 600; padding: 0 0.3rem; }
.field label { display: inline-block; min-width: 14rem; font-weight: 600; }
input[type="text"], textarea { width: 100%; }
textarea { font: inherit; }
#export-json { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
.item { border-left: 4px solid #1a1a1a; padding: 0.4rem 0 0.4rem 0.8rem; margin: 1rem 0; }
.question { font-weight: 600; }
.about dt { font-weight: 600; }
.about dd { margin: 0 0 0.3rem 1rem; }
.statuses dt { font-weight: 600; }
.area-progress, #progress, .judgement, .hint { color: #444444; }
.data-return { border: 1px solid #8c8c8c; border-left: 6px solid #1a1a1a; padding: 0.5rem 0.75rem; margin: 1.5rem 0 1rem; }
.return-field { display: grid; grid-template-columns: minmax(12rem, 2fr) minmax(8rem, 1fr); gap: 0.1rem 0.75rem; align-items: start; padding: 0.35rem 0; border-top: 1px solid #d0d0d0; }
.return-field label { font-weight: 600; }
.return-field .hint { grid-column: 1 / -1; font-size: 0.88rem; }
.return-field input, .return-field select { width: 100%; }
button { background: #0b4f8a; color: #ffffff; border: 1px solid #0b4f8a; border-radius: 3px; padding: 0.35rem 0.8rem; font: inherit; cursor: pointer; }
button:focus, input:focus, select:focus, textarea:focus, a:focus { outline: 3px solid #f2a900; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: 0.2rem; text-align: left; vertical-align: top; }
thead th { background: #e8ecf0; }
td input, td select { width: 100%; }
.problems a, .problems li, .problem { color: #a00000; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  button, #load-file, #export-json, .skip { display: none; }
  a { color: #1a1a1a; text-decoration: none; }
  h2 { break-after: avoid; }
  .item, .return-field, fieldset { break-inside: avoid; }
}

"""
}
