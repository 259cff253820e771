package io.cxlake.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The self-contained HTML document: styles, the ECharts library inlined (a report opens with no network), the
 * sections, and one script that draws every chart from its JSON option. Script errors are kept in
 * {@code window.reportErrors} and on the body, so a browser test can see them.
 */
final class ReportPage {

  /** ECharts from its webjar (org.webjars.npm:echarts, the version pinned in the pom). */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static volatile String echarts;

  private static final String STYLE = """
      body{font-family:"Noto Sans CJK TC","Noto Sans TC","Microsoft JhengHei","PingFang TC",system-ui,sans-serif;
        margin:0;color:#1d2733;background:#f5f7fa}
      header{background:#17324d;color:#fff;padding:16px 32px}header h1{margin:0;font-size:24px}
      header p{margin:4px 0 0;opacity:.85}nav{padding:8px 32px;background:#e3e9f0}nav a{margin-right:16px;color:#17324d}
      main{padding:8px 32px 32px}section{background:#fff;border-radius:8px;margin:16px 0;padding:8px 24px 16px;
        box-shadow:0 1px 3px rgba(0,0,0,.12)}h2{border-bottom:2px solid #e3e9f0;padding-bottom:6px}
      .intro{color:#4a5868}.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
      .tile{background:#f0f4f8;border-radius:6px;padding:10px 14px;min-width:150px}.tl{font-size:13px;color:#4a5868}
      .tv{font-size:22px;font-weight:600}.tn{font-size:12px;color:#6b7785}
      .chart{width:100%;height:420px;margin:12px 0}table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
      th,td{border-bottom:1px solid #e3e9f0;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f0f4f8}
      .ok{color:#1a7f37;font-weight:600}.miss{color:#c62828;font-weight:600}.na{color:#6b7785}.empty{color:#6b7785}
      footer{padding:16px 32px;color:#6b7785;font-size:12px}
      """;

  private static final String INIT = """
      window.reportErrors=[];window.addEventListener('error',function(e){window.reportErrors.push(String(e.message));
        document.body.setAttribute('data-errors',window.reportErrors.length);});
      document.addEventListener('DOMContentLoaded',function(){var charts=[];
        document.querySelectorAll('[data-chart]').forEach(function(el){try{
          var c=echarts.init(el);c.setOption(JSON.parse(document.getElementById(el.id+'-option').textContent));
          charts.push(c);el.setAttribute('data-rendered','true');}catch(err){window.reportErrors.push(String(err));
          document.body.setAttribute('data-errors',window.reportErrors.length);}});
        window.addEventListener('resize',function(){charts.forEach(function(c){c.resize();});});
        document.body.setAttribute('data-ready','true');});
      """;

  private ReportPage() {}

  static String render(Messages m, String title, String subtitle, List<String[]> links, List<String> sections,
                       String footer) {
    StringBuilder b = new StringBuilder(1 << 21);
    b.append("<!DOCTYPE html><html lang=\"").append(m.tag()).append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(Html.escape(title)).append("</title><style>").append(STYLE).append("</style><script>")
        .append(echarts()).append("</script><script>").append(INIT).append("</script></head><body><header><h1>")
        .append(Html.escape(title)).append("</h1><p>").append(Html.escape(subtitle)).append("</p></header><nav>");
    for (String[] l : links) {
      b.append("<a href=\"").append(Html.escape(l[0])).append("\">").append(Html.escape(l[1])).append("</a>");
    }
    b.append("</nav><main>");
    sections.forEach(b::append);
    return b.append("</main><footer>").append(Html.escape(footer)).append("</footer></body></html>").toString();
  }

  static String echarts() {
    if (echarts == null) {
      try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(ECHARTS)) {
        if (in == null) {
          throw new IllegalStateException(ECHARTS + " is not on the classpath (the org.webjars.npm:echarts jar)");
        }
        // a "</script" inside the library would end the element early
        echarts = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return echarts;
  }
}
