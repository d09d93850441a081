package dev.crosscheck.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.ingest.ArticleRecords;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads Parquet files of articles: one row per article with the fields of the JSON Lines input
 * ({@code id}, {@code text} or {@code html}, optional {@code title}, {@code source}, {@code url},
 * {@code published}, {@code language}; other columns ignored), each row checked as a JSON Lines
 * record is. A row's input is {@code path:row} (rows counted from 1), like a JSON Lines line.
 */
final class ParquetSource {
  /** The columns read when present. */
  static final List<String> FIELDS =
      List.of("id", "title", "text", "html", "source", "url", "published", "language");

  private static final String FILE = "__crosscheck_file";
  private static final String ROW = "__crosscheck_row";

  /** Whether {@code file} is read as Parquet: by its extension. */
  static boolean accepts(InputFile file) {
    return file.display().endsWith(".parquet");
  }

  JavaRDD<ReadItem> read(SparkSession spark, List<InputFile> files) {
    Map<String, InputFile> byUri = new HashMap<>();
    files.forEach(f -> byUri.put(f.uri(), f));
    Broadcast<Map<String, InputFile>> named =
        new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).broadcast(byUri);
    var rows =
        spark
            .read()
            .parquet(files.stream().map(InputFile::uri).toArray(String[]::new))
            .withColumn(FILE, functions.col("_metadata.file_path"))
            .withColumn(ROW, functions.col("_metadata.row_index"));
    Set<String> columns = Set.copyOf(Arrays.asList(rows.columns()));
    List<String> present = FIELDS.stream().filter(columns::contains).toList();
    return rows.javaRDD().map(row -> item(row, present, named.value()));
  }

  private static ReadItem item(Row row, List<String> present, Map<String, InputFile> files) {
    String uri = row.getAs(FILE);
    InputFile file = files.get(new org.apache.hadoop.fs.Path(uri).toString());
    if (file == null) {
      file = files.get(uri);
    }
    if (file == null) {
      throw new IllegalStateException("file not listed: " + uri);
    }
    long number = ((Number) row.getAs(ROW)).longValue() + 1;
    String input = file.display() + ":" + number;
    Order order = new Order(0, file.input(), file.display(), number);
    ObjectNode node = new ObjectMapper().createObjectNode();
    for (String field : present) {
      Object value = row.getAs(field);
      if (value != null) {
        node.put(
            field,
            value instanceof java.sql.Timestamp t ? t.toInstant().toString() : value.toString());
      }
    }
    ArticleRecords.Result result = ArticleRecords.read(input, node);
    if (result.document().isPresent()) {
      return new ReadItem(ArticleRow.of(order, result.document().get()), null);
    }
    return new ReadItem(null, new RejectionRow(order, input, result.reason()));
  }
}
