package org.galen.embed;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * ONNX Runtime's native libraries, unpacked once and loaded from there. Left to itself, ONNX
 * Runtime copies its 16 MB library out of its jar into a new temporary directory at every start
 * (a tenth of a second each time) and leaves the directory behind. Given a directory
 * ({@code onnxruntime.native.path}), it loads the libraries found there instead.
 */
final class OnnxRuntimeLibraries {
  /** ONNX Runtime's own property: the directory its libraries are loaded from. */
  static final String NATIVE_PATH = "onnxruntime.native.path";
  private static final String RESOURCES = "ai/onnxruntime/native/";

  private OnnxRuntimeLibraries() {}

  /**
   * Unpacks this platform's libraries into {@code directory} (once) and points ONNX Runtime at
   * them, unless a path is set already. A platform this does not recognise, libraries not in the
   * jar under the names it expects, or a directory they cannot be unpacked into are left to ONNX
   * Runtime's own loading.
   */
  static void unpackOnce(Path directory) {
    if (System.getProperty(NATIVE_PATH) != null) {
      return;
    }
    Optional<String> platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
    if (platform.isEmpty()) {
      return;
    }
    String runtime = System.mapLibraryName("onnxruntime");
    String bridge = System.mapLibraryName("onnxruntime4j_jni");
    ClassLoader loader = OnnxRuntimeLibraries.class.getClassLoader();
    String folder = RESOURCES + platform.get() + "/";
    if (loader.getResource(folder + runtime) == null || loader.getResource(folder + bridge) == null) {
      return;
    }
    // Under the names ONNX Runtime looks for, in a directory named for the library's version.
    try {
      UnpackedResource library = UnpackedResource.in(folder + runtime);
      UnpackedResource jni = UnpackedResource.in(folder + bridge);
      Path libraries = directory.resolve("onnxruntime-" + library.version() + "-" + jni.version());
      library.unpackedAs(libraries.resolve(runtime));
      jni.unpackedAs(libraries.resolve(bridge));
      System.setProperty(NATIVE_PATH, libraries.toString());
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      // A full or read-only disk: ONNX Runtime unpacks its own copy, as it always could.
    }
  }

  /** ONNX Runtime's name for a platform's folder in its jar ("linux-x64"), if it is one it ships. */
  static Optional<String> platform(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win"
        : null;
    String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64", "arm64" -> "aarch64";
      default -> null;
    };
    return system == null || arch == null ? Optional.empty() : Optional.of(system + "-" + arch);
  }
}
