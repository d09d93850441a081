package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models start on a thread with the JVM's default 1 MB stack: ONNX Runtime's native start-up
 * can overflow such a stack (SIGSEGV: the process dies) unless it runs on a thread of its own
 * ({@link MiniLmModel#environment()}). A child JVM, because the runtime starts once per process.
 */
class OnnxStartTest {
  /** The child: loads both models on its main thread and scores one pair. */
  static final class Child {
    public static void main(String[] args) {
      double logit =
          CrossEncoderModel.shipped().logit("Senate confirms Barrett", "Barrett sworn in");
      float[] vector = new Embedder().embed("Senate confirms Barrett");
      System.out.println("ok " + Double.isFinite(logit) + " " + vector.length);
    }
  }

  @TempDir Path temp;

  @Test
  void modelsStartOnASmallStack() throws Exception {
    // A longer class path, as an application's is, takes the runtime's start over a 1 MB stack
    // on this machine; the test's own is sometimes just short enough.
    StringBuilder classpath =
        new StringBuilder(
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    for (int i = 0; i < 60; i++) {
      classpath.append(java.io.File.pathSeparator).append(temp.resolve("absent-" + i));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = temp.resolve("child.log");
    Process child =
        new ProcessBuilder(
                List.of(java, "-Xss1m", "-cp", classpath.toString(), Child.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean ended = child.waitFor(120, TimeUnit.SECONDS);
    child.destroyForcibly();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as("ended within 120 s: %s", output).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("ok true 384");
  }
}
