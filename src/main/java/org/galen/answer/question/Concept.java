package org.galen.answer.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something a question is about, as a vocabulary names it: "Myoclonus" (MeSH D009207),
 * "Paracetamol" (DrugBank DB00316), "COPD" (an abbreviation, expanded), or, when no vocabulary
 * knows it, the question's own words.
 *
 * @param name the preferred name
 * @param origin which vocabulary recognised it
 * @param id the vocabulary's identifier (MeSH or DrugBank id); empty for abbreviations and words
 * @param names every name a source may use for it, the preferred name first
 * @param broader broader MeSH headings ("Dyskinesias"), for plain-language glosses
 * @param disease whether MeSH files it under Diseases or Mental Disorders
 */
public record Concept(String name, Origin origin, String id, List<String> names, List<String> broader,
    boolean disease) {
  /** Where a concept's names come from. */
  public enum Origin { MESH, DRUGBANK, ABBREVIATION, MEDQUAD, QUESTION }

  public Concept {
    names = List.copyOf(names);
    broader = List.copyOf(broader);
  }

  static Concept ofWords(String words) {
    return new Concept(words, Origin.QUESTION, "", List.of(words), List.of(), false);
  }

  /** This concept with more names for it (MedQuAD's focus synonyms, a resolved long form). */
  public Concept withNames(List<String> more) {
    Set<String> all = new LinkedHashSet<>(names);
    all.addAll(more);
    return new Concept(name, origin, id, new ArrayList<>(all), broader, disease);
  }

  /** The stems of each name; a text mentions the concept when it has all the stems of one name. */
  public List<Set<String>> nameStems() {
    return names.stream().map(Stems::of).filter(stems -> !stems.isEmpty()).toList();
  }
}
