/// The form's style sheet: readable, high-contrast, printable; inline because the page's
/// Content-Security-Policy allows no external resources.
enum FormStyle {
    static let css = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1d4e89; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.3rem 0; }
code { background: #f0f0f0; padding: 0 0.2rem; }
fieldset { border: 1px solid #767676; margin: 0.6rem 0; padding: 0.4rem 0.8rem; }
legend { font-weight: 600; padding: 0 0.3rem; }
.field label { display: inline-block; min-width: 14rem; font-weight: 600; }
input[type="text"], textarea { width: 100%; box-sizing: border-box; }
textarea { font: inherit; }
#export-json { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
.item { border-left: 4px solid #1d4e89; padding: 0.4rem 0 0.4rem 0.8rem; margin: 1rem 0; }
.question { font-weight: 600; }
.about dt { font-weight: 600; }
.about dd { margin: 0 0 0.3rem 1rem; }
.statuses dt { font-weight: 600; }
.area-progress, #progress, .judgement { color: #3d3d3d; }
button { background: #1d4e89; color: #ffffff; border: 1px solid #1d4e89; border-radius: 3px; padding: 0.35rem 0.8rem; font: inherit; cursor: pointer; }
button:focus, input:focus, select:focus, textarea:focus, a:focus { outline: 3px solid #f2a900; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b0b0b0; padding: 0.2rem; text-align: left; vertical-align: top; }
td input, td select { width: 100%; box-sizing: border-box; }
.problems a, .problem { color: #a00000; }
@media print { button, #load-file, #export-json { display: none; } }

"""
}
