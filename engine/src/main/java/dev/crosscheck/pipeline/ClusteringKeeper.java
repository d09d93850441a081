package dev.crosscheck.pipeline;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.ArticleLink;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.store.IndexedArticle;
import dev.crosscheck.store.LinkState;
import dev.crosscheck.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Takes a store's story clustering up again from its saved links ({@link Store#linkState}) instead
 * of scoring every stored article's candidates, and saves the links of the articles clustered since
 * ({@link Store#putLinks}). The saved rows of one generation hold every link among their articles,
 * each pair once, in the row of its greater id, so restoring them all gives the clustering that
 * linking would. Since a link can be removed later (a key they share turned hot, see {@link
 * IncrementalClusterer#unlinked}) and one to a new article can land in an old article's row, a save
 * rewrites the rows of every article whose links changed, not only those of the new articles.
 *
 * <p>Saving is a cache: a keeper saves only while its clusterer holds exactly the saved articles
 * plus those it linked itself, and stops when another process saved meanwhile; whatever is not
 * saved is linked again by the next process. Not thread-safe.
 */
final class ClusteringKeeper {
  /**
   * Saved links whose scores are checked against the clusterer when restoring: a scorer changed
   * without a new {@link LinkCodec#format} shows in the first few links, and then nothing is
   * restored.
   */
  static final int CHECKED_LINKS = 32;

  private final Store store;
  private final String format;
  private final LinkCodec codec = new LinkCodec();
  // The generation of saved links the clusterer matches, or -1 when this keeper does not save.
  private long generation = -1;

  /** A keeper of links in {@code format} ({@link LinkCodec#format}): others are not restored. */
  ClusteringKeeper(Store store, String format) {
    this.store = store;
    this.format = format;
  }

  /** A clusterer and the ids of the articles it was given back from saved links. */
  record Restored(IncrementalClusterer clusterer, Set<String> ids) {}

  /**
   * A new clusterer from {@code newClusterer} holding those of {@code articles} whose links are
   * saved, with their features from {@code features}. Nothing is restored when the saved links are
   * of another format, malformed, or scored otherwise than by the clusterer (the clusterer is then
   * a new one, empty).
   */
  Restored restore(
      Supplier<IncrementalClusterer> newClusterer,
      List<IndexedArticle> articles,
      Function<List<IndexedArticle>, List<ArticleFeatures>> features) {
    LinkState state = store.linkState();
    generation = state.generation();
    Set<String> known = new HashSet<>();
    articles.forEach(a -> known.add(a.id()));
    if (!known.containsAll(state.links().keySet())) {
      // Rows of articles this updater does not know: another process is saving; do not save.
      generation = -1;
    }
    if (!state.format().equals(format)) {
      return new Restored(newClusterer.get(), Set.of());
    }
    try {
      Map<String, List<ArticleLink>> saved = new TreeMap<>();
      state.links().forEach((id, bytes) -> saved.put(id, codec.decode(id, bytes)));
      Set<String> closed = closure(saved, known);
      if (closed.size() != saved.size()) {
        generation = -1;
      }
      List<IndexedArticle> restored =
          articles.stream().filter(a -> closed.contains(a.id())).toList();
      List<ArticleLink> links = new ArrayList<>();
      new TreeSet<>(closed).forEach(id -> links.addAll(saved.get(id)));
      IncrementalClusterer clusterer = newClusterer.get();
      clusterer.restore(features.apply(restored), links);
      return scoredAlike(clusterer, links)
          ? new Restored(clusterer, closed)
          : new Restored(newClusterer.get(), Set.of());
    } catch (IllegalArgumentException e) {
      // Malformed or overlapping rows: link everything again, which replaces them.
      return new Restored(newClusterer.get(), Set.of());
    }
  }

  /** Whether the first {@link #CHECKED_LINKS} links carry the scores the clusterer gives. */
  private static boolean scoredAlike(IncrementalClusterer clusterer, List<ArticleLink> links) {
    for (ArticleLink link : links.subList(0, Math.min(CHECKED_LINKS, links.size()))) {
      if (clusterer.score(link.article(), link.other()) != link.score()
          || link.score() < clusterer.linkThreshold()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The saved articles that {@code known} holds whose links name only such articles: removing one
   * may expose another, so it runs until nothing changes.
   */
  private static Set<String> closure(Map<String, List<ArticleLink>> saved, Set<String> known) {
    Set<String> closed = new HashSet<>(saved.keySet());
    closed.retainAll(known);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String id : List.copyOf(closed)) {
        for (ArticleLink link : saved.get(id)) {
          if (!closed.contains(link.other())) {
            closed.remove(id);
            changed = true;
            break;
          }
        }
      }
    }
    return closed;
  }

  /**
   * Saves the links of {@code fresh}, just added to {@code clusterer}, and of the articles whose
   * links that changed (linked to a fresh one, or {@link IncrementalClusterer#unlinked}), unless
   * this keeper stopped saving; stops when another process saved since this keeper's last restore
   * or save.
   */
  void save(IncrementalClusterer clusterer, Collection<String> fresh) {
    if (generation < 0 || fresh.isEmpty()) {
      return;
    }
    Set<String> changed = new TreeSet<>(fresh);
    changed.addAll(clusterer.unlinked());
    for (String id : fresh) {
      clusterer.links(id).forEach(link -> changed.add(link.other()));
    }
    Map<String, byte[]> rows = new LinkedHashMap<>();
    for (String id : changed) {
      List<ArticleLink> own = new ArrayList<>();
      for (ArticleLink link : clusterer.links(id)) {
        if (link.other().compareTo(id) < 0) {
          own.add(link);
        }
      }
      rows.put(id, codec.encode(own));
    }
    generation = store.putLinks(generation, format, rows) ? generation + 1 : -1;
  }
}
