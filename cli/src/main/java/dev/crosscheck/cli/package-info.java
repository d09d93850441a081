/**
 * The {@code crosscheck} command line: one class per subcommand, known failures mapped to an exit
 * code and one line on stderr.
 */
package dev.crosscheck.cli;
