/**
 * The web UI and JSON API over a run: story list, story, article and side-by-side pages rendered by
 * the report package, JSON endpoints, and a token-guarded batch upload that recomputes the stories.
 * A thin module on top of the engine.
 */
package dev.crosscheck.server;
