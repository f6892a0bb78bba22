package org.galen.answer;

import java.util.List;

/**
 * What Galen answers: sections of verbatim, cited statements, structured doses, numbered
 * references, notes in Galen's own words kept apart, glosses for lay readers, suggested
 * follow-ups, and the disclaimer. Identity, review status and dates belong to the stored article
 * ({@code org.galen.editorial}); this is the content, the same for the same index, question and
 * audience.
 *
 * @param resolvedQuestion what was answered: the question, or for a follow-up the question read
 *     with the previous turn's subject
 * @param abstained true when the indexed evidence does not address the question; a note then says
 *     so and lists what was found
 */
public record Article(String question, String resolvedQuestion, Audience audience, boolean abstained,
    List<Section> sections, List<Dose> doses, List<Reference> references, List<Note> notes, List<Gloss> glosses,
    List<String> followUps, String disclaimer) {

  public Article {
    sections = List.copyOf(sections);
    doses = List.copyOf(doses);
    references = List.copyOf(references);
    notes = List.copyOf(notes);
    glosses = List.copyOf(glosses);
    followUps = List.copyOf(followUps);
    if (disclaimer == null || disclaimer.isBlank()) {
      throw new IllegalArgumentException("an article always carries the disclaimer");
    }
  }

  /**
   * The same article titled with another asker's wording: a stored article answers everyone who asks
   * the same question, and each reads their own words as its title, never another asker's.
   */
  public Article askedAs(String wording, String resolvedWording) {
    return new Article(wording, resolvedWording, audience, abstained, sections, doses, references, notes, glosses,
        followUps, disclaimer);
  }

  /** Every statement, in reading order. */
  public List<Statement> statements() {
    return sections.stream().flatMap(section -> section.statements().stream()).toList();
  }

  /** The section doses are listed after: Medications, else Management, else the bottom line; empty without doses. */
  public String sectionBeforeDoses() {
    if (doses.isEmpty()) {
      return "";
    }
    List<String> kinds = sections.stream().map(Section::kind).toList();
    return java.util.stream.Stream.of(SectionKind.MEDICATIONS, SectionKind.MANAGEMENT, SectionKind.GUIDELINES)
        .map(SectionKind::kind).filter(kinds::contains).findFirst().orElse("");
  }
}
