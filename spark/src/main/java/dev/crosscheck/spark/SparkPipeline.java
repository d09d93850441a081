package dev.crosscheck.spark;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.model.Article;
import dev.crosscheck.pipeline.ExtractedDocument;
import dev.crosscheck.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Runs the main job on Spark. The stages, in order (each one the engine's own code):
 *
 * <ol>
 *   <li>read ({@link InputLister}, {@link DocumentSource}, {@link ParquetSource}): files on any
 *       Hadoop file system to raw documents, one task per file (Parquet: per split), then spread
 *       over the partitions; repeated ids rejected as in the embedded run (the first in input order
 *       wins);
 *   <li>extract (map): {@code Pipeline.extractOrReject};
 *   <li>document frequencies (map, then a reduce on terms, broadcast): the run-wide term weights of
 *       lineage and claims;
 *   <li>fingerprint (map): the clusterer's features, index keys and LSH band keys;
 *   <li>candidates and links ({@link CandidateFinder}, {@link Linker}): shuffles on index keys and
 *       band keys, then the engine's link score;
 *   <li>components ({@link ComponentFinder}) and stories ({@link StoryMaker}): the engine's
 *       clusterer per component;
 *   <li>story numbers: a sort on the embedded order; then lineage, claims and brief per story.
 * </ol>
 *
 * The result equals the embedded run's on the same inputs and {@code today}.
 */
public final class SparkPipeline {
  private final JavaSparkContext sc;
  private final int partitions;

  /**
   * @param partitions partitions of the shuffles; 0 for the context's default parallelism
   */
  public SparkPipeline(JavaSparkContext sc, int partitions) {
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions (" + partitions + ") must be >= 0");
    }
    this.sc = sc;
    this.partitions = partitions == 0 ? Math.max(1, sc.defaultParallelism()) : partitions;
  }

  /**
   * Runs the job on {@code inputs} (files or folders, any Hadoop path); dates after {@code today}
   * are not publication days, as in the embedded run.
   */
  public SparkResult run(List<String> inputs, LocalDate today) {
    InputLister.Listing listing = new InputLister(sc.hadoopConfiguration()).list(inputs);
    // Spread over the partitions once: documents and reading's rejections both come from it,
    // so no file is read twice.
    JavaRDD<ReadItem> read = read(listing.files()).repartition(partitions);
    JavaRDD<ArticleRow> documents = read.filter(i -> i.document() != null).map(ReadItem::document);
    documents.persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, FirstSeen> duplicated = duplicates(documents);
    Broadcast<Map<String, FirstSeen>> firsts = sc.broadcast(duplicated);
    JavaRDD<ReadItem> deduplicated = documents.map(d -> firstOnly(d, firsts.value()));
    JavaRDD<ReadItem> extracted =
        deduplicated
            .map(i -> i.document() == null ? i : extract(i.document()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<RejectionRow> rejected =
        sc.parallelize(listing.rejected(), 1)
            .union(read.filter(i -> i.rejection() != null).map(ReadItem::rejection))
            .union(extracted.filter(i -> i.rejection() != null).map(ReadItem::rejection));
    JavaRDD<ArticleRow> articles =
        extracted.filter(i -> i.document() != null).map(ReadItem::document);
    return new SparkResult(stories(articles, today), rejected);
  }

  private JavaRDD<ReadItem> read(List<InputFile> all) {
    List<InputFile> parquet = all.stream().filter(ParquetSource::accepts).toList();
    List<InputFile> files = all.stream().filter(f -> !ParquetSource.accepts(f)).toList();
    JavaRDD<ReadItem> read = readFiles(files);
    if (parquet.isEmpty()) {
      return read;
    }
    SparkSession spark = SparkSession.builder().sparkContext(sc.sc()).getOrCreate();
    return read.union(new ParquetSource().read(spark, parquet));
  }

  private JavaRDD<ReadItem> readFiles(List<InputFile> files) {
    if (files.isEmpty()) {
      return sc.emptyRDD();
    }
    Map<String, InputFile> byUri = new HashMap<>();
    files.forEach(f -> byUri.put(f.uri(), f));
    Broadcast<Map<String, InputFile>> named = sc.broadcast(byUri);
    String paths = String.join(",", files.stream().map(InputFile::uri).toList());
    JavaPairRDD<String, PortableDataStream> streams = sc.binaryFiles(paths, partitions);
    return streams.flatMap(
        s -> {
          InputFile file = named.value().get(s._1());
          if (file == null) {
            throw new IllegalStateException("file not listed: " + s._1());
          }
          PortableDataStream stream = s._2();
          long size = sizeOf(stream);
          return new DocumentSource().read(file, size, () -> open(stream)).iterator();
        });
  }

  private static long sizeOf(PortableDataStream stream) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(stream.getPath());
      return path.getFileSystem(stream.getConfiguration()).getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(PortableDataStream stream) {
    return stream.open();
  }

  /** For each id read more than once, its first reading (by input order). */
  private static Map<String, FirstSeen> duplicates(JavaRDD<ArticleRow> documents) {
    List<String> repeated =
        documents
            .mapToPair(d -> new Tuple2<>(d.id(), 1))
            .reduceByKey(Integer::sum)
            .filter(c -> c._2() > 1)
            .keys()
            .collect();
    if (repeated.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = Set.copyOf(repeated);
    Map<String, FirstSeen> firsts = new HashMap<>();
    for (ArticleRow d : documents.filter(d -> ids.contains(d.id())).collect()) {
      firsts.merge(
          d.id(),
          new FirstSeen(d.order(), d.input()),
          (a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b);
    }
    return new HashMap<>(firsts);
  }

  /** Where an id was first read. */
  private record FirstSeen(Order order, String input) implements java.io.Serializable {}

  private static ReadItem firstOnly(ArticleRow d, Map<String, FirstSeen> firsts) {
    FirstSeen first = firsts.get(d.id());
    if (first == null || first.order().equals(d.order())) {
      return new ReadItem(d, null);
    }
    String reason = "duplicate article id '" + d.id() + "' (first seen in " + first.input() + ")";
    return new ReadItem(null, new RejectionRow(d.order(), d.input(), reason));
  }

  private static ReadItem extract(ArticleRow raw) {
    ExtractedDocument extracted = Engine.pipeline().extractOrReject(raw.document());
    if (extracted.accepted()) {
      return new ReadItem(ArticleRow.of(raw.order(), extracted.article()), null);
    }
    return new ReadItem(
        null,
        new RejectionRow(
            raw.order().extracted(),
            extracted.rejection().input(),
            extracted.rejection().reason()));
  }

  private JavaPairRDD<StoryKey, Tuple2<String, List<Tuple2<Order, String>>>> stories(
      JavaRDD<ArticleRow> articles, LocalDate today) {
    HashPartitioner byId = new HashPartitioner(partitions);
    JavaPairRDD<String, ArticleRow> articlesById =
        articles.mapToPair(a -> new Tuple2<>(a.id(), a)).partitionBy(byId);
    articlesById.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, FeatureRow> features =
        articlesById.mapValues(a -> fingerprint(a.article(), today));
    features.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Integer, FeatureRow> byIndex = numbered(features);
    Broadcast<long[]> hot =
        sc.broadcast(
            CandidateFinder.hotGroups(byIndex, IncrementalClusterer.DEFAULT_HOT_KEY_POSTINGS));
    JavaRDD<Long> candidates = new CandidateFinder(hot).candidates(byIndex, partitions);
    JavaPairRDD<String, String> links = new Linker().links(candidates, byIndex);
    JavaPairRDD<String, String> labels = new ComponentFinder().components(links, partitions);
    StoryMaker maker = new StoryMaker(today, hot);
    JavaPairRDD<StoryKey, StoryMembers> clustered =
        articlesById
            .join(features)
            .leftOuterJoin(labels)
            .mapToPair(a -> new Tuple2<>(a._2()._2().orElse(a._1()), a._2()._1()))
            .groupByKey(partitions)
            .flatMapToPair(c -> maker.cluster(c._2()).iterator());
    return clustered
        .sortByKey(true, partitions)
        .zipWithIndex()
        .mapToPair(
            s ->
                new Tuple2<>(
                    s._1()._1(), StoryMaker.summarize(Pipeline.storyId(s._2() + 1), s._1()._2())));
  }

  /**
   * The features under int indexes ({@code position × partitions + partition}: unique without a
   * count), partitioned by index for the pair joins.
   */
  private JavaPairRDD<Integer, FeatureRow> numbered(JavaPairRDD<String, FeatureRow> features) {
    int n = features.getNumPartitions();
    JavaRDD<Tuple2<Integer, FeatureRow>> numbered =
        features.mapPartitionsWithIndex(
            (partition, rows) -> {
              List<Tuple2<Integer, FeatureRow>> out = new ArrayList<>();
              long position = 0;
              while (rows.hasNext()) {
                out.add(
                    new Tuple2<>(Math.toIntExact(position++ * n + partition), rows.next()._2()));
              }
              return out.iterator();
            },
            false);
    JavaPairRDD<Integer, FeatureRow> byIndex =
        JavaPairRDD.fromJavaRDD(numbered).partitionBy(new HashPartitioner(partitions));
    return byIndex.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static FeatureRow fingerprint(Article article, LocalDate today) {
    ArticleFeatures f = Engine.features(today).extract(article);
    return FeatureRow.of(f, Engine.lsh().bandKeys(f.signature()));
  }
}
