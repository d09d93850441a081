package dev.crosscheck.model;

/**
 * One article as the main job reports it.
 *
 * @param story the id of its story
 * @param derivedFrom id of the article it derives from, or null
 * @param fillerSentences how many of its sentences state no checkable fact
 */
public record ArticleResult(
    Article article, String story, Role role, String derivedFrom, int fillerSentences) {}
