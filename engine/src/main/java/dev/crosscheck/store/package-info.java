/**
 * Persistence behind one interface, {@link dev.crosscheck.store.Store}: articles with their raw
 * content and fingerprints, the ingest log, the links story clustering found (so that a new process
 * need not find them again), and the stories computed from them, in an embedded SQLite file (the
 * default) or a PostgreSQL server. The format is versioned; a store is never silently repaired.
 */
package dev.crosscheck.store;
