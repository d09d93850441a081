package dev.crosscheck.report;

/**
 * The report's inline style sheet: system fonts, a readable measure, tables that scroll on narrow
 * screens, and status colours that always come with a text label.
 */
final class ReportStyle {

  private ReportStyle() {}

  static final String CSS =
      """
      :root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#5f6368;--line:#d0d4da;\
      --soft:#f4f6f8;--link:#0b57d0;--ok:#0f6b2f;--ok-bg:#dcf3e3;--one:#5a4a00;--one-bg:#fcf0c2;\
      --bad:#9b1c1c;--bad-bg:#fde0e0;--new:#0b57d0;--new-bg:#e3ecfc}
      @media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--bg:#15171a;--muted:#a0a6ad;\
      --line:#3a3f45;--soft:#1f2327;--link:#8ab4f8;--ok:#a8e6b8;--ok-bg:#163d24;--one:#f3dc8a;\
      --one-bg:#3d3410;--bad:#f8b4b4;--bad-bg:#4a1a1a;--new:#8ab4f8;--new-bg:#1a2a4a}}
      *{box-sizing:border-box}
      body{margin:0 auto;max-width:62rem;padding:1rem;color:var(--fg);background:var(--bg);\
      font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
      overflow-wrap:anywhere}
      a{color:var(--link)}
      h1{font-size:1.6rem;margin:.5rem 0}
      h2{font-size:1.35rem;margin:0 0 .25rem}
      h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
      h4{font-size:1rem;margin:.75rem 0 .25rem}
      .meta,.note,figcaption,.facts-inline{color:var(--muted);font-size:.9rem}
      .story{border-top:2px solid var(--line);margin-top:2rem;padding-top:1rem;\
      content-visibility:auto;contain-intrinsic-size:auto 40rem}
      .toc li{margin:.2rem 0}
      .brief li{margin:.35rem 0}
      .cite{font-size:.8rem;vertical-align:super;text-decoration:none;margin-left:.1rem}
      .badge,.role,.status{display:inline-block;border-radius:.6rem;padding:0 .5rem;\
      font-size:.8rem;border:1px solid var(--line);background:var(--soft);white-space:nowrap}
      .status{font-weight:600}
      .status-corroborated{color:var(--ok);background:var(--ok-bg);border-color:var(--ok)}
      .status-single-source{color:var(--one);background:var(--one-bg);border-color:var(--one);\
      border-style:dashed}
      .status-contradicted{color:var(--bad);background:var(--bad-bg);border-color:var(--bad);\
      border-width:2px}
      .status-unsupported{font-weight:400;color:var(--muted);border-style:dotted}
      .groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.75rem}
      .group{border:1px solid var(--line);border-radius:.4rem;padding:.25rem .75rem}
      .tree,.tree ul{padding-left:1.1rem;margin:.25rem 0}
      .diagram{margin:1rem 0;overflow-x:auto}
      .diagram svg{display:block;max-width:none;font:12px system-ui,sans-serif}
      .diagram rect{fill:var(--soft);stroke:var(--muted)}
      .diagram .role-original rect,.diagram .role-independent rect{stroke:var(--ok);stroke-width:2}
      .diagram .role-padded rect{stroke:var(--bad);stroke-dasharray:4 2}
      .diagram text{fill:var(--fg)}
      .diagram .node-role{fill:var(--muted)}
      .diagram .edge{fill:none;stroke:var(--muted);stroke-width:1.5}
      .diagram .arrow{fill:var(--muted)}
      .table-wrap{overflow-x:auto}
      table{border-collapse:collapse;width:100%}
      th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
      th{background:var(--soft)}
      td.count{text-align:center}
      table.factsheet{width:auto;margin:.5rem 0;font-size:.95rem}
      table.factsheet caption{text-align:left;font-weight:600;padding:.25rem 0}
      table.factsheet th{width:5rem}
      .disagreements>li{margin:.35rem 0}
      .disagreements ul{margin:.2rem 0;padding-left:1.1rem;border-left:3px solid var(--bad)}
      .versus{color:var(--bad);font-weight:600}
      .conflicts{margin-top:.4rem;padding:.25rem .5rem;border-left:3px solid var(--bad);\
      background:var(--bad-bg)}
      .conflicts ul{margin:.25rem 0;padding-left:1.1rem}
      .article{border:1px solid var(--line);border-radius:.4rem;padding:.25rem .75rem;\
      margin:.75rem 0}
      .num{color:var(--muted)}
      .facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0;\
      font-size:.9rem}
      .facts dt{color:var(--muted)}
      .facts dd{margin:0}
      details summary{cursor:pointer;color:var(--link)}
      .compare{display:none;margin:1rem 0}
      .compare:target,.compare.open{display:block}
      .legend .s{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.85rem}
      table.side{table-layout:fixed}
      table.side td{width:50%}
      .s .mark{display:inline-block;font-size:.7rem;text-transform:uppercase;letter-spacing:.03em;\
      color:var(--muted);margin-right:.25rem}
      .s-copied{background:var(--soft)}
      .s-changed{background:var(--one-bg);border-left:3px solid var(--one)}
      .s-added{background:var(--new-bg);border-left:3px solid var(--new)}
      .s-filler{background:var(--bad-bg);border-left:3px dashed var(--bad)}
      .s-dropped{color:var(--muted);text-decoration:line-through}
      .s-dropped .mark{text-decoration:none}
      .s-none{background:transparent}
      :target{outline:3px solid var(--link);outline-offset:2px}
      @media (max-width:40rem){body{padding:.6rem;font-size:15px}\
      .facts{grid-template-columns:1fr}.facts dd{margin-bottom:.3rem}}
      @media print{details{display:block}.diagram{overflow:visible}}
      """;
}
