package dev.crosscheck.spark;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param input the position of the input (file or folder) it was found under, from 0
 * @param uri the fully qualified Hadoop path, as Spark names it
 * @param display the path as the embedded run names it: the input as given plus the rest
 */
record InputFile(int input, String uri, String display) implements Serializable {}
