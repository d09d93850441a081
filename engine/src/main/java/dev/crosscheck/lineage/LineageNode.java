package dev.crosscheck.lineage;

import dev.crosscheck.model.Role;

/**
 * The place of one article in its story's lineage.
 *
 * @param derivedFrom the id of its parent, or null for originals and independent reports
 * @param group index of its lineage group in {@link Lineage#groups()}
 */
public record LineageNode(String id, Role role, String derivedFrom, int group) {}
