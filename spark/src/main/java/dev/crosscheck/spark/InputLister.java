package dev.crosscheck.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of the inputs on any Hadoop file system, as the embedded reader walks them:
 * folders recursively, hidden entries (a name starting with a dot) left out, files in path order.
 */
final class InputLister {
  private final Configuration conf;

  InputLister(Configuration conf) {
    this.conf = conf;
  }

  /** The files, and a rejection (phase 0) for each input that does not exist. */
  Listing list(List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<RejectionRow> rejected = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String given = inputs.get(i);
      try {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          rejected.add(new RejectionRow(new Order(0, i, "", 0), given, "no such file or folder"));
          continue;
        }
        FileStatus status = fs.getFileStatus(path);
        String root = status.getPath().toString();
        List<InputFile> found = new ArrayList<>();
        if (status.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
          while (it.hasNext()) {
            String uri = it.next().getPath().toString();
            if (!hidden(uri.substring(root.length()))) {
              found.add(new InputFile(i, uri, given + uri.substring(root.length())));
            }
          }
        } else {
          found.add(new InputFile(i, root, given));
        }
        if (found.isEmpty()) {
          rejected.add(new RejectionRow(new Order(0, i, "", 0), given, "folder holds no articles"));
        }
        found.sort(Comparator.comparing(InputFile::display));
        files.addAll(found);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + given + ": " + e.getMessage(), e);
      }
    }
    return new Listing(files, rejected);
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The files to read and the inputs rejected up front. */
  record Listing(List<InputFile> files, List<RejectionRow> rejected) {}
}
