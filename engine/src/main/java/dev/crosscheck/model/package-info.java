/**
 * Immutable records shared by every pipeline stage: raw documents, articles, sentences, stories,
 * claims and the result of a run. No behaviour beyond validation and derived accessors.
 */
package dev.crosscheck.model;
