package dev.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Story;

/**
 * Writes a story (its lineage groups, brief and claims) as the JSON kept in a store, and reads it
 * back. The JSON mirrors the records' components; it is part of the store format. Thread-safe.
 */
final class StoryCodec {
  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  String write(Story story) {
    try {
      return mapper.writeValueAsString(story);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("story " + story.id() + " cannot be written as JSON", e);
    }
  }

  /**
   * The story in {@code json}; throws a {@link StoreException} naming {@code where} if unreadable.
   */
  Story read(String json, String where) {
    try {
      return mapper.readValue(json, Story.class);
    } catch (JsonProcessingException e) {
      throw new StoreException(where + " is corrupt: a stored story is unreadable JSON", e);
    }
  }
}
