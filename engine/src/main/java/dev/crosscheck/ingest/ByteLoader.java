package dev.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A reader of a file's bytes that never reads more than a limit: the file size is checked before
 * reading, and gzipped content is decompressed only up to the same limit (gzip bombs).
 */
final class ByteLoader {
  private static final int GZIP_MAGIC_0 = 0x1f;
  private static final int GZIP_MAGIC_1 = 0x8b;
  private static final int BUFFER_BYTES = 64 * 1024;

  private final long maxBytes;

  ByteLoader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Reads a regular file, decompressing it when it is gzipped (by name or by its magic bytes).
   *
   * @throws InputRejectedException with the reason when the file is empty, too large, unreadable or
   *     a broken gzip stream
   */
  byte[] load(Path file, boolean gzippedByName) throws InputRejectedException {
    byte[] raw = readRaw(file);
    boolean gzipMagic =
        raw.length >= 2 && (raw[0] & 0xff) == GZIP_MAGIC_0 && (raw[1] & 0xff) == GZIP_MAGIC_1;
    if (gzippedByName && !gzipMagic) {
      throw new InputRejectedException("broken gzip: not gzip data despite the .gz extension");
    }
    byte[] bytes = gzipMagic ? gunzip(raw) : raw;
    if (bytes.length == 0) {
      throw new InputRejectedException("empty file");
    }
    return bytes;
  }

  /**
   * Bytes of a file and, when its gzip stream broke part way, why: what was decompressed before the
   * damage is kept, so records before it can still be read.
   *
   * @param bytes the (decompressed) content read, never null
   * @param damage the reason the gzip stream ended early, or null when it was read whole
   */
  record Prefix(byte[] bytes, String damage) {}

  /**
   * Reads a file like {@link #load}, except that a gzip stream broken part way gives the content
   * decompressed before the damage and the reason, rather than a rejection.
   *
   * @throws InputRejectedException when the file is empty, too large, unreadable, not gzip despite
   *     its name, or nothing could be decompressed
   */
  Prefix loadPrefix(Path file, boolean gzippedByName) throws InputRejectedException {
    byte[] raw = readRaw(file);
    boolean gzipMagic =
        raw.length >= 2 && (raw[0] & 0xff) == GZIP_MAGIC_0 && (raw[1] & 0xff) == GZIP_MAGIC_1;
    if (gzippedByName && !gzipMagic) {
      throw new InputRejectedException("broken gzip: not gzip data despite the .gz extension");
    }
    if (!gzipMagic) {
      return new Prefix(raw, null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String damage = null;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), BUFFER_BYTES)) {
      copyBounded(in, out, "decompressed content exceeds the limit of " + describe(maxBytes));
    } catch (EOFException e) {
      damage = "broken gzip: truncated data";
    } catch (IOException e) {
      damage = "broken gzip: " + e.getMessage();
    }
    if (out.size() == 0) {
      throw new InputRejectedException(damage != null ? damage : "empty file");
    }
    return new Prefix(out.toByteArray(), damage);
  }

  private byte[] readRaw(Path file) throws InputRejectedException {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new InputRejectedException("empty file");
      }
      if (size > maxBytes) {
        throw new InputRejectedException(
            "file too large: " + describe(size) + ", the limit is " + describe(maxBytes));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readBounded(in, "file grew past the limit of " + describe(maxBytes));
      }
    } catch (AccessDeniedException e) {
      throw new InputRejectedException("unreadable file: permission denied");
    } catch (IOException e) {
      throw new InputRejectedException("unreadable file: " + e.getMessage());
    }
  }

  private byte[] gunzip(byte[] raw) throws InputRejectedException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), BUFFER_BYTES)) {
      return readBounded(
          in, "decompressed content exceeds the limit of " + describe(maxBytes) + " (gzip bomb?)");
    } catch (EOFException e) {
      throw new InputRejectedException("broken gzip: truncated data");
    } catch (ZipException e) {
      throw new InputRejectedException("broken gzip: " + e.getMessage());
    } catch (IOException e) {
      throw new InputRejectedException("broken gzip: " + e.getMessage());
    }
  }

  private byte[] readBounded(InputStream in, String overLimitReason)
      throws IOException, InputRejectedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    copyBounded(in, out, overLimitReason);
    return out.toByteArray();
  }

  /** Copies a stream, rejecting it once more than the limit was read; keeps what was copied. */
  private void copyBounded(InputStream in, ByteArrayOutputStream out, String overLimitReason)
      throws IOException, InputRejectedException {
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new InputRejectedException(overLimitReason);
      }
      out.write(buffer, 0, n);
    }
  }

  /** A byte count for people: exact bytes and MiB. */
  static String describe(long bytes) {
    return String.format(Locale.ROOT, "%d bytes (%.1f MiB)", bytes, bytes / (1024.0 * 1024.0));
  }
}
