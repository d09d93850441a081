package dev.crosscheck.cli;

import dev.crosscheck.eval.pairs.CrossEncoderLogits;
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
  /** Printed before figures whose cross-encoder feature is the shipped model's own. */
  static final String IN_SAMPLE_CAUTION =
      "caution: the cross-encoder feature comes from the shipped model, in-sample on the set it"
          + " was trained on (MSRP train): figures there are optimistic; give"
          + " --cross-encoder-logits FILE with out-of-fold logits";

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

  @Option(
      names = "--cross-encoder-logits",
      paramLabel = "FILE",
      description =
          "With --cv or --fit-judge: the cross-encoder's out-of-fold logits on the set (TSV"
              + " id<TAB>fold<TAB>logit, the folds of the judge's own 5-fold deal), used instead of"
              + " the shipped cross-encoder's, which are in-sample on the set it was trained on.")
  Path crossEncoderLogits;

  @Override
  public Integer call() throws IOException {
    Path data = options.folder();
    CrossEncoderLogits logits = readLogits();
    PairSetReader reader = new PairSetReader();
    List<Path> sets = reader.find(data);
    if (sets.isEmpty()) {
      throw new UsageException("no pair set (pairs.jsonl with gold.tsv) in " + data);
    }
    ArticleComparer comparer = new ArticleComparer();
    PairsEvaluator evaluator = new PairsEvaluator(comparer);
    EquivalenceFit fit =
        logits == null ? new EquivalenceFit(comparer) : new EquivalenceFit(comparer, logits);
    boolean inSample = logits == null && comparer.scorer().isPresent();
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
        if (inSample) {
          heldOut.add(IN_SAMPLE_CAUTION);
        }
        LogisticFitter.CrossValidation cv = fit.crossValidate(set);
        int covered = cv.perFold().stream().mapToInt(LogisticFitter.FoldScore::rows).sum();
        heldOut.add(
            String.format(
                Locale.ROOT,
                "%s: held-out accuracy %.3f, F1 %.3f (%d-fold cross-validation, judge refit per"
                    + " fold%s)",
                set.name(),
                cv.accuracy(),
                cv.f1(),
                cv.folds(),
                coverage(cv, covered, set.pairs().size())));
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
        if (inSample) {
          spec.commandLine().getErr().println(IN_SAMPLE_CAUTION);
        }
        writeJudge(fit, set);
      }
    }
    PairsReport report = new PairsReport(rows, comparer.embedder().computed());
    spec.commandLine().getOut().print(report.table());
    spec.commandLine()
        .getOut()
        .println("cross-encoder pairs scored: " + comparer.crossEncoderPairs());
    heldOut.forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The cross-encoder logits file, read, or null without the option. */
  private CrossEncoderLogits readLogits() throws IOException {
    if (crossEncoderLogits == null) {
      return null;
    }
    if (!crossValidate && fitJudge == null) {
      throw new UsageException("--cross-encoder-logits is used by --cv and --fit-judge; give one");
    }
    if (!Files.isRegularFile(crossEncoderLogits)) {
      throw new UsageException("no such file: " + crossEncoderLogits);
    }
    return CrossEncoderLogits.read(crossEncoderLogits);
  }

  /** What a cross-validation on some folds only says after its figures; empty on all pairs. */
  private static String coverage(LogisticFitter.CrossValidation cv, int covered, int pairs) {
    if (covered == pairs) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        ", on folds %s of %d only: %d of %d pairs, as far as the cross-encoder logits go",
        cv.perFold().stream().map(f -> String.valueOf(f.fold())).toList(),
        LogisticFitter.DEFAULT_FOLDS,
        covered,
        pairs);
  }

  private void writeJudge(EquivalenceFit fit, PairSet set) throws IOException {
    EquivalenceJudge judge = fit.judge(set);
    String comment =
        String.format(
            Locale.ROOT,
            "EquivalenceJudge weights: logistic regression over ShortPairFeatures, L2 %s on"
                + " standardized features, fitted on %s (%d pairs)%s%nby: crosscheck eval pairs --data DIR%s --fit-judge"
                + " FILE",
            EquivalenceFit.L2,
            set.name(),
            set.pairs().size(),
            fit.stacked()
                ? ", cross-encoder feature from out-of-fold logits "
                    + crossEncoderLogits.getFileName()
                : "",
            fit.stacked() ? " --cross-encoder-logits FILE" : "");
    Files.writeString(fitJudge, judge.text(comment), StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("wrote equivalence judge weights to " + fitJudge);
  }
}
