package dev.crosscheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * What the Spark job produces, lazily: stories in the embedded order, articles and rejections in
 * input order, each as the JSON objects of {@code stories.json} (articles with their text, as in
 * {@code articles.jsonl}).
 */
public final class SparkResult {
  /** How the partitions are written. */
  public enum Format {
    JSONL,
    PARQUET
  }

  private final JavaPairRDD<StoryKey, Tuple2<String, List<Tuple2<Order, String>>>> stories;
  private final JavaRDD<RejectionRow> rejected;

  SparkResult(
      JavaPairRDD<StoryKey, Tuple2<String, List<Tuple2<Order, String>>>> stories,
      JavaRDD<RejectionRow> rejected) {
    this.stories = stories.persist(StorageLevel.MEMORY_AND_DISK());
    this.rejected = rejected;
  }

  /** One JSON object per story, in story order. */
  public JavaRDD<String> storyLines() {
    return stories.map(s -> s._2()._1());
  }

  /** One JSON object per article (with {@code text}), in input order. */
  public JavaRDD<String> articleLines() {
    return stories
        .flatMapToPair(s -> s._2()._2().iterator())
        .sortByKey(true, Math.max(1, stories.getNumPartitions()))
        .values();
  }

  /** One JSON object ({@code input}, {@code reason}) per rejected input, in input order. */
  public JavaRDD<String> rejectionLines() {
    return rejected
        .mapToPair(r -> new Tuple2<>(r.order(), r))
        .sortByKey(true, 1)
        .values()
        .map(r -> rejectionLine(r));
  }

  private static String rejectionLine(RejectionRow r) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("input", r.input()).put("reason", r.reason());
    return mapper.writeValueAsString(node);
  }

  /**
   * Writes {@code stories/}, {@code articles/} and {@code rejected/} under {@code output} (any
   * Hadoop path), replacing them: JSON Lines partitions or Parquet.
   */
  public void write(SparkSession spark, String output, Format format) {
    write(spark, storyLines(), output + "/stories", format, "id", "title");
    write(spark, articleLines(), output + "/articles", format, "id", "input");
    write(spark, rejectionLines(), output + "/rejected", format, "input", "reason");
  }

  private static void write(
      SparkSession spark, JavaRDD<String> lines, String path, Format format, String... fields) {
    Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING());
    if (format == Format.PARQUET) {
      Dataset<Row> rows = spark.read().json(json);
      if (rows.schema().isEmpty()) {
        // Nothing to infer a schema from; Parquet needs one: the leading fields, as strings.
        StructType schema = new StructType();
        for (String field : fields) {
          schema = schema.add(field, DataTypes.StringType);
        }
        rows = spark.createDataFrame(List.<Row>of(), schema);
      }
      rows.write().mode(SaveMode.Overwrite).parquet(path);
    } else {
      json.write().mode(SaveMode.Overwrite).text(path);
    }
  }

  /**
   * The whole {@code stories.json} of the command-line contract, assembled on the driver: byte for
   * byte what the embedded run writes. For runs that fit in the driver's memory.
   */
  public String storiesJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    try {
      ArrayNode articles = root.putArray("articles");
      for (String line : articleLines().collect()) {
        ObjectNode article = (ObjectNode) mapper.readTree(line);
        article.remove("text");
        articles.add(article);
      }
      ArrayNode storyArray = root.putArray("stories");
      for (String line : storyLines().collect()) {
        storyArray.add(mapper.readTree(line));
      }
      ArrayNode rejections = root.putArray("rejected");
      for (String line : rejectionLines().collect()) {
        rejections.add(mapper.readTree(line));
      }
      return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of stories. */
  public long storyCount() {
    return stories.count();
  }
}
