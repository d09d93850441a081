/**
 * Near-duplicate fingerprints of tokenized text: word shingles, one-permutation MinHash signatures,
 * a banding LSH index over them, and SimHash-64. Every hash uses xxh3 with a fixed, named seed, so
 * fingerprints are deterministic and stable across runs, platforms and versions; known-answer tests
 * pin the values.
 */
package dev.crosscheck.fingerprint;
