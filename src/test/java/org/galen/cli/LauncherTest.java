package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/galen, run as users run it, with a stand-in for the JVM on the PATH that prints what it was
 * given: the launcher must find the command after options that take a value.
 */
class LauncherTest {
  @TempDir
  Path temp;

  @Test
  void theServerGetsTheFullJitWhateverOptionsComeBeforeIt() throws Exception {
    assertThat(jvmArguments("--database-password-file", "/tmp/pw", "serve")).doesNotContain("TieredStopAtLevel");
    assertThat(jvmArguments("--data-dir", "/tmp/d", "--backend", "embedded", "serve"))
        .doesNotContain("TieredStopAtLevel");
    assertThat(jvmArguments("--database-password-file", "/tmp/pw", "ask", "serve me"))
        .as("a one-shot command keeps the quick JIT").contains("TieredStopAtLevel=1");
  }

  private String jvmArguments(String... args) throws Exception {
    Path root = Files.createDirectories(temp.resolve("root" + System.nanoTime()));
    Files.createDirectories(root.resolve("bin"));
    Files.copy(Path.of("bin/galen"), root.resolve("bin/galen"));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/galen.jar"), "");
    Path fakes = Files.createDirectories(root.resolve("fakes"));
    Path java = fakes.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = root.resolve("bin/galen").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PATH", fakes + ":" + System.getenv("PATH"));
    builder.environment().remove("GALEN_JAVA_OPTS");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}
