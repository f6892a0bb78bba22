package org.galen.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar's resource unpacked to a file once: the same bytes, kept on later calls, written again when
 * the file is not whole. The tokenizer file of the model's jar serves as the resource.
 */
class UnpackedResourceTest {
  private static final String RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

  @TempDir
  Path directory;

  @Test
  void unpacksTheResourceOnceUnderItsVersionAndRewritesAFileThatIsNotWhole() throws Exception {
    byte[] packed;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
      packed = in.readAllBytes();
    }
    UnpackedResource resource = UnpackedResource.in(RESOURCE);
    Path file = resource.unpackedInto(directory);
    assertThat(file.getFileName().toString())
        .isEqualTo("bge-small-en-v1.5-q-tokenizer-" + resource.version() + ".json");
    assertThat(Files.readAllBytes(file)).isEqualTo(packed);

    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, written);
    assertThat(resource.unpackedInto(directory)).isEqualTo(file);
    assertThat(Files.getLastModifiedTime(file)).as("kept, not written again").isEqualTo(written);

    Files.write(file, new byte[] {'{'});
    assertThat(Files.readAllBytes(resource.unpackedInto(directory))).as("half a file is unpacked again")
        .isEqualTo(packed);
    try (var left = Files.list(directory)) {
      assertThat(left).as("no partial file left behind").containsExactly(file);
    }
  }

  @Test
  void unpacksOnlyIntoADirectoryOfThisUsersThatNoOneElseMayWriteIn() throws Exception {
    Path created = directory.resolve("models");
    assertThat(UnpackedResource.privateDirectory(created)).contains(created);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rwx------");
    Path shared = Files.createDirectory(directory.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThat(UnpackedResource.privateDirectory(shared)).as("another user could plant a library there").isEmpty();
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(UnpackedResource.privateDirectory(shared)).contains(shared);
  }

  @Test
  void aResourceNotOnTheClassPathIsNamed() {
    assertThatThrownBy(() -> UnpackedResource.in("no-such-model.onnx")).hasMessageContaining("no-such-model.onnx");
  }
}
