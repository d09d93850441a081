package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtoCursorTest {
  // Field 1 = varint 150, field 2 = "hi", field 3 = packed varints [1, 300] (protobuf docs'
  // encodings).
  private static final byte[] MESSAGE = {
    0x08, (byte) 0x96, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1a, 0x03, 0x01, (byte) 0xac, 0x02
  };

  @Test
  void readsVarintStringAndPackedFieldsInOrder() {
    ProtoCursor c = new ProtoCursor(MESSAGE, 0, MESSAGE.length);
    assertThat(c.next()).isTrue();
    assertThat(c.field()).isEqualTo(1);
    assertThat(c.isBytes()).isFalse();
    assertThat(c.varint()).isEqualTo(150);
    assertThat(c.varints()).containsExactly(150L);
    assertThat(c.next()).isTrue();
    assertThat(c.field()).isEqualTo(2);
    assertThat(c.isBytes()).isTrue();
    assertThat(c.string()).isEqualTo("hi");
    assertThat(c.start()).isEqualTo(5);
    assertThat(c.end()).isEqualTo(7);
    assertThat(c.next()).isTrue();
    assertThat(c.varints()).containsExactly(1L, 300L);
    assertThat(c.next()).isFalse();
  }

  @Test
  void aNestedMessageIsReadFromThePayload() {
    byte[] outer = new byte[MESSAGE.length + 2];
    outer[0] = 0x3a; // field 7, length-delimited
    outer[1] = (byte) MESSAGE.length;
    System.arraycopy(MESSAGE, 0, outer, 2, MESSAGE.length);
    ProtoCursor c = new ProtoCursor(outer, 0, outer.length);
    assertThat(c.next()).isTrue();
    assertThat(c.field()).isEqualTo(7);
    ProtoCursor inner = c.message();
    assertThat(inner.next()).isTrue();
    assertThat(inner.varint()).isEqualTo(150);
  }

  @Test
  void truncatedFieldsAndUnknownWireTypesAreRefused() {
    ProtoCursor cut = new ProtoCursor(MESSAGE, 3, 6);
    assertThatThrownBy(cut::next).hasMessageContaining("truncated protobuf field");
    ProtoCursor varint = new ProtoCursor(MESSAGE, 0, 2);
    assertThatThrownBy(varint::next).hasMessageContaining("truncated protobuf varint");
    assertThatThrownBy(() -> new ProtoCursor(new byte[] {0x0b}, 0, 1).next())
        .hasMessageContaining("unsupported protobuf wire type 3");
  }
}
