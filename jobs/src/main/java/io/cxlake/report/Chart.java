package io.cxlake.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An ECharts chart: its option (title, legend, tooltip, named axes with units, series) as JSON, placed in the
 * page as a div and a JSON script the page's one initialiser reads. No drawing maths here: ECharts draws.
 */
final class Chart {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String id;
  private final ObjectNode option = JSON.createObjectNode();
  private final ArrayNode series = option.putArray("series");

  Chart(String id, String title, String subtitle) {
    this.id = id;
    ObjectNode t = option.putObject("title");
    t.put("text", title);
    if (subtitle != null) {
      t.put("subtext", subtitle);
    }
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("legend").put("top", 48);
    ObjectNode grid = option.putObject("grid");
    grid.put("top", 96).put("left", 64).put("right", 64).put("bottom", 56).put("containLabel", true);
  }

  /** A value (numeric) x axis. */
  Chart valueX(String name) {
    axis("xAxis", "value", name, null);
    return this;
  }

  /** A category x axis with these categories. */
  Chart categoryX(String name, List<String> categories) {
    axis("xAxis", "category", name, categories);
    return this;
  }

  Chart valueY(String name) {
    addAxis("yAxis", "value", name);
    return this;
  }

  /** A second value y axis on the right. */
  Chart secondValueY(String name) {
    addAxis("yAxis", "value", name).put("position", "right");
    return this;
  }

  Chart categoryY(String name, List<String> categories) {
    ObjectNode a = addAxis("yAxis", "category", name);
    ArrayNode data = a.putArray("data");
    categories.forEach(data::add);
    return this;
  }

  private void axis(String which, String type, String name, List<String> categories) {
    ObjectNode a = option.putObject(which);
    a.put("type", type).put("name", name).put("nameLocation", "middle").put("nameGap", 30);
    if (categories != null) {
      ArrayNode data = a.putArray("data");
      categories.forEach(data::add);
    }
  }

  private ObjectNode addAxis(String which, String type, String name) {
    ArrayNode axes = option.has(which) ? (ArrayNode) option.get(which) : option.putArray(which);
    ObjectNode a = axes.addObject();
    a.put("type", type).put("name", name);
    return a;
  }

  /** A series of (x, y) points; {@code style}: line, step, dashed, bar, scatter. */
  Chart xy(String name, String style, List<double[]> points) {
    ObjectNode s = series(name, style);
    ArrayNode data = s.putArray("data");
    for (double[] p : points) {
      ArrayNode pair = data.addArray();
      pair.add(p[0]);
      pair.add(p[1]);
    }
    return this;
  }

  /** A series of values over the category axis (null: a gap); {@code yAxis} 0 or 1. */
  Chart values(String name, String style, List<Double> values, int yAxis) {
    ObjectNode s = series(name, style);
    s.put("yAxisIndex", yAxis);
    ArrayNode data = s.putArray("data");
    values.forEach(v -> {
      if (v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
    });
    return this;
  }

  /** Slices of a pie. */
  Chart pie(String name, List<String> labels, List<Double> values) {
    ObjectNode s = series.addObject();
    s.put("name", name).put("type", "pie").put("radius", "55%");
    s.putArray("center").add("50%").add("60%");
    ArrayNode data = s.putArray("data");
    for (int i = 0; i < labels.size(); i++) {
      data.addObject().put("name", labels.get(i)).put("value", values.get(i));
    }
    option.with("tooltip").put("trigger", "item");
    return this;
  }

  private ObjectNode series(String name, String style) {
    ObjectNode s = series.addObject();
    s.put("name", name);
    switch (style) {
      case "bar" -> s.put("type", "bar");
      case "scatter" -> s.put("type", "scatter").put("symbolSize", 6);
      case "step" -> s.put("type", "line").put("step", "end").put("showSymbol", false);
      case "dashed" -> {
        s.put("type", "line").put("step", "end").put("showSymbol", false);
        s.putObject("lineStyle").put("type", "dashed").put("width", 1);
      }
      default -> s.put("type", "line").put("showSymbol", true);
    }
    return s;
  }

  /** The chart's place in the page. */
  String html() {
    String json;
    try {
      json = JSON.writeValueAsString(option);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return "<div class=\"chart\" id=\"" + Html.escape(id) + "\" data-chart=\"" + Html.escape(id) + "\"></div>"
        + "<script type=\"application/json\" id=\"" + Html.escape(id) + "-option\">" + scriptSafe(json)
        + "</script>";
  }

  /**
   * JSON that cannot leave its script element: not only {@code </script} ends one, {@code <!--} followed by
   * {@code <script} switches the HTML parser into a state where the real end tag is missed and the rest of the
   * page becomes script text. Customer words reach chart labels, so every {@code <}, {@code >} and {@code &} is
   * written as a JSON escape (the parsed value is unchanged), as are U+2028/2029.
   */
  static String scriptSafe(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
