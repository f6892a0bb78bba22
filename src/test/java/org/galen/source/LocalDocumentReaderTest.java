package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDocumentReaderTest {
  @Test
  void markdownHeadingsBecomeSectionsAndTheFirstIsTheTitle(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("protocol.md");
    Files.writeString(file, "# Sepsis protocol\n\nStart within one hour.\n\n## Antibiotics\n\n- Give **ceftriaxone** 2 g IV.\n");
    Document document = Collected.read(new MarkdownReader(), file).documents.get(0);

    assertThat(document.docId()).startsWith("local:").matches("[A-Za-z0-9._:-]+");
    assertThat(document.title()).isEqualTo("Sepsis protocol");
    assertThat(document.sections()).extracting(Section::title).containsExactly("Sepsis protocol", "Antibiotics");
    assertThat(document.sectionText(document.sections().get(1))).contains("Give ceftriaxone 2 g IV.");
  }

  @Test
  void htmlDropsScriptsAndNavigationAndKeepsHeadingsAsSections(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("page.html");
    Files.writeString(file, "<html><head><title>Asthma plan</title><script>alert(1)</script></head><body>"
        + "<nav>Home | About</nav><h1>Asthma</h1><p>Use the reliever inhaler.</p><h2>Red flags</h2>"
        + "<ul><li><p>Cannot speak in sentences.</p></li></ul></body></html>");
    Document document = Collected.read(new HtmlReader(), file).documents.get(0);

    assertThat(document.title()).isEqualTo("Asthma plan");
    assertThat(document.text()).doesNotContain("alert").doesNotContain("Home | About");
    assertThat(document.sections()).extracting(Section::title).containsExactly("Asthma", "Red flags");
    assertThat(document.text()).containsOnlyOnce("Cannot speak in sentences.");
  }

  @Test
  void markdownNestedThousandsDeepIsRefusedBeforeParsingAndOrdinaryNestingReads(@TempDir Path temp) throws Exception {
    StringBuilder deep = new StringBuilder("# Deep\n\n");
    for (int depth = 0; depth < 3_000; depth++) {
      deep.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
    }
    Path file = temp.resolve("deep.md");
    Files.writeString(file, deep);
    assertThatThrownBy(() -> new MarkdownReader().read(file, new Collected()))
        .isInstanceOf(MalformedSourceException.class).hasMessageContaining("nested deeper");

    Path ordinary = temp.resolve("ordinary.md");
    Files.writeString(ordinary, "# Protocol\n\n- Fever\n  - Paracetamol 1 g every 6 hours\n    - Child: 15 mg/kg\n"
        + "> A quote\n> > quoted again\n");
    Collected read = new Collected();
    new MarkdownReader().read(ordinary, read);
    assertThat(read.documents.get(0).text()).contains("Child: 15 mg/kg");
  }

  @Test
  void binaryJunkIsRefused(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("junk.md");
    Files.write(file, new byte[] {0, (byte) 0xFF, 0x13, 0x00, (byte) 0xC3});
    assertThatThrownBy(() -> new MarkdownReader().read(file, new Collected())).isInstanceOf(MalformedSourceException.class);
  }
}
