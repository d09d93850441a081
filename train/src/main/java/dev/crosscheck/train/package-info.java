/**
 * Offline fine-tuning experiments: the fp32 MiniLM's weights read out of its ONNX file, a BERT
 * forward pass in DJL's PyTorch engine, and a cross-encoder trained on sentence pairs whose weights
 * can be written back into the ONNX file. Not a dependency of any product module.
 */
package dev.crosscheck.train;
