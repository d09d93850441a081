package dev.crosscheck.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import net.openhft.hashing.LongHashFunction;
import org.junit.jupiter.api.Test;

class HashesTest {
  /** Reference XXH3_64bits vectors: fails if the hashing library changes its output. */
  @Test
  void xxh3MatchesReferenceVectors() {
    assertThat(LongHashFunction.xx3().hashBytes(new byte[0])).isEqualTo(0x2D06800538D394C2L);
    assertThat(LongHashFunction.xx3().hashBytes("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(0x78AF5F94892F3950L);
  }

  @Test
  void longsAreHashedAsLittleEndianBytes() {
    LongHashFunction function = LongHashFunction.xx3(7);
    long[] values = {0x0102030405060708L, -1L, 42L};
    ByteBuffer bytes = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (long value : values) {
      bytes.putLong(value);
    }

    assertThat(Hashes.hashLongs(function, values, 0, 3))
        .isEqualTo(function.hashBytes(bytes.array()));
    assertThat(Hashes.hashLong(function, values[0]))
        .isEqualTo(function.hashBytes(bytes.array(), 0, 8));
  }
}
