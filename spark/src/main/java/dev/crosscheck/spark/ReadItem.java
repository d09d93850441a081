package dev.crosscheck.spark;

import java.io.Serializable;

/** What reading one input gives: a raw document or a rejection (exactly one is non-null). */
record ReadItem(ArticleRow document, RejectionRow rejection) implements Serializable {}
