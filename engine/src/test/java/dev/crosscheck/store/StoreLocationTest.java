package dev.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Store locations: which store a string names, and URLs turned into JDBC without leaking passwords.
 */
class StoreLocationTest {
  @Test
  void pathsAreSqliteAndUrlsArePostgres() {
    assertThat(StoreLocation.parse("data/store.db").isPostgres()).isFalse();
    assertThat(StoreLocation.parse("postgresql://h/db").isPostgres()).isTrue();
    assertThat(StoreLocation.parse("postgres://h/db").isPostgres()).isTrue();
    assertThat(StoreLocation.parse("jdbc:postgresql://h:5432/db?user=u").isPostgres()).isTrue();
  }

  @Test
  void blankLocationIsRefused() {
    assertThatThrownBy(() -> StoreLocation.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }

  @Test
  void userAndPasswordMoveOutOfTheUrl() {
    Properties p = new Properties();

    String url =
        PostgresStore.jdbcUrl("postgresql://ann:s%40cret@db.example:5433/news?ssl=true", p);

    assertThat(url).isEqualTo("jdbc:postgresql://db.example:5433/news?ssl=true");
    assertThat(p.getProperty("user")).isEqualTo("ann");
    assertThat(p.getProperty("password")).isEqualTo("s@cret");
  }

  @Test
  void jdbcUrlsPassThrough() {
    Properties p = new Properties();

    assertThat(PostgresStore.jdbcUrl("jdbc:postgresql://h:1/db?user=u", p))
        .isEqualTo("jdbc:postgresql://h:1/db?user=u");
    assertThat(p).isEmpty();
  }

  @Test
  void descriptionsHidePasswords() {
    assertThat(PostgresStore.redacted("jdbc:postgresql://h/db?user=u&password=pw&x=1"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&x=1");
    assertThat(PostgresStore.redacted("postgresql://ann:pw@h/db"))
        .isEqualTo("postgresql://***@h/db");
  }

  @Test
  void anUnreachableServerGivesOneClearLine() {
    assertThatThrownBy(
            () ->
                Store.open("jdbc:postgresql://127.0.0.1:1/db?user=u&password=pw&connectTimeout=2"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot reach jdbc:postgresql://127.0.0.1:1/db")
        .hasMessageNotContaining("pw&");
  }
}
