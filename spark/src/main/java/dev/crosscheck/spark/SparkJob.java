package dev.crosscheck.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the Spark job for the command line: starts (or joins, under spark-submit) a Spark session,
 * runs {@link SparkPipeline} and writes the partitions.
 */
public final class SparkJob {
  private SparkJob() {}

  /**
   * Runs the job with {@code options} and prints one summary line to {@code out}.
   *
   * @return the number of stories
   */
  public static long run(SparkOptions options, PrintWriter out) throws IOException {
    SparkSession.Builder builder = SparkSession.builder().appName("crosscheck");
    if (options.master() != null) {
      builder.master(options.master());
      if (options.master().startsWith("local")) {
        builder.config("spark.ui.enabled", "false");
      }
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      SparkResult result =
          new SparkPipeline(sc, options.partitions())
              .run(options.inputs(), LocalDate.now(ZoneOffset.UTC));
      result.write(spark, options.output(), options.format());
      if (options.storiesJson()) {
        writeText(sc, options.output() + "/stories.json", result.storiesJson());
      }
      long stories = result.storyCount();
      out.printf("%d stories -> %s%n", stories, options.output());
      return stories;
    } finally {
      if (options.master() != null) {
        spark.stop();
      }
    }
  }

  private static void writeText(JavaSparkContext sc, String file, String text) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
    try (OutputStream stream = fs.create(path, true)) {
      stream.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
