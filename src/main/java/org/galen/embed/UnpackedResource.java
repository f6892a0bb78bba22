package org.galen.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;

/**
 * A resource packed in a jar, unpacked once into a file and read from there by every later process:
 * the model's 30 MB took a fifth of a second to inflate at each start. A file is written under a
 * name of its own and moved into place whole, so two processes starting at once never read half of
 * it; one already there of the entry's size is taken as it is.
 */
final class UnpackedResource {
  private final String name;
  private final JarURLConnection connection;
  private final JarEntry entry;

  private UnpackedResource(String name, JarURLConnection connection, JarEntry entry) {
    this.name = name;
    this.connection = connection;
    this.entry = entry;
  }

  /**
   * {@code directory}, created if need be (readable by its owner only, where the file system has
   * POSIX permissions), when it is this user's and no one else may write in it: what is unpacked
   * there is loaded as code and as the model. Else none — a temporary directory shared with other
   * users, a file system without those permissions — and nothing is unpacked.
   */
  static java.util.Optional<Path> privateDirectory(Path directory) {
    try {
      if (!Files.isDirectory(directory)) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          return java.util.Optional.empty();
        }
        Files.createDirectories(directory, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
      }
      java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
      boolean othersWrite = permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
          || permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
      boolean own = Files.getOwner(directory).getName().equals(System.getProperty("user.name"));
      return own && !othersWrite ? java.util.Optional.of(directory) : java.util.Optional.empty();
    } catch (IOException | UnsupportedOperationException e) {
      return java.util.Optional.empty();
    }
  }

  /** The resource {@code name}, which must be in a jar on the class path. */
  static UnpackedResource in(String name) {
    URL url = UnpackedResource.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        throw new IllegalStateException(name + " is not in a jar: " + url);
      }
      return new UnpackedResource(name, jar, jar.getJarEntry());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  /** The entry's CRC and size, in hex and decimal: a new artifact's files have another. */
  String version() {
    return String.format(Locale.ROOT, "%08x-%d", entry.getCrc(), entry.getSize());
  }

  /** The file in {@code directory} named for the resource and its {@link #version()}, unpacked if need be. */
  Path unpackedInto(Path directory) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    String stem = file.replaceAll("\\.[^.]*$", "");
    return unpackedAs(directory.resolve(stem + "-" + version() + file.substring(stem.length())));
  }

  /** The resource as {@code target}, unpacked if that file is missing or not the entry's size. */
  Path unpackedAs(Path target) {
    try {
      if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
        return target;
      }
      Path directory = Files.createDirectories(target.toAbsolutePath().getParent());
      Path partial = Files.createTempFile(directory, target.getFileName().toString(), ".partial");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // Another process put it there first, and it is in use (a library loaded, on Windows).
        if (!(Files.isRegularFile(target) && Files.size(target) == entry.getSize())) {
          throw e;
        }
      } finally {
        Files.deleteIfExists(partial);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + name + " into " + target, e);
    }
  }
}
