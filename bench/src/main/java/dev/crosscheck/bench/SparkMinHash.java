package dev.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark MLlib baseline: the same texts through Spark's own pipeline in local mode on one core —
 * {@code RegexTokenizer}, word 3-grams ({@code NGram}), binary {@code HashingTF} into 2^20
 * features, {@code MinHashLSH} with {@link #HASH_TABLES} tables ({@link #hash}) — and, in {@link
 * #join}, a self similarity join (Jaccard distance at most {@link #MAX_DISTANCE}) for the
 * candidates. Spark's MinHashLSH has no AND-bands: each table is one MinHash value and any shared
 * value makes a candidate, so on texts sharing common phrases the join's candidate pairs grow
 * quadratically (5,000 of the benchmark's texts ran out of a 3.4 GB heap after 4 minutes); the
 * table therefore times {@link #hash}, the fingerprinting alone, which flatters Spark.
 */
final class SparkMinHash implements AutoCloseable {
  /** Hash tables: as many as our LSH bands. */
  static final int HASH_TABLES = 32;

  /** Jaccard distance up to which the similarity join reports a pair. */
  static final double MAX_DISTANCE = 0.7;

  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.IntegerType, false)
          .add("text", DataTypes.StringType, false);

  private final SparkSession spark;

  SparkMinHash() {
    spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("crosscheck-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.log.level", "ERROR")
            .config("spark.sql.shuffle.partitions", "1")
            .config("spark.default.parallelism", "1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  /** Fingerprints {@code texts} (every hash computed); returns a checksum. */
  long hash(List<String> texts) {
    Dataset<Row> documents = documents(texts);
    PipelineModel model = pipeline().fit(documents);
    Row sum =
        model
            .transform(documents)
            .agg(functions.sum(functions.size(functions.col("hashes"))))
            .first();
    return sum.getLong(0);
  }

  /** Fingerprints, indexes and joins {@code texts}; returns the number of candidate pairs. */
  long join(List<String> texts) {
    Dataset<Row> documents = documents(texts);
    PipelineModel model = pipeline().fit(documents);
    Dataset<Row> hashed = model.transform(documents).cache();
    MinHashLSHModel lsh = (MinHashLSHModel) model.stages()[3];
    long pairs = lsh.approxSimilarityJoin(hashed, hashed, MAX_DISTANCE, "distance").count();
    hashed.unpersist();
    return pairs;
  }

  private Dataset<Row> documents(List<String> texts) {
    List<Row> rows = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create(i, texts.get(i)));
    }
    return spark.createDataFrame(rows, SCHEMA).repartition(1);
  }

  private static Pipeline pipeline() {
    return new Pipeline()
        .setStages(
            new PipelineStage[] {
              new RegexTokenizer()
                  .setInputCol("text")
                  .setOutputCol("tokens")
                  .setPattern("[^\\p{L}\\p{N}]+"),
              new NGram().setN(3).setInputCol("tokens").setOutputCol("shingles"),
              new HashingTF()
                  .setBinary(true)
                  .setNumFeatures(1 << 20)
                  .setInputCol("shingles")
                  .setOutputCol("features"),
              new MinHashLSH()
                  .setNumHashTables(HASH_TABLES)
                  .setSeed(42)
                  .setInputCol("features")
                  .setOutputCol("hashes")
            });
  }

  @Override
  public void close() {
    spark.stop();
  }
}
