package dev.crosscheck.spark;

import java.io.Serializable;

/** A rejected input with its reason, placed in the embedded run's order. */
record RejectionRow(Order order, String input, String reason) implements Serializable {}
