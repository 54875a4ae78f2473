package org.koldoo.platform.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file's failure told to an operator in words: Java names only the path for a missing file ("
 * /backups/x.kbk"), which says nothing of what went wrong with it.
 */
public final class IoFailure {

  private IoFailure() {}

  /** What went wrong, with the file it went wrong with. */
  public static String of(IOException failure) {
    if (failure instanceof NoSuchFileException missing) {
      return "no such file or directory: " + missing.getFile();
    }
    if (failure instanceof AccessDeniedException denied) {
      return "no permission to use " + denied.getFile();
    }
    if (failure instanceof FileAlreadyExistsException existing) {
      return "already exists: " + existing.getFile();
    }
    if (failure instanceof NotDirectoryException notDirectory) {
      return "not a directory: " + notDirectory.getFile();
    }
    if (failure instanceof FileSystemException other && other.getReason() != null) {
      return other.getFile() + ": " + other.getReason();
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }
}
