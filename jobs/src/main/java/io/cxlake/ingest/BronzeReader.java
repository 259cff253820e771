package io.cxlake.ingest;

import io.cxlake.schema.Columns;
import io.cxlake.schema.FeedSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads landing files into bronze rows. Each file is one Spark partition, read line by line, so that every
 * record keeps its exact file and line (lineage) and multi-line CSV records can be re-assembled. Landing
 * systems write many files per day; gzip files cannot be split anyway.
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
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
        wholeFileInput(spark, files), TextInputFormat.class, LongWritable.class, Text.class);
    JavaRDD<Row> records = lines.mapPartitionsWithInputSplit((split, it) -> {
      String path = ((FileSplit) split).getPath().toString();
      LandingFile.Format format = LandingFile.formatOf(((FileSplit) split).getPath().getName());
      java.util.Iterator<String> text = new java.util.Iterator<>() {
        @Override
        public boolean hasNext() {
          try {
            return it.hasNext();
          } catch (Exception e) { // Hadoop's reader throws IOExceptions unchecked, e.g. on a truncated gzip
            throw new FileRecordReader.UnreadableInput(e);
          }
        }

        @Override
        public String next() {
          Text t;
          try {
            t = it.next()._2(); // the reader reuses the Text object: decode now
          } catch (java.util.NoSuchElementException e) {
            throw e;
          } catch (Exception e) {
            throw new FileRecordReader.UnreadableInput(e);
          }
          return new String(t.getBytes(), 0, t.getLength(), StandardCharsets.UTF_8);
        }
      };
      return new FileRecordReader(feed, format, path, text, maxRecordLines);
    }, true);
    return spark.createDataFrame(records, recordSchema(feed));
  }

  /** One split per file: the minimum split size is larger than any file. */
  private static Configuration wholeFileInput(SparkSession spark, List<LandingFile> files) {
    try {
      Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
      conf.setLong(FileInputFormat.SPLIT_MINSIZE, Long.MAX_VALUE);
      Job job = Job.getInstance(conf);
      FileInputFormat.setInputPaths(job, files.stream().map(f -> new Path(f.path())).toArray(Path[]::new));
      return job.getConfiguration();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
