package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.LEVEL;
import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static io.cxlake.tolerance.ToleranceColumns.RUN_DATE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.cxlake.pipeline.JobMain;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableColumns.GoldRegionPatienceCurve;
import io.cxlake.schema.TableColumns.GoldRegionStaffingPlan;
import io.cxlake.schema.TableColumns.GoldRegionWaitTolerance;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Nightly job 2: the customers' patience per region (and finer groups) from the silver contacts of a trailing
 * window, the on-time target and service level each region needs, and the agents per interval to meet it.
 */
public final class WaitToleranceJob extends LakeJob {

  public static final String NAME = "tolerance";
  static final String GROUP_LEVEL = "group";
  static final String REGION_LEVEL = "region";
  /** Intervals with fewer observations say little about the abandonment-wait relation. */
  private static final int MIN_INTERVAL_CONTACTS = 10;
  /** Wait bins of the anger onset, and the contacts a bin needs before its hostile share counts. */
  private static final int ANGER_BIN_SECONDS = 60;
  private static final int MIN_ANGER_BIN_CONTACTS = 30;

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new WaitToleranceJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    ToleranceSettings.from(config);
  }

  @Override
  protected Outcome execute(Run run) {
    Lakehouse lake = run.lake();
    ToleranceSettings s = ToleranceSettings.from(run.config());
    LocalDate day = run.day();
    Dataset<Row> contacts = PatienceObservations.window(lake.read(SilverContacts.TABLE), day, s.windowDays());
    Dataset<Row> obs = run.cache(PatienceObservations.observe(contacts, s));
    List<Dataset<Row>> cached = new ArrayList<>();
    run.releaseAtEnd(cached);
    // the window's contacts only: the text table grows every night
    Dataset<Row> contactText = PatienceObservations.window(lake.read(Tables.CONTACT_TEXT), day, s.windowDays());
    Output out = run.step("profiles", () -> compute(obs, contactText, s, cached));
    long read = obs.count();
    long profiles = run.step("write profiles", () -> write(lake, Tables.REGION_WAIT_TOLERANCE, out.profiles(), day, s));
    long curves = run.step("write curves", () -> write(lake, Tables.REGION_PATIENCE_CURVE, out.curves(), day, s));
    long plan = run.step("write staffing", () -> write(lake, Tables.REGION_STAFFING_PLAN, out.staffing(), day, s));
    long ms = run.elapsedMs();
    String status = read == 0 ? "no_input" : "ok";
    return Outcome.ok(read + " contacts in the " + s.windowDays() + "-day window: " + profiles + " profiles, "
        + curves + " curve points, " + plan + " staffing intervals", List.of(
            RunSummary.Entry.output(Tables.REGION_WAIT_TOLERANCE, read, profiles, ms, status),
            RunSummary.Entry.output(Tables.REGION_PATIENCE_CURVE, read, curves, ms, status),
            RunSummary.Entry.output(Tables.REGION_STAFFING_PLAN, read, plan, ms, status)));
  }

  /** The three outputs, as plans (nothing is computed until they are written). */
  record Output(Dataset<Row> profiles, Dataset<Row> curves, Dataset<Row> staffing) {}

  /**
   * The small intermediate results several outputs read (counts per wait, region profiles) are cached once and
   * added to {@code cached}, for the caller to release after the writes.
   */
  static Output compute(Dataset<Row> obs, Dataset<Row> contactText, ToleranceSettings s, List<Dataset<Row>> cached) {
    List<String> region = List.of(REGION);
    Dataset<Row> regionCounts = cache(KaplanMeier.counts(obs, region), cached);
    Dataset<Row> regionCurve = KaplanMeier.curve(regionCounts, region);
    Dataset<Row> regionProfiles = ToleranceProfiles.profile(ToleranceProfiles.figures(obs, region),
            ToleranceProfiles.quantiles(regionCurve, region, s.targetAbandonShare()), region, s.minGroupSize())
        .join(LogRank.regionVsRest(regionCounts), new String[] {REGION}, "left")
        .join(ToleranceProfiles.abandonVersusWait(obs, MIN_INTERVAL_CONTACTS), new String[] {REGION}, "left")
        .join(AngerOnset.byRegion(obs, contactText, ANGER_BIN_SECONDS, MIN_ANGER_BIN_CONTACTS), new String[] {REGION},
            "left")
        .withColumn(LEVEL, lit(REGION_LEVEL));
    regionProfiles = cache(regionProfiles, cached);
    List<Dataset<Row>> profiles = new ArrayList<>(List.of(regionProfiles));
    List<Dataset<Row>> curves = new ArrayList<>(List.of(curveRows(regionCurve, regionCounts, region, s, REGION_LEVEL)));
    if (!s.groupBy().equals(region)) {
      Dataset<Row> counts = cache(KaplanMeier.counts(obs, s.groupBy()), cached);
      Dataset<Row> curve = KaplanMeier.curve(counts, s.groupBy());
      profiles.add(ToleranceProfiles.profile(ToleranceProfiles.figures(obs, s.groupBy()),
          ToleranceProfiles.quantiles(curve, s.groupBy(), s.targetAbandonShare()), s.groupBy(), s.minGroupSize())
          .withColumn(LEVEL, lit(GROUP_LEVEL)));
      curves.add(curveRows(curve, counts, s.groupBy(), s, GROUP_LEVEL));
    }
    Dataset<Row> allProfiles = withServiceLevel(union(profiles), s);
    Dataset<Row> targets = regionProfiles.select(col(REGION), col(ToleranceProfiles.PATIENCE_RATE),
        col(ToleranceProfiles.TARGET).as(GoldRegionStaffingPlan.TARGET_WAIT_SECONDS));
    Dataset<Row> staffing = StaffingPlan.plan(StaffingPlan.demand(obs, s.intervalMinutes()), targets,
        s.targetAbandonShare(), s.serviceLevel());
    return new Output(allProfiles, union(curves), staffing);
  }

  private static Dataset<Row> cache(Dataset<Row> small, List<Dataset<Row>> cached) {
    Dataset<Row> c = small.persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(c);
    return c;
  }

  /** The Kaplan-Meier points and the life-table bins of one grouping, in the curve table's shape. */
  private static Dataset<Row> curveRows(Dataset<Row> curve, Dataset<Row> counts, List<String> groups,
                                        ToleranceSettings s, String level) {
    Dataset<Row> km = curve.withColumn(GoldRegionPatienceCurve.KIND, lit("kaplan_meier"))
        .withColumnRenamed(ToleranceColumns.T, GoldRegionPatienceCurve.WAIT_FROM);
    Dataset<Row> life = LifeTable.table(counts, groups, s.hazardBinSeconds())
        .withColumn(GoldRegionPatienceCurve.KIND, lit("life_table"))
        .withColumnRenamed(ToleranceColumns.T, GoldRegionPatienceCurve.WAIT_FROM);
    return km.unionByName(life, true).withColumn(LEVEL, lit(level));
  }

  /** "answer 80 % within 20 s": the recommended service level, at the on-time target. */
  private static Dataset<Row> withServiceLevel(Dataset<Row> profiles, ToleranceSettings s) {
    String percent = format(s.serviceLevel() * 100);
    return profiles.withColumn(GoldRegionWaitTolerance.TARGET_ABANDON_PERCENT, lit(s.targetAbandonShare() * 100))
        .withColumn(GoldRegionWaitTolerance.SERVICE_LEVEL_PERCENT, lit(s.serviceLevel() * 100))
        .withColumn(GoldRegionWaitTolerance.RECOMMENDED_SERVICE_LEVEL, when(col(ToleranceProfiles.TARGET).isNotNull(),
            concat(lit("answer " + percent + " % within "), format_number(col(ToleranceProfiles.TARGET), 0),
                lit(" s"))));
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static Dataset<Row> union(List<Dataset<Row>> parts) {
    Dataset<Row> out = parts.get(0);
    for (Dataset<Row> p : parts.subList(1, parts.size())) {
      out = out.unionByName(p, true);
    }
    return out;
  }

  /** Writes one run date's partition; columns the grouping does not use are null ("all"). */
  private static long write(Lakehouse lake, String table, Dataset<Row> rows, LocalDate day, ToleranceSettings s) {
    Dataset<Row> out = rows.withColumn(RUN_DATE, lit(java.sql.Date.valueOf(day)))
        .withColumn(ToleranceColumns.WINDOW_START, lit(java.sql.Date.valueOf(day.minusDays(s.windowDays() - 1L))))
        .withColumn(ToleranceColumns.WINDOW_END, lit(java.sql.Date.valueOf(day)));
    java.util.Map<String, org.apache.spark.sql.Column> absent = new java.util.LinkedHashMap<>();
    for (ColumnSpec c : SchemaCatalog.get().table(table).columns()) {
      if (!List.of(out.columns()).contains(c.name())) {
        absent.put(c.name(), lit(null).cast(c.type()));
      }
    }
    out = out.withColumns(absent);
    String partition = RUN_DATE + " = " + Lakehouse.sqlDate(day);
    lake.replace(table, out.coalesce(1), partition); // a few thousand rows a night: one file
    // the commit's own count: reading the partition back cost a Spark job per table
    return lake.lastWrittenRows(table);
  }
}
