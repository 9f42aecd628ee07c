/** Inline CSS of the HTML report (no network, no script). `:target` highlights a cited article. */
export const REPORT_CSS = `
:root{--fg:#1d232a;--muted:#5b6670;--line:#dfe3e8;--accent:#0b5cad;--warn:#fff4e0;--warn-line:#e8a33d;--bad:#fde8e8;--bad-line:#d64545;--bg:#f7f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:14px 28px}
header.top h1{margin:0;font-size:14px;color:var(--muted);font-weight:600;letter-spacing:.04em;text-transform:uppercase}
main{max-width:980px;margin:0 auto;padding:20px 28px 80px}
section.story{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 26px;margin-bottom:28px}
h2.title{font-size:24px;line-height:1.25;margin:0 0 6px}
h3{font-size:16px;margin:26px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
.meta,.small{color:var(--muted);font-size:13px}
ol.summary{padding-left:22px}
ol.summary li{margin:6px 0}
a.cite{display:inline-block;min-width:20px;margin-left:2px;padding:0 5px;border-radius:4px;background:#e8f0fa;color:var(--accent);font-size:12px;font-weight:600;text-decoration:none;text-align:center}
a.cite:hover{background:var(--accent);color:#fff}
.disc{border-left:4px solid var(--warn-line);background:var(--warn);padding:10px 14px;margin:10px 0;border-radius:0 6px 6px 0}
.disc.conflict,.disc.malformed{border-color:var(--bad-line);background:var(--bad)}
.disc .kind{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.04em}
.disc ul{margin:6px 0 0;padding-left:20px}
blockquote{margin:4px 0 4px 0;padding:2px 10px;border-left:3px solid var(--line);color:var(--muted);font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase}
.variants{color:var(--muted);font-size:13px}
article.src{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 22px;margin:14px 0;scroll-margin-top:12px}
article.src:target{border-color:var(--accent);box-shadow:0 0 0 3px #b9d3f0}
article.src h4{margin:0 0 2px;font-size:16px}
article.src p{margin:8px 0}
mark.cited{background:#eef3d2;padding:1px 0;border-radius:2px}
article.src:target mark.cited{background:#fbe7a1}
.num{display:inline-block;background:var(--fg);color:#fff;border-radius:4px;padding:0 6px;margin-right:6px;font-size:12px}
`;
