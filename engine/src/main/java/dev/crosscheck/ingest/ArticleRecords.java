package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.RawDocument;
import java.util.Optional;

/**
 * Reads one article object of the JSON Lines input format when it arrives inside another document
 * (the pairs of {@code compare}, an HTTP request body).
 */
public final class ArticleRecords {
  private ArticleRecords() {}

  /**
   * The raw document of an article object, or the reason it is rejected.
   *
   * @param input where the object came from, used in the document and in reasons
   */
  public static Result read(String input, JsonNode node) {
    try {
      return new Result(Optional.of(JsonLinesParser.toDocument(input, node)), null);
    } catch (InputRejectedException e) {
      return new Result(Optional.empty(), e.getMessage());
    }
  }

  /**
   * A document, or the reason there is none.
   *
   * @param reason null when {@code document} is present
   */
  public record Result(Optional<RawDocument> document, String reason) {}
}
