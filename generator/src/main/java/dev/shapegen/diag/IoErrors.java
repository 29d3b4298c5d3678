package dev.shapegen.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * I/O failures in words for people. Java often names only the file ({@code cannot write to /proc/x: /proc/x}),
 * leaving out what went wrong, which is in the exception's type.
 */
public final class IoErrors {
    private IoErrors() {}

    /** The file (and the other file of a move) and what went wrong with it. */
    public static String describe(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        String why = f.getReason() != null ? f.getReason() : reason(f);
        String where = f.getFile() == null ? null
                : f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile();
        return where == null ? why : where + ": " + why;
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "a directory that is not empty";
        } else if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        return "the file system refused (" + e.getClass().getSimpleName() + ")";
    }
}
