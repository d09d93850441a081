package dev.crosscheck.cli;

import dev.crosscheck.eval.pairs.EquivalenceFit;
import dev.crosscheck.eval.pairs.GoldScale;
import dev.crosscheck.eval.pairs.LogisticFitter;
import dev.crosscheck.eval.pairs.PairSet;
import dev.crosscheck.eval.pairs.PairSetReader;
import dev.crosscheck.eval.pairs.PairsEvaluator;
import dev.crosscheck.eval.pairs.PairsReport;
import dev.crosscheck.eval.pairs.PairsRow;
import dev.crosscheck.similarity.ArticleComparer;
import dev.crosscheck.similarity.EquivalenceJudge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval pairs --data DIR}: {@code compare} against pair data sets; DIR is one set
 * (with {@code pairs.jsonl} and {@code gold.tsv}) or a folder of sets.
 */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description =
        "Accuracy/F1 of 'equivalent' against binary gold, Pearson/Spearman of 'similarity'"
            + " against graded gold, per set.")
final class EvalPairsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions options;

  @Option(
      names = "--cv",
      description =
          "Also refit the equivalence judge with 5-fold cross-validation on each binary set and"
              + " print its held-out accuracy/F1.")
  boolean crossValidate;

  @Option(
      names = "--fit-judge",
      paramLabel = "FILE",
      description =
          "Also fit the equivalence judge on each binary set and write its weights to FILE (the"
              + " format of the engine's equivalence-judge.tsv; with several binary sets, the last"
              + " one's).")
  Path fitJudge;

  @Override
  public Integer call() throws IOException {
    Path data = options.folder();
    PairSetReader reader = new PairSetReader();
    List<Path> sets = reader.find(data);
    if (sets.isEmpty()) {
      throw new UsageException("no pair set (pairs.jsonl with gold.tsv) in " + data);
    }
    ArticleComparer comparer = new ArticleComparer();
    PairsEvaluator evaluator = new PairsEvaluator(comparer);
    List<PairsRow> rows = new ArrayList<>();
    List<String> heldOut = new ArrayList<>();
    for (Path dir : sets) {
      PairSet set = reader.read(dir);
      if (set.rejected() > 0) {
        spec.commandLine()
            .getErr()
            .println("rejected: " + set.rejected() + " unreadable pairs in " + dir);
      }
      rows.addAll(evaluator.evaluate(set));
      if (crossValidate && set.scale() == GoldScale.BINARY) {
        LogisticFitter.CrossValidation cv = new EquivalenceFit(comparer).crossValidate(set);
        heldOut.add(
            String.format(
                Locale.ROOT,
                "%s: held-out accuracy %.3f, F1 %.3f (%d-fold cross-validation, judge refit per"
                    + " fold)",
                set.name(),
                cv.accuracy(),
                cv.f1(),
                cv.folds()));
        for (LogisticFitter.FoldScore fold : cv.perFold()) {
          heldOut.add(
              String.format(
                  Locale.ROOT,
                  "%s: fold %d (%d pairs): held-out accuracy %.4f, F1 %.4f",
                  set.name(),
                  fold.fold(),
                  fold.rows(),
                  fold.accuracy(),
                  fold.f1()));
        }
      }
      if (fitJudge != null && set.scale() == GoldScale.BINARY) {
        writeJudge(new EquivalenceFit(comparer), set);
      }
    }
    PairsReport report = new PairsReport(rows, comparer.embedder().computed());
    spec.commandLine().getOut().print(report.table());
    heldOut.forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private void writeJudge(EquivalenceFit fit, PairSet set) throws IOException {
    EquivalenceJudge judge = fit.judge(set);
    String comment =
        String.format(
            Locale.ROOT,
            "EquivalenceJudge weights: logistic regression over ShortPairFeatures, L2 %s,"
                + " fitted on %s (%d pairs)%nby: crosscheck eval pairs --data DIR --fit-judge FILE",
            EquivalenceFit.L2,
            set.name(),
            set.pairs().size());
    Files.writeString(fitJudge, judge.text(comment), StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("wrote equivalence judge weights to " + fitJudge);
  }
}
