/**
 * Text analysis shared by the later stages: language identification, sentence splitting, word
 * tokens and the small word lists (stop words) the scorers use. OpenNLP models come from Maven
 * Central jars on the class path; nothing is downloaded.
 */
package dev.crosscheck.text;
