package dev.crosscheck.store;

import java.util.Map;
import java.util.Objects;

/**
 * The saved links of story clustering, as {@link Store#linkState()} reads them. The store does not
 * read the links: their writer encodes them and names the format. The byte arrays are shared, not
 * copied (a store holds one per article): callers must not change them.
 *
 * @param generation grows with every {@link Store#putLinks} that wrote
 * @param format the format of every row, as its writer named it; empty when none was saved
 * @param links encoded links by article id
 */
public record LinkState(long generation, String format, Map<String, byte[]> links) {
  public LinkState {
    Objects.requireNonNull(format, "format");
    links = Map.copyOf(links);
  }
}
