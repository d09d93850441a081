package dev.crosscheck.ingest;

import java.util.Locale;

/** A check of what decoded content really is, whatever its file name says. */
final class ContentSniffer {
  private static final int PREFIX_CHARS = 256;

  private ContentSniffer() {}

  /** Whether text starts like an HTML page ({@code <!DOCTYPE html} or {@code <html}). */
  static boolean looksLikeHtml(String content) {
    String start = content.stripLeading();
    start = start.substring(0, Math.min(start.length(), PREFIX_CHARS)).toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }
}
