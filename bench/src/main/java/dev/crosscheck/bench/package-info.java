/** JMH benchmarks of the hot stages, each with its baselines in the same run. */
package dev.crosscheck.bench;
