// Static assets of the web UI, kept as strings so the TypeScript build carries them.
// No content ever goes into these: they are served as-is from /static/ under a strict CSP.

export const APP_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;background:#f6f7f9}
a{color:#0b57d0}
header.top{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;padding:.6rem 1rem;background:#12263a;color:#fff}
header.top .brand{color:#fff;font-weight:700;text-decoration:none;font-size:1.1rem}
header.top .search{flex:1;min-width:12rem}
header.top input{width:100%;padding:.4rem .6rem;border-radius:6px;border:0;font-size:1rem}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d9dee4;padding-bottom:.25rem}
.meta{color:#56606b;font-size:.9rem}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
.card{background:#fff;border:1px solid #d9dee4;border-radius:8px;padding:.75rem 1rem}
.card h3{margin:0 0 .25rem;font-size:1.05rem}
.tag{display:inline-block;background:#e8eef6;border-radius:999px;padding:0 .5rem;margin:0 .25rem .25rem 0;font-size:.8rem}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600}
.badge.warn{background:#fde7c7;color:#7a4300}
.badge.ok{background:#e3f3e6;color:#1d5e2c}
.cite{display:inline-block;min-width:1.4rem;text-align:center;font-size:.75rem;font-weight:600;background:#dbe7fb;border-radius:4px;padding:0 .25rem;margin-left:.15rem;text-decoration:none;vertical-align:super}
.cite:hover,.cite:focus{background:#0b57d0;color:#fff}
.summary li{margin:.35rem 0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;background:#fff;font-size:.85rem}
th,td{border:1px solid #d9dee4;padding:.3rem .45rem;text-align:left;vertical-align:top}
th.col{max-width:10rem;font-weight:500}
td.hit{text-align:center;background:#e3f3e6}
td.first{background:#b9e2c2;font-weight:700}
tr.copy th{font-style:italic}
.discrepancy{background:#fff4e5;border-left:4px solid #e08a00;padding:.5rem .75rem;margin:.5rem 0;border-radius:4px}
.quote{background:#fff;border-left:4px solid #8aa4c8;padding:.5rem .75rem;margin:.5rem 0}
.quote blockquote{margin:0;font-style:italic}
.variants{font-size:.85rem;color:#3c4650}
.article-body p{background:#fff;padding:.25rem .5rem;margin:.5rem 0}
mark.shared{background:#fff0a8;border-bottom:2px solid #d4b000}
.legend{font-size:.85rem;color:#56606b}
.pager{display:flex;gap:1rem;margin:1rem 0}
.filter{width:100%;padding:.4rem .6rem;margin:.25rem 0 .75rem;border:1px solid #c3cad3;border-radius:6px;font-size:1rem}
@media (max-width:600px){main{padding:.6rem}h1{font-size:1.25rem}th.col{max-width:6rem}}
`;

/** Progressive enhancement only: filters the story cards as you type. */
export const APP_JS = `
document.addEventListener('DOMContentLoaded', function () {
  var box = document.querySelector('input.filter');
  if (!box) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.cards > li'));
  box.addEventListener('input', function () {
    var q = box.value.toLowerCase();
    cards.forEach(function (c) { c.hidden = q !== '' && c.textContent.toLowerCase().indexOf(q) < 0; });
  });
});
`;
