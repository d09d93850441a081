package dev.crosscheck.brief;

/**
 * A name as one text mentions it.
 *
 * @param name the name as written, without a possessive ("Bernie Sanders")
 * @param role the role or title written with it ("Vermont Sen."), or null
 * @param place whether the text uses it as a place ("in Nevada")
 */
public record Mention(String name, String role, boolean place) {
  public Mention {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name (" + name + ") must not be blank");
    }
  }
}
