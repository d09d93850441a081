/** ROUGE evaluation of story briefs against reference summaries, beside a lead baseline. */
package dev.crosscheck.eval.briefs;
