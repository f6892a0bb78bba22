package org.galen.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ONNX Runtime's folder names for the platforms it ships libraries for, and none for others. */
class OnnxRuntimeLibrariesTest {
  @Test
  void namesThePlatformsFoldersAsOnnxRuntimesJarDoes() {
    assertThat(OnnxRuntimeLibraries.platform("Linux", "amd64")).contains("linux-x64");
    assertThat(OnnxRuntimeLibraries.platform("Linux", "aarch64")).contains("linux-aarch64");
    assertThat(OnnxRuntimeLibraries.platform("Mac OS X", "aarch64")).contains("osx-aarch64");
    assertThat(OnnxRuntimeLibraries.platform("Windows 11", "amd64")).contains("win-x64");
    assertThat(OnnxRuntimeLibraries.platform("SunOS", "sparcv9")).isEmpty();
    assertThat(OnnxRuntimeLibraries.platform("Linux", "ppc64le")).isEmpty();
  }

  @Test
  void thisMachinesLibrariesAreInOnnxRuntimesJarUnderThatName() {
    java.util.Optional<String> platform = OnnxRuntimeLibraries.platform(System.getProperty("os.name"),
        System.getProperty("os.arch"));
    org.junit.jupiter.api.Assumptions.assumeTrue(platform.isPresent(),
        "a platform ONNX Runtime ships no libraries for: its own loading is left to fail or not");
    String folder = "ai/onnxruntime/native/" + platform.get() + "/";
    assertThat(getClass().getClassLoader().getResource(folder + System.mapLibraryName("onnxruntime"))).isNotNull();
    assertThat(getClass().getClassLoader().getResource(folder + System.mapLibraryName("onnxruntime4j_jni")))
        .isNotNull();
  }
}
