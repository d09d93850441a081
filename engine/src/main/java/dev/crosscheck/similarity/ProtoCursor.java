package dev.crosscheck.similarity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward reader over one protobuf message's fields, for reading ONNX files by hand (no protobuf
 * library): {@link #next()} steps to the next field; a length-delimited field's payload spans
 * [{@link #start()}, {@link #end()}) and {@link #message()} reads it as a nested message. Not
 * thread-safe; the bytes are read, never copied.
 */
public final class ProtoCursor {
  private final byte[] bytes;
  private final int limit;
  private int position;
  private int field;
  private int wire;
  private long value;
  private int start;
  private int end;

  /** A reader of the message in {@code bytes[start, limit)}. */
  public ProtoCursor(byte[] bytes, int start, int limit) {
    this.bytes = bytes;
    this.position = start;
    this.limit = limit;
  }

  /**
   * Steps to the next field.
   *
   * @return false at the end of the message
   * @throws IllegalArgumentException when a field or varint is truncated or of an unknown wire type
   */
  public boolean next() {
    if (position >= limit) {
      return false;
    }
    long key = readVarint();
    field = (int) (key >>> 3);
    wire = (int) (key & 7);
    start = position;
    switch (wire) {
      case 0 -> value = readVarint();
      case 1 -> skip(8);
      case 2 -> {
        long length = readVarint();
        start = position;
        skip(length);
      }
      case 5 -> skip(4);
      default ->
          throw new IllegalArgumentException(
              "unsupported protobuf wire type " + wire + " at byte " + position);
    }
    end = position;
    return true;
  }

  /** The field number. */
  public int field() {
    return field;
  }

  /** Whether the field is length-delimited (bytes, string, message or packed values). */
  public boolean isBytes() {
    return wire == 2;
  }

  /** A varint field's value. */
  public long varint() {
    return value;
  }

  /** The first byte of the field's value (a length-delimited field's payload). */
  public int start() {
    return start;
  }

  /** The byte after the field's value. */
  public int end() {
    return end;
  }

  /** A varint field's value, or a packed repeated varint field's values. */
  public List<Long> varints() {
    if (wire == 0) {
      return List.of(value);
    }
    ProtoCursor packed = new ProtoCursor(bytes, start, end);
    List<Long> values = new ArrayList<>();
    while (packed.position < packed.limit) {
      values.add(packed.readVarint());
    }
    return values;
  }

  /** The payload as UTF-8 text. */
  public String string() {
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  /** A reader of the payload as a nested message. */
  public ProtoCursor message() {
    return new ProtoCursor(bytes, start, end);
  }

  private void skip(long count) {
    if (count < 0 || position + count > limit) {
      throw new IllegalArgumentException("truncated protobuf field at byte " + position);
    }
    position += (int) count;
  }

  private long readVarint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= limit) {
        throw new IllegalArgumentException("truncated protobuf varint at byte " + position);
      }
      byte b = bytes[position++];
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("protobuf varint longer than 10 bytes at " + position);
  }
}
