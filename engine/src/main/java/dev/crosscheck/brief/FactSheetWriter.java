package dev.crosscheck.brief;

import dev.crosscheck.cluster.EntityFinder;
import dev.crosscheck.entities.EntityKind;
import dev.crosscheck.entities.EntityRecognizer;
import dev.crosscheck.entities.Mention;
import dev.crosscheck.entities.NameAliases;
import dev.crosscheck.entities.NameResolver;
import dev.crosscheck.entities.NameVariants;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.FactSheet;
import dev.crosscheck.model.Story;
import dev.crosscheck.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a story's fact sheet from its articles: who (names with the title an article writes beside
 * them), what (the story's title, else its brief's or claims' first sentence), where (names used as
 * places) and when (the days the articles name, and the publication span). Names come from {@link
 * EntityRecognizer} sentence by sentence; {@link NameResolver} folds a surname alone ("Rubio") into
 * the story's one full name ending with it ("Marco Rubio"), and spelling variants ("Sergei",
 * "Sergey") count as one name. A name counts once per article; a name needs at least half the
 * story's articles to be key; people come before other names. Thread-safe.
 */
public final class FactSheetWriter {
  /** People and organisations listed at most. */
  public static final int DEFAULT_WHO = 6;

  /** Places listed at most. */
  public static final int DEFAULT_WHERE = 4;

  /** Event days listed at most. */
  public static final int DEFAULT_DAYS = 3;

  private final EntityRecognizer recognizer = new EntityRecognizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DayFinder dayFinder = new DayFinder();

  /** One name as one article mentions it. */
  private record Found(String article, Mention mention) {}

  /** A name's tally over a story's articles. */
  private static final class Tally {
    final String name;
    final Map<String, Integer> spellings = new LinkedHashMap<>();
    final Set<String> articles = new HashSet<>();
    final Map<EntityKind, Integer> kinds = new EnumMap<>(EntityKind.class);
    final Map<String, Integer> roles = new LinkedHashMap<>();
    final int order;
    int mentions;

    Tally(String name, int order) {
      this.name = name;
      this.order = order;
    }

    void add(String article, String spelling, Mention m) {
      articles.add(article);
      mentions++;
      spellings.merge(spelling, 1, Integer::sum);
      kinds.merge(m.kind(), 1, Integer::sum);
      if (m.title() != null) {
        roles.merge(m.title(), 1, Integer::sum);
      }
    }

    int count(EntityKind kind) {
      return kinds.getOrDefault(kind, 0);
    }

    /** Untitled, and used as a place at least as often as as a person or organisation. */
    boolean place() {
      int places = count(EntityKind.PLACE);
      return roles.isEmpty()
          && places > 0
          && places >= count(EntityKind.PERSON) + count(EntityKind.ORGANISATION);
    }

    /** Titled, or used as a person in at least half its mentions ("Halst said"). */
    boolean person() {
      return !roles.isEmpty() || 2 * count(EntityKind.PERSON) >= mentions;
    }

    String written() {
      return mostFrequent(spellings);
    }

    String role() {
      return roles.isEmpty() ? null : mostFrequent(roles);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue())
          .map(Map.Entry::getKey)
          .orElseThrow();
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
    List<Tally> names = tallies(found(own));
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
            // People first: a country or an institution is context more than an actor.
            .sorted(Comparator.comparing(t -> !t.person()))
            .limit(DEFAULT_WHO)
            .map(t -> new FactSheet.Actor(t.written(), t.role()))
            .toList();
    List<String> where =
        key.stream().filter(Tally::place).limit(DEFAULT_WHERE).map(Tally::written).toList();
    return new FactSheet(who, what(story), where, when(story, own));
  }

  /** The names each article mentions, its title's first (unless written in title case). */
  private List<Found> found(List<Article> articles) {
    List<Found> found = new ArrayList<>();
    for (Article a : articles) {
      List<String> sentences = new ArrayList<>();
      if (a.title() != null && !EntityFinder.isTitleCase(a.title())) {
        sentences.add(a.title());
      }
      if (a.text() != null) {
        for (String line : a.text().split("\\n")) {
          if (!isHeading(line)) {
            sentences.addAll(splitter.split(line));
          }
        }
      }
      Set<String> known = EntityRecognizer.knownNames(sentences);
      for (String sentence : sentences) {
        for (Mention m : recognizer.recognize(sentence, known)) {
          found.add(new Found(a.id(), m));
        }
      }
    }
    return found;
  }

  /**
   * Whether a line is a heading, whose capitals say nothing about names ("Key Diplomatic
   * Strategies"): written in title case, without a sentence's final punctuation.
   */
  private static boolean isHeading(String line) {
    String s = line.strip();
    return !s.isEmpty()
        && ".!?\"”'’:".indexOf(s.charAt(s.length() - 1)) < 0
        && EntityFinder.isTitleCase(s);
  }

  /** One tally per name, a surname alone and spelling variants counted with the full name. */
  private static List<Tally> tallies(List<Found> found) {
    NameResolver resolver = NameResolver.of(found.stream().map(Found::mention).toList());
    List<Tally> tallies = new ArrayList<>();
    for (Found f : found) {
      String full = resolver.resolve(f.mention().name());
      Tally tally = null;
      for (Tally t : tallies) {
        if (NameVariants.same(t.name, full) || NameAliases.same(t.name, full)) {
          tally = t;
          break;
        }
      }
      if (tally == null) {
        tally = new Tally(full, tallies.size());
        tallies.add(tally);
      }
      tally.add(f.article(), full, f.mention());
    }
    return tallies;
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
