package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cxlake.testing.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The ingest plans its loads without constraint propagation and gives the session its setting back. */
class ConstraintPropagationTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void offDuringTheLoadAndRestoredAfterwardsEvenOnFailure() {
    String key = IngestJob.CONSTRAINT_PROPAGATION;
    String before = spark.conf().get(key, "true");
    assertEquals("false", IngestJob.withoutConstraintPropagation(spark, () -> spark.conf().get(key)));
    assertEquals(before, spark.conf().get(key, "true"));
    assertThrows(IllegalStateException.class, () -> IngestJob.withoutConstraintPropagation(spark, () -> {
      throw new IllegalStateException("a feed failed");
    }));
    assertEquals(before, spark.conf().get(key, "true"));
  }
}
