package dev.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.ingest.ArticleRecords;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.pipeline.Extraction;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.JsonResultWriter;
import dev.crosscheck.similarity.AlignedPair;
import dev.crosscheck.similarity.ArticleComparer;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.Comparison;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck compare}: the relation of article pairs. Batch form: {@code --pairs IN.jsonl
 * --output OUT.jsonl}; two-file form: {@code compare A B}, printed for a person with the aligned
 * sentences side by side.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare article pairs: similarity, relation, equivalence.")
final class CompareCommand implements Callable<Integer> {
  /** Width of one column of the side-by-side view. */
  static final int COLUMN = 60;

  @Spec CommandSpec spec;

  @Option(
      names = "--pairs",
      paramLabel = "FILE.jsonl",
      description = "Lines of {\"id\", \"a\": {article}, \"b\": {article}}")
  Path pairs;

  @Option(names = "--output", paramLabel = "FILE.jsonl", description = "Where to write results")
  Path output;

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "Two article files to compare")
  List<Path> files;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  private final Pipeline pipeline = new Pipeline();
  private final ArticleComparer comparer = new ArticleComparer();

  @Override
  public Integer call() throws IOException {
    boolean twoFiles = files != null && !files.isEmpty();
    if (twoFiles == (pairs != null)) {
      throw new UsageException("give either --pairs FILE.jsonl --output FILE.jsonl, or two files");
    }
    return twoFiles ? compareFiles() : comparePairs();
  }

  private int comparePairs() throws IOException {
    if (output == null) {
      throw new UsageException("--output FILE.jsonl is required with --pairs");
    }
    if (!Files.isRegularFile(pairs)) {
      throw new UsageException("no such file: " + pairs);
    }
    Outputs.prepareFile(output);
    ObjectMapper mapper = new ObjectMapper();
    JsonResultWriter json = new JsonResultWriter();
    PrintWriter err = spec.commandLine().getErr();
    StringBuilder out = new StringBuilder();
    int lineNumber = 0;
    int compared = 0;
    int rejected = 0;
    try (BufferedReader reader = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String input = pairs + ":" + lineNumber;
        try {
          out.append(json.line(comparePair(mapper.readTree(line), input, json)));
          compared++;
        } catch (JsonProcessingException e) {
          // The original message only: Jackson's full message adds a second line with the location.
          err.println("rejected: " + input + ": invalid JSON: " + e.getOriginalMessage());
          rejected++;
        } catch (IllegalArgumentException e) {
          err.println("rejected: " + input + ": " + e.getMessage());
          rejected++;
        }
      }
    }
    Outputs.write(output, out.toString());
    spec.commandLine()
        .getOut()
        .printf(
            "%d pairs compared, %d rejected, %d embeddings computed, %d cross-encoder pairs scored"
                + " -> %s%n",
            compared,
            rejected,
            comparer.embedder().computed(),
            comparer.crossEncoderPairs(),
            output);
    return 0;
  }

  private ObjectNode comparePair(JsonNode node, String input, JsonResultWriter json) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected an object {\"id\", \"a\", \"b\"}");
    }
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new IllegalArgumentException("missing field 'id'");
    }
    Article a = article(node.get("a"), input, "a");
    Article b = article(node.get("b"), input, "b");
    Comparison c = comparer.compare(a, b);
    ObjectNode result = json.object();
    result.put("id", id.asText());
    result.put("similarity", Math.round(c.similarity() * 10000) / 10000.0);
    result.put("relation", c.relation().label());
    result.put("equivalent", c.equivalent());
    return result;
  }

  private Article article(JsonNode node, String input, String field) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("field '" + field + "' must be an article object");
    }
    ArticleRecords.Result read = ArticleRecords.read(input + ":" + field, node);
    Optional<RawDocument> document = read.document();
    if (document.isEmpty()) {
      throw new IllegalArgumentException("field '" + field + "': " + read.reason());
    }
    return pipeline.extract(document.get());
  }

  private int compareFiles() {
    if (files.size() != 2) {
      throw new UsageException("compare needs exactly two files, got " + files.size());
    }
    Extraction extraction = pipeline.extract(files);
    if (extraction.articles().size() != 2) {
      extraction
          .rejected()
          .forEach(
              r ->
                  spec.commandLine()
                      .getErr()
                      .println("rejected: " + r.input() + ": " + r.reason()));
      throw new UsageException(
          "compare needs two readable articles, got " + extraction.articles().size());
    }
    Article a = extraction.articles().get(0);
    Article b = extraction.articles().get(1);
    ArticleProfile profileA = comparer.profile(a);
    ArticleProfile profileB = comparer.profile(b);
    Comparison c = comparer.compare(profileA, profileB);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s  vs  %s%n", a.id(), b.id());
    // Locale.ROOT: the numbers read the same whatever the user's locale (tr-TR would print 1,000).
    out.printf(
        Locale.ROOT,
        "similarity %.3f, relation %s, equivalent %s%n",
        c.similarity(),
        c.relation().label(),
        c.equivalent());
    out.printf(
        Locale.ROOT,
        "aligned sentences: %d of %d (%s) and %d (%s), %.0f%% in order%n",
        c.alignment().pairs().size(),
        c.alignment().leftSentences(),
        a.id(),
        c.alignment().rightSentences(),
        b.id(),
        100 * c.alignment().orderPreserved());
    out.printf(
        Locale.ROOT,
        "containment: %.0f%% of %s in %s, %.0f%% of %s in %s; changed %d, dropped %d, added %d;"
            + " %d embeddings computed%n%n",
        100 * c.alignment().leftContainment(),
        a.id(),
        b.id(),
        100 * c.alignment().rightContainment(),
        b.id(),
        a.id(),
        c.alignment().changed().size(),
        c.alignment().dropped().size(),
        c.alignment().added().size(),
        comparer.embedder().computed());
    List<Sentence> left = profileA.article().sentences();
    List<Sentence> right = profileB.article().sentences();
    for (AlignedPair pair : c.alignment().pairs()) {
      out.printf(
          Locale.ROOT,
          "[%s%s %.2f]%n",
          pair.kind().name().toLowerCase(Locale.ROOT),
          pair.semantic() ? " (semantic)" : "",
          pair.score());
      SideBySide.print(out, left.get(pair.left()).text(), right.get(pair.right()).text(), COLUMN);
    }
    return 0;
  }
}
