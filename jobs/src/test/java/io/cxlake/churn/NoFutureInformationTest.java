package io.cxlake.churn;

import static org.apache.spark.sql.functions.col;

import io.cxlake.lake.Lakehouse;
import io.cxlake.need.LatentNeedJob;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.PlantedHistory;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.sql.Date;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The as-of date is the horizon of everything the needs and churn jobs know: run as of it on the full thirty days
 * (six days of "future" after it) and on a lake that ends on it, they write the same rows.
 */
class NoFutureInformationTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void theFutureChangesNoNeedAndNoRisk() {
    PlantedHistory h = PlantedHistory.get();
    Lakehouse full = new Lakehouse(spark, h.full);
    Lakehouse upTo = new Lakehouse(spark, h.upTo);
    Date asOf = Date.valueOf(PlantedHistory.AS_OF);
    h.runOnFull(new LatentNeedJob());
    h.runOnFull(new ChurnJob());
    new LatentNeedJob().run(spark, new JobContext(h.upTo, PlantedHistory.AS_OF));
    new ChurnJob().run(spark, new JobContext(h.upTo, PlantedHistory.AS_OF));
    for (String t : new String[] {Tables.CUSTOMER_LATENT_NEED, Tables.CHURN_SIGNAL}) {
      TableAssertions.assertSameRows(upTo.read(t).where(col("as_of_date").equalTo(asOf)).drop("_run_date"),
          full.read(t).where(col("as_of_date").equalTo(asOf)).drop("_run_date"), t);
    }
    TableAssertions.assertSameRows(upTo.read(Tables.LATENT_NEED_PATTERN).where(col("run_date").equalTo(asOf)),
        full.read(Tables.LATENT_NEED_PATTERN).where(col("run_date").equalTo(asOf)), Tables.LATENT_NEED_PATTERN);
    TableAssertions.assertSameRows(upTo.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(asOf)),
        full.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(asOf)), Tables.CHURN_MODEL_QUALITY);
  }
}
