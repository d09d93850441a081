package dev.crosscheck.similarity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A fine-tuned cross-encoder stored as its difference from a base ONNX model: the initializers
 * whose stored values differ (name, data type, bytes) and the linear head over the mean-pooled
 * hidden state. Binary form, big-endian: magic {@code "CCXE"}, version 1, the base model's byte
 * length and CRC-32, the tensor count, each tensor as (modified-UTF-8 name, data type, byte count,
 * bytes), then the head's size, its bias and its weights as floats.
 *
 * @param baseLength the byte length of the model the delta applies to
 * @param baseCrc32 that model's CRC-32
 * @param tensors the replaced initializers
 * @param bias the head's bias
 * @param weights the head's weights, one per hidden dimension
 */
public record CrossEncoderDelta(
    long baseLength,
    long baseCrc32,
    List<InitializerPatcher.Replacement> tensors,
    float bias,
    float[] weights) {
  /** The first four bytes, "CCXE". */
  public static final int MAGIC = 0x43435845;

  /** The format version written. */
  public static final int VERSION = 1;

  public CrossEncoderDelta {
    tensors = List.copyOf(tensors);
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    weights = weights.clone();
  }

  /** The head's weights (a copy). */
  @Override
  public float[] weights() {
    return weights.clone();
  }

  /** The CRC-32 of {@code bytes}. */
  public static long crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /**
   * Patches {@code base} in place into the fine-tuned model.
   *
   * @throws IllegalArgumentException when {@code base} is not the model the delta was made from, or
   *     a tensor does not fit it
   */
  public void applyTo(byte[] base) {
    if (base.length != baseLength || crc32(base) != baseCrc32) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "the base model (%d bytes, CRC-32 %08x) is not the one the delta was made from (%d"
                  + " bytes, CRC-32 %08x)",
              base.length,
              crc32(base),
              baseLength,
              baseCrc32));
    }
    InitializerPatcher.patch(base, tensors);
  }

  /**
   * Reads a delta written by {@link #write}.
   *
   * @throws IOException when the stream fails or does not hold a delta of this version
   */
  public static CrossEncoderDelta read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream));
    int magic = in.readInt();
    int version = in.readInt();
    if (magic != MAGIC || version != VERSION) {
      throw new IOException(
          String.format(
              java.util.Locale.ROOT,
              "not a cross-encoder delta of version %d (magic %08x, version %d)",
              VERSION,
              magic,
              version));
    }
    long baseLength = in.readLong();
    long baseCrc = in.readLong();
    int count = in.readInt();
    List<InitializerPatcher.Replacement> tensors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      int dataType = in.readInt();
      byte[] payload = new byte[in.readInt()];
      in.readFully(payload);
      tensors.add(new InitializerPatcher.Replacement(name, dataType, payload));
    }
    int size = in.readInt();
    float bias = in.readFloat();
    float[] weights = new float[size];
    for (int d = 0; d < size; d++) {
      weights[d] = in.readFloat();
    }
    return new CrossEncoderDelta(baseLength, baseCrc, tensors, bias, weights);
  }

  /**
   * Writes the delta in the binary form {@link #read} reads.
   *
   * @throws IOException when the stream fails
   */
  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(baseLength);
    out.writeLong(baseCrc32);
    out.writeInt(tensors.size());
    for (InitializerPatcher.Replacement t : tensors) {
      out.writeUTF(t.name());
      out.writeInt(t.dataType());
      out.writeInt(t.payload().length);
      out.write(t.payload());
    }
    out.writeInt(weights.length);
    out.writeFloat(bias);
    for (float w : weights) {
      out.writeFloat(w);
    }
    out.flush();
  }
}
