package dev.crosscheck.ingest;

import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The front door of ingestion: reads files and folders into raw documents. Folders are walked
 * recursively in path order, skipping hidden entries; each bad input gets one {@link Rejection} and
 * the rest goes on, so reading never throws for bad input. Instances are immutable and thread-safe.
 */
public final class DocumentReader {
  /** The largest file read, in bytes (also the bound on gzip-decompressed content): 20 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  static final String NO_SUCH_PATH = "no such file or folder";
  static final String EMPTY_FOLDER = "folder holds no articles";

  private final long maxFileBytes;

  /** A reader with the default limits. */
  public DocumentReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * A reader that rejects files (and decompressed content) larger than a limit.
   *
   * @param maxFileBytes the largest file read, in bytes; must be > 0
   */
  public DocumentReader(long maxFileBytes) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes (" + maxFileBytes + ") must be > 0");
    }
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * Reads every input, in the order given.
   *
   * @param inputs files and folders; must not be null nor hold null
   * @return the documents read and the inputs rejected, in a deterministic order
   */
  public IngestResult read(List<Path> inputs) {
    if (inputs == null) {
      throw new IllegalArgumentException("inputs must not be null");
    }
    Run run = new Run();
    for (int i = 0; i < inputs.size(); i++) {
      Path input = inputs.get(i);
      if (input == null) {
        throw new IllegalArgumentException("inputs[" + i + "] must not be null");
      }
      readInput(input, run);
    }
    return new IngestResult(run.documents, run.rejected);
  }

  private void readInput(Path input, Run run) {
    if (Files.isDirectory(input)) {
      int before = run.documents.size();
      // Files are read on every core, then taken in path order: the result is as if read in turn.
      List<Recorded> read =
          walk(input, run).parallelStream()
              .map(
                  file -> {
                    Recorded recorded = new Recorded();
                    readFile(file, recorded);
                    return recorded;
                  })
              .toList();
      read.forEach(r -> r.replay(run));
      if (run.documents.size() == before) {
        run.reject(input.toString(), EMPTY_FOLDER);
      }
    } else if (Files.exists(input)) {
      readFile(input, run);
    } else {
      run.reject(input.toString(), NO_SUCH_PATH);
    }
  }

  /** The files under a folder, sorted by path, hidden files and folders left out. */
  private static List<Path> walk(Path root, Run run) {
    List<Path> files = new ArrayList<>();
    try {
      // Links are followed (a linked folder is a common way to gather inputs); loops are reported.
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isHidden(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String reason =
                  e instanceof FileSystemLoopException
                      ? "link loop, not followed"
                      : "unreadable: " + e.getMessage();
              run.reject(file.toString(), reason);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      run.reject(root.toString(), "unreadable folder: " + e.getMessage());
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(Path file, DocumentSink run) {
    String input = file.toString();
    if (!Files.isRegularFile(file)) {
      String what =
          Files.isDirectory(file) ? "a link to a folder, not followed" : "not a regular file";
      run.reject(input, what);
      return;
    }
    Path name = file.getFileName();
    FileType type = FileType.of(name == null ? input : name.toString());
    try {
      switch (type.kind()) {
        case TEXT, HTML -> readDocument(file, type, run);
        case JSON_LINES -> readJsonLines(file, type, run);
        case FEED -> readFeed(file, type, run);
        case WARC -> readWarc(file, type, run);
        default -> run.reject(input, unsupported(type));
      }
    } catch (InputRejectedException e) {
      run.reject(input, e.getMessage());
    }
  }

  private void readDocument(Path file, FileType type, DocumentSink run)
      throws InputRejectedException {
    byte[] bytes = new ByteLoader(maxFileBytes).load(file, type.gzipped());
    boolean html = type.kind() == FileType.Kind.HTML;
    String content = new TextDecoder().decode(bytes, html);
    RawDocument.Format format =
        html || ContentSniffer.looksLikeHtml(content)
            ? RawDocument.Format.HTML
            : RawDocument.Format.TEXT;
    run.accept(new RawDocument(type.articleId(), file.toString(), format, content, null));
  }

  private void readJsonLines(Path file, FileType type, DocumentSink run)
      throws InputRejectedException {
    byte[] bytes = new ByteLoader(maxFileBytes).load(file, type.gzipped());
    TextDecoder.rejectBinaryBytes(bytes);
    if (isBlank(bytes)) {
      throw new InputRejectedException("file holds only whitespace");
    }
    new JsonLinesParser().parse(file.toString(), bytes, run);
  }

  private void readFeed(Path file, FileType type, DocumentSink run) throws InputRejectedException {
    byte[] bytes = new ByteLoader(maxFileBytes).load(file, type.gzipped());
    new FeedParser().parse(file.toString(), type.articleId(), bytes, run);
  }

  private void readWarc(Path file, FileType type, DocumentSink run) throws InputRejectedException {
    ByteLoader.Prefix prefix = new ByteLoader(maxFileBytes).loadPrefix(file, type.gzipped());
    new WarcArchiveParser(maxFileBytes)
        .parse(file.toString(), type.articleId(), prefix.bytes(), prefix.damage(), run);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static String unsupported(FileType type) {
    String what = type.extension().isEmpty() ? "without extension" : "'" + type.extension() + "'";
    return "unsupported file type "
        + what
        + " (expected .txt, .html, .htm, .jsonl, .xml, .rss, .atom, .warc, optionally .gz)";
  }

  /** The state of one call to {@link #read}: what was read so far and the ids seen. */
  private static final class Run implements DocumentSink {
    final List<RawDocument> documents = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    final Map<String, String> firstInputById = new HashMap<>();

    @Override
    public void accept(RawDocument document) {
      String first = firstInputById.putIfAbsent(document.id(), document.input());
      if (first != null) {
        reject(
            document.input(),
            "duplicate article id '" + document.id() + "' (first seen in " + first + ")");
        return;
      }
      documents.add(document);
    }

    @Override
    public void reject(String input, String reason) {
      rejected.add(new Rejection(input, reason));
    }
  }

  /** What reading one file gave, in order, to be passed on to the run's sink. */
  private static final class Recorded implements DocumentSink {
    private final List<Consumer<DocumentSink>> events = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
      events.add(sink -> sink.accept(document));
    }

    @Override
    public void reject(String input, String reason) {
      events.add(sink -> sink.reject(input, reason));
    }

    void replay(DocumentSink sink) {
      events.forEach(e -> e.accept(sink));
    }
  }
}
