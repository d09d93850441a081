package dev.crosscheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON error bodies in the house shape, {@code {field: [{code, message, value}]}}: the field names
 * what was wrong (a parameter, a header, {@code body}), never a stack trace.
 */
final class ApiErrors {
  /** Values echoed in errors are cut to this many characters. */
  static final int MAX_VALUE_CHARS = 200;

  private ApiErrors() {}

  static ObjectNode of(
      ObjectMapper mapper, String field, String code, String message, Object value) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode error = root.putArray(field).addObject();
    error.put("code", code);
    error.put("message", message);
    if (value == null) {
      error.putNull("value");
    } else if (value instanceof Number n) {
      error.put("value", n.longValue());
    } else {
      String text = value.toString();
      error.put(
          "value", text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS));
    }
    return root;
  }
}
