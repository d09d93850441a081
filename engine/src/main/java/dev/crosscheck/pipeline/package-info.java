/** The coordinator: calls the stages in order. The only place that knows the order. */
package dev.crosscheck.pipeline;
