package io.cxlake.ingest;

import io.cxlake.schema.Columns;
import io.cxlake.schema.FeedSchema;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads landing files into bronze rows. Each file is one Spark partition, read line by line ({@link LandingLines}),
 * so that every record keeps its exact file and line (lineage) and multi-line CSV records can be re-assembled.
 * Landing systems write many files per day; gzip files cannot be split anyway.
 */
final class BronzeReader {

  private BronzeReader() {}

  /** What the reader yields: feed fields as text, then raw record, parse error, unexpected fields, file, line. */
  static StructType recordSchema(FeedSchema feed) {
    StructType s = new StructType();
    for (String c : feed.columnNames()) {
      s = s.add(c, DataTypes.StringType, true);
    }
    return s.add(new StructField(Columns.RAW, DataTypes.StringType, false, org.apache.spark.sql.types.Metadata.empty()))
        .add(Columns.PARSE_ERROR, DataTypes.StringType, true)
        .add(Columns.UNEXPECTED_FIELDS, DataTypes.StringType, true)
        .add(new StructField(Columns.SOURCE_FILE, DataTypes.StringType, false, org.apache.spark.sql.types.Metadata.empty()))
        .add(new StructField(Columns.SOURCE_LINE, DataTypes.LongType, false, org.apache.spark.sql.types.Metadata.empty()));
  }

  static Dataset<Row> read(SparkSession spark, FeedSchema feed, List<LandingFile> files, int maxRecordLines) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), recordSchema(feed));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // the Hadoop configuration carries the s3a settings; shipped once per job, not per file
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    JavaRDD<Row> records = jsc.parallelize(files, files.size()).mapPartitions(it -> {
      if (!it.hasNext()) {
        return java.util.Collections.emptyIterator();
      }
      LandingFile file = it.next();
      LandingLines lines = LandingLines.open(hadoop.value().value(), file.uri());
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> lines.close());
      }
      return new FileRecordReader(feed, file.format(), file.path(), lines, maxRecordLines);
    }, true);
    return spark.createDataFrame(records, recordSchema(feed));
  }
}
