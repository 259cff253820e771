package io.cxlake.bench;

import io.cxlake.testing.SilverShortcut;
import static org.apache.spark.sql.functions.col;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.text.NlpThroughput;
import io.cxlake.text.TextEnrichmentJob;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The text step of {@code cxlake bench} on its own generated night: the text job, then plain single-thread
 * CoreNLP on the same customer turns as its floor. Its output, with the night's planted truth, is what
 * {@link TextTransplant} gives the contacts of the larger nights.
 */
final class TextStep {

  private TextStep() {}

  /** The text night's lake and ground truth, once measured. */
  record Donors(Lakehouse lake, Path truth) {

    Dataset<Row> rows(SparkSession spark) {
      return lake.read(Tables.CONTACT_TEXT).join(TextStep.truth(spark, truth), "contact_id");
    }
  }

  static TextRun measure(SparkSession spark, TableReads reads, CxConfig config, Path gen, LocalDate day,
                        long contacts) {
    Lakehouse lake = new Lakehouse(spark, config);
    lake.append("silver_turns", SilverShortcut.turns(spark.read().json(gen.resolve("landing/turns").toString()), day));
    // model loading is not what the floor measures either: load both pipelines before the clock starts
    NlpThroughput.warmUp("en");
    NlpThroughput.warmUp("zh-Hans");
    JobMeasure.Measured m = JobMeasure.run(spark, reads, lake, TextEnrichmentJob.NAME,
        () -> new TextEnrichmentJob().run(spark, new JobContext(config, day)));
    List<String> texts = lake.read("silver_turns").where(col("speaker").equalTo("customer").and(col("text").isNotNull()))
        .select("text").as(Encoders.STRING()).collectAsList();
    NlpThroughput.Rate raw = NlpThroughput.rawDetected(texts);
    int cores = spark.sparkContext().defaultParallelism();
    NlpThroughput.Rate parallel = NlpThroughput.rawDetectedParallel(texts, cores);
    long analysed = lake.read(Tables.CONTACT_TEXT).count();
    JobRun job = JobMeasure.of(TextEnrichmentJob.NAME, m, texts.size(), raw.seconds(), "raw CoreNLP, 1 thread");
    return new TextRun(contacts, analysed, texts.size(), raw.sentences(), job, raw.seconds(), parallel.seconds(),
        cores);
  }

  /** The generator's planted query type, mood and goal of every contact. */
  static Dataset<Row> truth(SparkSession spark, Path truthCsv) {
    return spark.read().option("header", "true").csv(truthCsv.toString())
        .select(col("contact_id"), col("query_type").as(TextTransplant.KEY.get(0)),
            col("mood").as(TextTransplant.KEY.get(1)), col("goal").as(TextTransplant.KEY.get(2)));
  }

  /**
   * Writes the transplanted text rows for a night's contacts with customer turns; returns how many contacts got
   * one (those whose query type the text night never saw get none, as contacts without turns do).
   */
  static long substitute(SparkSession spark, Lakehouse lake, Donors donors, Path truthCsv, LocalDate day) {
    Dataset<Row> withTurns = lake.read("silver_turns").where(col("speaker").equalTo("customer")
        .and(col("text").isNotNull())).select("contact_id").distinct();
    Dataset<Row> targets = lake.read("silver_contacts").select("contact_id", "contact_date").join(withTurns, "contact_id")
        .join(truth(spark, truthCsv), "contact_id");
    lake.append(Tables.CONTACT_TEXT, TextTransplant.transplant(targets, donors.rows(spark), day));
    return lake.lastWrittenRows(Tables.CONTACT_TEXT);
  }
}
