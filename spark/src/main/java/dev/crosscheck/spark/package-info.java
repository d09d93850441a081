/**
 * The main job as an Apache Spark job: the engine's own stages as map stages, candidate pairs as a
 * shuffle on the clusterer's index keys and LSH bands, stories per connected component, and
 * lineage, claims and brief per story, so that the stories equal the embedded run's.
 */
package dev.crosscheck.spark;
