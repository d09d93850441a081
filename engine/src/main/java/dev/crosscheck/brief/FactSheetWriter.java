package dev.crosscheck.brief;

import dev.crosscheck.cluster.EntityFinder;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.FactSheet;
import dev.crosscheck.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a story's fact sheet from its articles: who (names with the role an article writes beside
 * them), what (the story's title, else its brief's or claims' first sentence), where (names used as
 * places) and when (the days the articles name, and the publication span). A name counts once per
 * article; a name needs at least half the story's articles to be key. A surname alone ("Sanders")
 * is counted with the full name it ends ("Bernie Sanders"). Thread-safe.
 */
public final class FactSheetWriter {
  /** People and organisations listed at most. */
  public static final int DEFAULT_WHO = 6;

  /** Places listed at most. */
  public static final int DEFAULT_WHERE = 4;

  /** Event days listed at most. */
  public static final int DEFAULT_DAYS = 3;

  private final MentionFinder finder;
  private final DayFinder dayFinder = new DayFinder();

  /** A writer with the default {@link CapitalizedMentionFinder}. */
  public FactSheetWriter() {
    this(new CapitalizedMentionFinder());
  }

  /**
   * @param finder the recognizer of names
   */
  public FactSheetWriter(MentionFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /** A name's tally over a story's articles. */
  private static final class Tally {
    String written;
    final Set<String> articles = new HashSet<>();
    int mentions;
    int places;
    final Map<String, Integer> roles = new LinkedHashMap<>();
    final int order;

    Tally(String written, int order) {
      this.written = written;
      this.order = order;
    }

    void add(String article, Mention m) {
      articles.add(article);
      mentions++;
      places += m.place() ? 1 : 0;
      if (m.role() != null) {
        roles.merge(m.role(), 1, Integer::sum);
      }
    }

    boolean place() {
      return roles.isEmpty() && places > 0 && 2 * places >= mentions;
    }

    String role() {
      return roles.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    }
  }

  /**
   * The fact sheet of {@code story}.
   *
   * @param articles the story's articles (others are ignored); may be empty
   */
  public FactSheet write(Story story, List<Article> articles) {
    Set<String> members = new HashSet<>(story.articles());
    List<Article> own =
        articles.stream()
            .filter(a -> members.isEmpty() || members.contains(a.id()))
            .sorted(Comparator.comparing(Article::id))
            .toList();
    List<Tally> names = merged(tallies(own));
    int needed = Math.max(1, (own.size() + 1) / 2);
    List<Tally> key =
        names.stream()
            .filter(t -> t.articles.size() >= needed)
            .sorted(
                Comparator.comparingInt((Tally t) -> -t.articles.size())
                    .thenComparingInt(t -> -t.mentions)
                    .thenComparingInt(t -> t.order))
            .toList();
    List<FactSheet.Actor> who =
        key.stream()
            .filter(t -> !t.place())
            .limit(DEFAULT_WHO)
            .map(t -> new FactSheet.Actor(t.written, t.role()))
            .toList();
    List<String> where =
        key.stream().filter(Tally::place).limit(DEFAULT_WHERE).map(t -> t.written).toList();
    return new FactSheet(who, what(story), where, when(story, own));
  }

  private Map<String, Tally> tallies(List<Article> articles) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Article a : articles) {
      List<Mention> mentions = new ArrayList<>();
      if (!EntityFinder.isTitleCase(a.title())) {
        mentions.addAll(finder.find(a.title()));
      }
      mentions.addAll(finder.find(a.text()));
      for (Mention m : mentions) {
        tallies
            .computeIfAbsent(
                m.name().toLowerCase(Locale.ROOT), k -> new Tally(m.name(), tallies.size()))
            .add(a.id(), m);
      }
    }
    return tallies;
  }

  /** The tallies with each lone surname folded into the one longer name it ends. */
  private static List<Tally> merged(Map<String, Tally> tallies) {
    List<Tally> kept = new ArrayList<>();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      String name = e.getKey();
      List<Tally> longer =
          tallies.entrySet().stream()
              .filter(o -> !name.contains(" ") && o.getKey().endsWith(" " + name))
              .map(Map.Entry::getValue)
              .toList();
      if (longer.size() == 1) {
        Tally full = longer.get(0);
        Tally part = e.getValue();
        full.articles.addAll(part.articles);
        full.mentions += part.mentions;
        full.places += part.places;
        part.roles.forEach((r, n) -> full.roles.merge(r, n, Integer::sum));
      } else {
        kept.add(e.getValue());
      }
    }
    return kept;
  }

  private static String what(Story story) {
    if (story.title() != null && !story.title().isBlank()) {
      return story.title().strip();
    }
    if (!story.brief().isEmpty()) {
      return story.brief().get(0).text().strip();
    }
    return story.claims().isEmpty() ? null : story.claims().get(0).text().strip();
  }

  private FactSheet.When when(Story story, List<Article> articles) {
    Map<LocalDate, Set<String>> dates = new HashMap<>();
    Map<String, Set<String>> mentions = new LinkedHashMap<>();
    Map<String, String> written = new HashMap<>();
    for (Article a : articles) {
      Optional<LocalDate> published = a.publishedDate();
      for (DayFinder.Day day : dayFinder.find(a.text(), published)) {
        if (day.date() != null) {
          dates.computeIfAbsent(day.date(), d -> new HashSet<>()).add(a.id());
        }
        if (!day.written().matches(".*\\d.*")) {
          String k = day.written().toLowerCase(Locale.ROOT);
          written.putIfAbsent(k, capitalized(k));
          mentions.computeIfAbsent(k, x -> new HashSet<>()).add(a.id());
        }
      }
    }
    List<String> days =
        dates.keySet().stream()
            .sorted(
                Comparator.comparingInt((LocalDate d) -> -dates.get(d).size())
                    .thenComparing(Comparator.naturalOrder()))
            .limit(DEFAULT_DAYS)
            .sorted()
            .map(LocalDate::toString)
            .toList();
    List<String> named =
        mentions.keySet().stream()
            .sorted(Comparator.comparingInt((String k) -> -mentions.get(k).size()))
            .limit(DEFAULT_DAYS)
            .map(written::get)
            .toList();
    List<LocalDate> published =
        articles.stream().map(Article::publishedDate).flatMap(Optional::stream).sorted().toList();
    String first = story.first() != null ? story.first() : day(published, 0);
    String last = story.last() != null ? story.last() : day(published, published.size() - 1);
    return new FactSheet.When(days, named, first, last);
  }

  private static String day(List<LocalDate> days, int index) {
    return days.isEmpty() ? null : days.get(index).toString();
  }

  private static String capitalized(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
