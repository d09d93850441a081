/**
 * Entities and roles in news text without a trained model: proper-noun chunks, title patterns
 * ("Secretary of State Marco Rubio", "former envoy"), quote speakers, name variants ("Sergei" and
 * "Sergey") and surname coreference within an article and across a story.
 */
package dev.crosscheck.entities;
