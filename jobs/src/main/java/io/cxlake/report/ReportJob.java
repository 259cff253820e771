package io.cxlake.report;

import io.cxlake.pipeline.JobMain;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Nightly job: one self-contained HTML report per region and language, and an overview, written under
 * {@code reports.root/<run date>/} from the run date's gold tables (wait tolerance, staffing, scenarios, contracts,
 * latent needs, churn). The last job of the chain.
 */
public final class ReportJob extends LakeJob {

  public static final String NAME = "reports";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new ReportJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    ReportSettings.from(config);
  }

  @Override
  protected Outcome execute(Run run) {
    ReportSettings settings = ReportSettings.from(run.config());
    Lakehouse lake = run.lake();
    LocalDate day = run.day();
    ToleranceSection tolerance = new ToleranceSection();
    ChurnSection churn = new ChurnSection();
    NeedSection needs = new NeedSection();
    List<Section> sections = List.of(tolerance, new StaffingSection(), new ScenarioSection(), new ContractSection(),
        needs, churn);
    TreeSet<String> regions = new TreeSet<>();
    for (Section s : sections) {
      s.load(lake, day, settings);
      regions.addAll(s.regions());
    }
    ReportWriter out = new ReportWriter(run.spark().sparkContext().hadoopConfiguration(), settings.root(), day.toString());
    int files = 0;
    for (String region : regions) {
      for (String lang : settings.languagesOf(region)) {
        Messages m = Messages.of(lang);
        List<String> html = new ArrayList<>();
        sections.forEach(s -> html.add(s.render(region, m)));
        out.write(fileName(region, lang), ReportPage.render(m, m.get("report.title", m.place("region", region)),
            m.get("report.subtitle", day.toString()), links(region, settings, m), html, m.get("report.footer")));
        files++;
      }
    }
    List<String> all = new ArrayList<>(regions);
    for (String lang : settings.allLanguages()) {
      Messages m = Messages.of(lang);
      String page = ReportPage.render(m, m.get("overview.page_title"), m.get("report.subtitle", day.toString()),
          List.of(), List.of(Overview.render(all, tolerance, churn, needs, settings, m, ReportJob::fileName)),
          m.get("report.footer"));
      out.write(overviewName(lang), page);
      files++;
      if (lang.equals(settings.languagesOf(ReportSettings.EVERY_REGION).get(0))) {
        out.write("index.html", page);
        files++;
      }
    }
    return Outcome.ok(files + " report files for " + regions.size() + " regions in " + out.location(),
        List.of(RunSummary.Entry.output("reports", regions.size(), files, run.elapsedMs())));
  }

  private static List<String[]> links(String region, ReportSettings settings, Messages m) {
    List<String[]> l = new ArrayList<>();
    l.add(new String[] {overviewName(m.tag()), m.get("nav.overview")});
    for (String id : List.of("tolerance", "staffing", "scenarios", "contracts", "needs", "churn")) {
      l.add(new String[] {"#" + id, m.get(id + ".title")});
    }
    for (String other : settings.languagesOf(region)) {
      if (!other.equals(m.tag())) {
        l.add(new String[] {fileName(region, other), m.get("language." + other)});
      }
    }
    return l;
  }

  /** The region's report file: a slug of its name and the language, e.g. kuala-lumpur.en.html. */
  static String fileName(String region, String lang) {
    String slug = Messages.slug(region);
    return (slug.isEmpty() ? "region" : slug) + "." + lang + ".html";
  }

  static String overviewName(String lang) {
    return "overview." + lang + ".html";
  }
}
