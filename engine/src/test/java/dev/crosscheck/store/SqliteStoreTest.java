package dev.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's own promises: one whole file in WAL mode, a full disk that leaves it intact,
 * and files that are not Crosscheck stores (or are corrupt) refused, never repaired.
 */
class SqliteStoreTest {
  @TempDir Path temp;

  Path file() {
    return temp.resolve("sub").resolve("store.db");
  }

  @Test
  void aNewStoreIsOneWholeFileInWalMode() throws Exception {
    try (Store store = Store.open(file().toString())) {
      assertThat(query((JdbcStore) store, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    try (var listing = Files.list(file().getParent())) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("store.db");
    }
  }

  @Test
  void aFullDiskFailsTheBatchWithAClearMessageAndLeavesTheStoreIntact() {
    Random random = new Random(7L);
    int committed = 0;
    StoreException full = null;
    try (Store store = Store.open(file().toString())) {
      query((JdbcStore) store, "PRAGMA max_page_count = 40");
      for (int batch = 0; batch < 200 && full == null; batch++) {
        List<NewArticle> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          String id = "b" + batch + "-" + i;
          articles.add(StoreContractTest.incoming(StoreContractTest.article(id, text(random))));
        }
        try {
          store.add(articles, List.of());
          committed += articles.size();
        } catch (StoreException e) {
          full = e;
        }
      }
    }

    assertThat(full).as("the size limit was reached").isNotNull();
    assertThat(full.getMessage()).contains(file().toString()).contains("full").contains("intact");
    try (Store store = Store.open(file().toString())) {
      assertThat(store.articleCount()).isEqualTo(committed);
      store.add(
          StoreContractTest.batch(StoreContractTest.article("after", "Room again.")), List.of());
      assertThat(store.articleCount()).isEqualTo(committed + 1);
    }
  }

  @Test
  void garbageBytesAreRefusedAndLeftAsTheyAre() throws IOException {
    byte[] garbage = new byte[5000];
    new Random(3L).nextBytes(garbage);
    Files.createDirectories(file().getParent());
    Files.write(file(), garbage);

    assertRefused("not a Crosscheck store");
    assertThat(Files.readAllBytes(file())).isEqualTo(garbage);
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Files.createDirectories(file().getParent());
    Files.createFile(file());

    assertRefused("not a Crosscheck store");
    assertThat(Files.size(file())).isZero();
  }

  @Test
  void anSqliteFileThatIsNotOursIsRefusedAndNotChanged() throws Exception {
    Files.createDirectories(file().getParent());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE notes (body TEXT)");
      s.execute("INSERT INTO notes VALUES ('mine')");
    }
    byte[] before = Files.readAllBytes(file());

    assertRefused("not a Crosscheck store");
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void aTruncatedStoreIsRefusedAsCorrupt() throws IOException {
    try (Store store = Store.open(file().toString())) {
      Random random = new Random(5L);
      List<NewArticle> articles = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        articles.add(StoreContractTest.incoming(StoreContractTest.article("a" + i, text(random))));
      }
      store.add(articles, List.of());
    }
    try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }

    assertRefused("corrupt");
  }

  @Test
  void aPageOfGarbageInsideAStoreIsRefusedAsCorrupt() throws IOException {
    try (Store store = Store.open(file().toString())) {
      Random random = new Random(6L);
      List<NewArticle> articles = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        articles.add(StoreContractTest.incoming(StoreContractTest.article("a" + i, text(random))));
      }
      store.add(articles, List.of());
    }
    byte[] garbage = new byte[4096];
    new Random(9L).nextBytes(garbage);
    try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
      f.seek(f.length() / 2);
      f.write(garbage);
    }

    assertRefused("corrupt");
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Files.createDirectories(file());

    assertRefused("folder");
  }

  private void assertRefused(String why) {
    assertThatThrownBy(() -> Store.open(file().toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file().toString())
        .hasMessageContaining(why);
  }

  static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("word").append(random.nextInt(1000)).append(i % 12 == 11 ? ". " : " ");
    }
    return text.toString().strip();
  }

  static String query(JdbcStore store, String sql) {
    return store.write(
        "test",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
          }
        });
  }
}
