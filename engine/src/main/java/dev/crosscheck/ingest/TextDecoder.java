package dev.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decoder of file bytes into text that refuses binary content and invalid UTF-8. A byte order
 * mark wins; HTML may declare another charset with {@code <meta charset>}; everything else must be
 * UTF-8. HTML that is not valid UTF-8 though it claims (or defaults to) it is decoded as a browser
 * would: by its content, UTF-8 with replacement characters when most multi-byte sequences are valid
 * UTF-8, else windows-1252; HTML declaring a legacy charset that is valid multi-byte UTF-8 is read
 * as UTF-8.
 */
final class TextDecoder {
  /** How many leading bytes are sniffed for binary content and searched for a charset. */
  static final int SNIFF_BYTES = 64 * 1024;

  /** Above this share of control characters a file is taken as binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private static final int META_SCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String BINARY = "binary content, expected text";

  /**
   * Decodes the bytes of a text or HTML file.
   *
   * @throws InputRejectedException when the content is binary, invalid UTF-8 or only whitespace
   */
  String decode(byte[] bytes, boolean html) throws InputRejectedException {
    Charset bomCharset = bomCharset(bytes);
    int offset = bomLength(bytes);
    if (bomCharset == null || bomCharset == StandardCharsets.UTF_8) {
      rejectBinaryBytes(bytes);
    }
    Charset charset = bomCharset != null ? bomCharset : declaredCharset(bytes, html);
    if (bomCharset == null && charset != StandardCharsets.UTF_8 && isMultiByteUtf8(bytes)) {
      // Valid UTF-8 with multi-byte sequences is never a single-byte page: the declaration is
      // wrong.
      charset = StandardCharsets.UTF_8;
    }
    String text =
        charset == StandardCharsets.UTF_8
            ? decodeUtf8(bytes, offset, html)
            : new String(bytes, offset, bytes.length - offset, charset);
    if (bomCharset != null && bomCharset != StandardCharsets.UTF_8) {
      rejectBinaryChars(text);
    }
    if (text.isBlank()) {
      throw new InputRejectedException("file holds only whitespace");
    }
    return text;
  }

  private static String decodeUtf8(byte[] bytes, int offset, boolean html)
      throws InputRejectedException {
    try {
      return decodeStrictUtf8(bytes, offset, bytes.length);
    } catch (InputRejectedException e) {
      if (!html) {
        throw e;
      }
      Charset sniffed = mostlyUtf8(bytes, offset) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      return new String(bytes, offset, bytes.length - offset, sniffed);
    }
  }

  /** Whether the bytes are valid UTF-8 holding at least one multi-byte sequence. */
  static boolean isMultiByteUtf8(byte[] b) {
    boolean multi = false;
    for (byte x : b) {
      if (x < 0) {
        multi = true;
        break;
      }
    }
    if (!multi) {
      return false;
    }
    try {
      decodeStrictUtf8(b, 0, b.length);
      return true;
    } catch (InputRejectedException e) {
      return false;
    }
  }

  /** Whether at least as many non-ASCII byte runs are valid UTF-8 sequences as are not. */
  static boolean mostlyUtf8(byte[] b, int from) {
    int valid = 0;
    int invalid = 0;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : 0;
      len = len == 0 && c >= 0xf0 && c <= 0xf4 ? 4 : len;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xc0) == 0x80;
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return valid >= invalid;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The length of the byte order mark the content starts with, 0 when none. */
  static int bomLength(byte[] bytes) {
    Charset charset = bomCharset(bytes);
    return charset == null ? 0 : charset == StandardCharsets.UTF_8 ? 3 : 2;
  }

  /** The charset an HTML page declares in its head, else UTF-8; ISO-8859-1 means windows-1252. */
  static Charset declaredCharset(byte[] bytes, boolean html) {
    if (!html) {
      return StandardCharsets.UTF_8;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // The HTML standard decodes these labels as windows-1252, which is what such pages really hold.
    if (name.equals("iso-8859-1")
        || name.equals("latin1")
        || name.equals("us-ascii")
        || name.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * Decodes {@code bytes[from, to)} as UTF-8, naming the offset (from the start of the array,
   * 0-based) of the first bad byte.
   */
  static String decodeStrictUtf8(byte[] bytes, int from, int to) throws InputRejectedException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputRejectedException("invalid UTF-8 at byte " + in.position());
    }
    return out.flip().toString();
  }

  /** Rejects content with NUL bytes or too many control characters in its first bytes. */
  static void rejectBinaryBytes(byte[] bytes) throws InputRejectedException {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new InputRejectedException(BINARY);
      }
      if (isControl(b)) {
        control++;
      }
    }
    if (control > n * MAX_CONTROL_SHARE) {
      throw new InputRejectedException(BINARY);
    }
  }

  private static void rejectBinaryChars(String text) throws InputRejectedException {
    int n = Math.min(text.length(), SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputRejectedException(BINARY);
      }
      if (c < 0x80 && isControl(c)) {
        control++;
      }
    }
    if (control > n * MAX_CONTROL_SHARE) {
      throw new InputRejectedException(BINARY);
    }
  }

  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f;
  }
}
