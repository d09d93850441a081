package dev.crosscheck.entities;

import java.util.Objects;

/**
 * One name in a sentence.
 *
 * @param name the name as written, without a possessive ("Marco Rubio")
 * @param kind what it refers to
 * @param title the role or title written before it, with its modifiers ("former envoy", "Secretary
 *     of State"), or null
 * @param start offset of the name in the sentence, in chars
 * @param end offset just after the name
 */
public record Mention(String name, EntityKind kind, String title, int start, int end) {
  public Mention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "start (" + start + ") must be >= 0 and end (" + end + ") >= start");
    }
  }

  /** The last word of the name, initials and "Jr." or "III" aside: a person's surname ("Rubio"). */
  public String surname() {
    String[] words = NameVariants.words(name);
    return words.length == 0 ? name : words[words.length - 1];
  }
}
