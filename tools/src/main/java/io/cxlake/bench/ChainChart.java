package io.cxlake.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * An SVG line chart of seconds against contacts: the whole chain, the sum of its floors, and each job, with a
 * dashed straight line under the chain (the sum of the jobs' least-squares lines, {@link BenchReport#chainLine}):
 * where the chain bends away from it, its cost is not linear. Plain SVG, so BENCHMARKS.md
 * shows it on any Git host and in any browser.
 */
final class ChainChart {

  private static final int W = 760;
  private static final int H = 440;
  private static final int LEFT = 70;
  private static final int RIGHT = 200;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
      "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};

  private ChainChart() {}

  record Series(String name, List<Double> seconds, String colour, boolean bold, boolean dashed) {}

  static String svg(List<ScaleRun> scales) {
    List<Long> n = scales.stream().map(ScaleRun::contacts).toList();
    List<Series> series = series(scales);
    double maxY = roundUp(series.stream().flatMap(s -> s.seconds().stream()).mapToDouble(Double::doubleValue).max()
        .orElse(1));
    double maxX = n.get(n.size() - 1);
    StringBuilder svg = new StringBuilder(BenchReport.f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
        + "height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" "
        + "fill=\"white\"/>%n<text x=\"%d\" y=\"18\" font-size=\"14\">Nightly chain: seconds against new contacts"
        + "</text>%n", W, H, LEFT));
    axes(svg, maxX, maxY);
    int row = 0;
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < n.size(); i++) {
        points.append(BenchReport.f("%.1f,%.1f ", x(n.get(i), maxX), y(s.seconds().get(i), maxY)));
      }
      svg.append(BenchReport.f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s points=\"%s\"/>%n",
          s.colour(), s.bold() ? "3" : "1.5", s.dashed() ? " stroke-dasharray=\"6 4\"" : "", points.toString().trim()));
      int ly = TOP + 10 + 18 * row++;
      svg.append(BenchReport.f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%s\"%s/>"
              + "<text x=\"%d\" y=\"%d\">%s</text>%n", W - RIGHT + 15, ly, W - RIGHT + 40, ly, s.colour(),
          s.bold() ? "3" : "1.5", s.dashed() ? " stroke-dasharray=\"6 4\"" : "", W - RIGHT + 46, ly + 4, s.name()));
    }
    return svg.append("</svg>\n").toString();
  }

  static List<Series> series(List<ScaleRun> scales) {
    List<Series> out = new ArrayList<>();
    out.add(new Series("chain without text", scales.stream().map(ScaleRun::wallSeconds).toList(), "#000000", true,
        false));
    BenchReport.Line chain = BenchReport.chainLine(scales);
    out.add(new Series("chain, straight line fitted", scales.stream().map(s -> chain.seconds(s.contacts())).toList(),
        "#000000", false, true));
    out.add(new Series("sum of the floors", scales.stream().map(ScaleRun::floorSeconds).toList(), "#999999", true,
        true));
    int c = 0;
    for (String job : BenchReport.jobNames(scales)) {
      if (BenchReport.fit(scales, job) != null) {
        out.add(new Series(job, scales.stream().map(s -> s.job(job).wallSeconds()).toList(),
            COLOURS[c++ % COLOURS.length], false, false));
      }
    }
    return out;
  }

  /** The axis top: the maximum rounded up to five ticks of 1, 2 or 5 times a power of ten. */
  static double roundUp(double max) {
    double raw = max / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
    return step * 5;
  }

  private static void axes(StringBuilder svg, double maxX, double maxY) {
    int x0 = LEFT;
    int y0 = H - BOTTOM;
    svg.append(BenchReport.f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, W - RIGHT, y0));
    svg.append(BenchReport.f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x0, TOP));
    for (int i = 0; i <= 5; i++) {
      double vx = maxX * i / 5;
      double vy = maxY * i / 5;
      svg.append(BenchReport.f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n", x(vx, maxX),
          y0 + 18, vx));
      svg.append(BenchReport.f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n", x0 - 6,
          y(vy, maxY) + 4, vy));
      svg.append(BenchReport.f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eeeeee\"/>%n", x0 + 1,
          y(vy, maxY), W - RIGHT, y(vy, maxY)));
    }
    svg.append(BenchReport.f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">new contacts in the night</text>%n",
        (x0 + W - RIGHT) / 2, H - 12));
    svg.append(BenchReport.f("<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">"
        + "wall seconds</text>%n", (TOP + y0) / 2, (TOP + y0) / 2));
  }

  private static double x(double v, double maxX) {
    return LEFT + (W - RIGHT - LEFT) * v / maxX;
  }

  private static double y(double v, double maxY) {
    return H - BOTTOM - (H - BOTTOM - TOP) * v / maxY;
  }
}
