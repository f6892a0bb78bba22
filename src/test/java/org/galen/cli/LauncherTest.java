package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

  @Test
  void aOneQuestionCommandPausesForGarbageLessThanIngestAndTheServer() throws Exception {
    assertThat(jvmArguments("--data-dir", "/tmp/d", "ask", "a question"))
        .as("a one-question command: the parallel collector, a young generation for a start's garbage")
        .contains("-XX:+UseParallelGC", "-Xmn128m");
    assertThat(jvmArguments("--data-dir", "/tmp/d", "search", "typhoid")).contains("-XX:+UseParallelGC");
    assertThat(jvmArguments("--data-dir", "/tmp/d", "ingest", "corpus")).doesNotContain("UseParallelGC", "-Xmn");
    assertThat(jvmArguments("--data-dir", "/tmp/d", "eval", "latency")).as("measures what the server does")
        .doesNotContain("UseParallelGC", "-Xmn");
    assertThat(jvmArguments("--data-dir", "/tmp/d", "embed")).doesNotContain("UseParallelGC", "-Xmn");
    assertThat(jvmArguments("--data-dir", "/tmp/d", "serve")).doesNotContain("UseParallelGC", "-Xmn");
  }

  @Test
  void aOneShotCommandArchivesItsClassesOnceThenMapsThem() throws Exception {
    Path root = launcher();
    String first = run(root, java.util.Map.of(), "--data-dir", "/tmp/d", "ask", "a question");
    assertThat(first).contains("-XX:ArchiveClassesAtExit=" + root.resolve("target/cds/ask-"))
        .doesNotContain("SharedArchiveFile");
    assertThat(archives(root))
        .as("written under its own name, then moved into place").singleElement().asString()
        .startsWith("ask-").endsWith(".jsa");
    String second = run(root, java.util.Map.of(), "--data-dir", "/tmp/d", "ask", "another");
    assertThat(second).contains("-XX:SharedArchiveFile=" + root.resolve("target/cds/ask-"))
        .doesNotContain("ArchiveClassesAtExit");
    assertThat(run(root, java.util.Map.of(), "search", "words")).as("one archive per command")
        .contains("ArchiveClassesAtExit=" + root.resolve("target/cds/search-"));
    assertThat(run(root, java.util.Map.of(), "serve")).doesNotContain("ArchiveClasses").doesNotContain("SharedArchive");
    assertThat(run(root, java.util.Map.of("GALEN_CDS", "0"), "ask", "q")).doesNotContain("ArchiveClasses")
        .doesNotContain("SharedArchive");
  }

  @Test
  void onJdk25AOneShotCommandRecordsAnAheadOfTimeCacheOnceThenMapsIt() throws Exception {
    Path root = launcher();
    // A JDK 25 named by GALEN_JAVA, known by its release file (the launcher starts no JVM to ask).
    Path jdk = Files.createDirectories(root.resolve("jdk25/bin"));
    Files.writeString(root.resolve("jdk25/release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"25.0.1\"\n");
    Path jvm = jdk.resolve("java");
    // It says where it recorded on the standard output, as the JVM does, unless told to keep quiet.
    Files.writeString(jvm, "#!/bin/sh\nquiet=0\nfor arg in \"$@\"; do case \"$arg\" in "
        + "-XX:AOTConfiguration=*|-XX:AOTCache=*) "
        + "echo cache > \"${arg#*=}\";; -XX:-DisplayVMOutput) quiet=1;; esac; done\n"
        + "[ $quiet = 1 ] || echo ' AOTConfiguration recorded'\necho \"$@\"\n");
    Files.setPosixFilePermissions(jvm, PosixFilePermissions.fromString("rwxr-xr-x"));
    java.util.Map<String, String> jdk25 = java.util.Map.of("GALEN_JAVA", jvm.toString());
    String first = run(root, jdk25, "--data-dir", "/tmp/d", "ask", "a question");
    assertThat(first).contains("-XX:AOTMode=record", "--enable-native-access=ALL-UNNAMED")
        .as("the JVM's notice and the cache's creation kept off the command's output")
        .doesNotContain("AOTConfiguration recorded").doesNotContain("AOTMode=create")
        .doesNotContain("ArchiveClassesAtExit");
    assertThat(archives(root))
        .as("created from the recording (its output kept quiet), moved into place, the recording gone")
        .singleElement().asString()
        .startsWith("ask-").endsWith(".aot");
    String second = run(root, jdk25, "--data-dir", "/tmp/d", "ask", "another");
    assertThat(second).contains("-XX:AOTCache=" + root.resolve("target/cds/ask-")).doesNotContain("AOTMode");
    // The cache is not checked against the application's jars: a library jar replaced is a new cache,
    // and the old one goes.
    String before = archives(root).get(0);
    Files.writeString(root.resolve("target/lib/library.jar"), "a newer library");
    assertThat(run(root, jdk25, "ask", "a third")).contains("-XX:AOTMode=record");
    assertThat(archives(root)).singleElement().asString().startsWith("ask-").endsWith(".aot").isNotEqualTo(before);
    assertThat(run(root, java.util.Map.of(), "ask", "q")).as("java on the PATH, a JDK without a release file: "
        + "the dynamic archive").contains("ArchiveClassesAtExit").doesNotContain("AOT")
        .doesNotContain("enable-native-access");
  }

  @Test
  void anInstalledJdk25RunsTheOneQuestionCommandsUnlessAJvmIsNamed() throws Exception {
    Path root = launcher();
    Path jdks = Files.createDirectories(root.resolve("jdks"));
    java.util.Map<String, String> installed = java.util.Map.of("GALEN_JDKS", jdks.toString());
    standInJdk(jdks.resolve("jdk-17"), "17.0.9");
    assertThat(run(root, installed, "ask", "q")).as("an older JDK is no faster than java on the PATH")
        .doesNotContain("stand-in 17").contains("ArchiveClassesAtExit");
    standInJdk(jdks.resolve("jdk-25"), "25.0.1");
    standInJdk(jdks.resolve("jdk-26"), "26.0.1");
    standInJdk(jdks.resolve("jdk-27"), "27-ea");
    assertThat(run(root, installed, "ask", "q")).as("the newest released").contains("stand-in 26")
        .contains("-XX:AOTMode=record");
    assertThat(run(root, installed, "search", "words")).contains("stand-in 26");
    assertThat(run(root, installed, "ingest", "corpus")).as("a long command keeps java on the PATH")
        .doesNotContain("stand-in");
    assertThat(run(root, installed, "serve")).doesNotContain("stand-in");
    assertThat(run(root, java.util.Map.of("GALEN_JDKS", jdks.toString(), "JAVA_HOME", jdks.resolve("jdk-25").toString()),
        "ask", "q")).as("JAVA_HOME's, when it is one").contains("stand-in 25");
    Path named = root.resolve("fakes/java");
    assertThat(run(root, java.util.Map.of("GALEN_JDKS", jdks.toString(), "GALEN_JAVA", named.toString()), "ask", "q"))
        .as("GALEN_JAVA names the JVM").doesNotContain("stand-in");
  }

  /** A JDK's home with a release file and a java that says which it is and prints its arguments. */
  private static void standInJdk(Path home, String version) throws Exception {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path jvm = home.resolve("bin/java");
    Files.writeString(jvm, "#!/bin/sh\nfor arg in \"$@\"; do case \"$arg\" in "
        + "-XX:AOTConfiguration=*|-XX:AOTCache=*|-XX:ArchiveClassesAtExit=*) echo cache > \"${arg#*=}\";; esac; done\n"
        + "echo stand-in " + version.split("[.-]")[0] + " \"$@\"\n");
    Files.setPosixFilePermissions(jvm, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The archives in the launcher's cache folder. */
  private static List<String> archives(Path root) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(root.resolve("target/cds"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private String jvmArguments(String... args) throws Exception {
    return run(launcher(), java.util.Map.of(), args);
  }

  /** A copy of bin/galen with an empty jar and a stand-in JVM that prints its arguments and writes the archive asked for. */
  private Path launcher() throws Exception {
    Path root = Files.createDirectories(temp.resolve("root" + System.nanoTime()));
    Files.createDirectories(root.resolve("bin"));
    Files.copy(Path.of("bin/galen"), root.resolve("bin/galen"));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/galen.jar"), "");
    Files.createDirectories(root.resolve("target/lib"));
    Files.writeString(root.resolve("target/lib/library.jar"), "a library");
    Path fakes = Files.createDirectories(root.resolve("fakes"));
    Path java = fakes.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor arg in \"$@\"; do case \"$arg\" in -XX:ArchiveClassesAtExit=*) "
        + "echo archive > \"${arg#*=}\";; esac; done\necho \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return root;
  }

  private static String run(Path root, java.util.Map<String, String> environment, String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = root.resolve("bin/galen").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PATH", root.resolve("fakes") + ":" + System.getenv("PATH"));
    builder.environment().remove("GALEN_JAVA_OPTS");
    builder.environment().remove("GALEN_CDS");
    builder.environment().remove("GALEN_JAVA");
    // The machine's own JDKs are not the test's: none is installed unless the test installs one.
    builder.environment().remove("JAVA_HOME");
    builder.environment().put("GALEN_JDKS", root.resolve("no-jdks").toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}
