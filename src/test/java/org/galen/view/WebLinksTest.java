package org.galen.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only http and https addresses of sources become links (issue 13, item 6). */
class WebLinksTest {
  @Test
  void onlyHttpAndHttpsAddressesWithAHostAreLinkable() {
    assertThat(WebLinks.linkable("https://www.ninds.nih.gov/disorders/myoclonus")).isEqualTo(
        "https://www.ninds.nih.gov/disorders/myoclonus");
    assertThat(WebLinks.linkable("HTTP://pubmed.ncbi.nlm.nih.gov/123/")).isEqualTo("HTTP://pubmed.ncbi.nlm.nih.gov/123/");
    assertThat(WebLinks.linkable("javascript:alert(document.domain)")).isEmpty();
    assertThat(WebLinks.linkable(" JavaScript:alert(1)")).isEmpty();
    assertThat(WebLinks.linkable("data:text/html,<script>alert(1)</script>")).isEmpty();
    assertThat(WebLinks.linkable("//evil.example/x")).isEmpty();
    assertThat(WebLinks.linkable("not a url")).isEmpty();
    assertThat(WebLinks.linkable(null)).isEmpty();
  }
}
