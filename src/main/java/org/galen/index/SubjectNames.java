package org.galen.index;

import java.util.List;
import java.util.regex.Pattern;
import org.galen.source.Document;
import org.galen.source.SourceKind;

/**
 * The names of what a document is about, indexed with each of its passages ({@link
 * IndexSchema#SUBJECT}) so a question naming its subject by any of them finds it ("Sweet
 * syndrome" finds the acute febrile neutrophilic dermatosis page that lists it as a synonym), and so "does any source name
 * this?" looks at names as well as text. From the source's own statement of its subject: MedQuAD's
 * focus and synonyms, a guideline's condition, the MeSH headings a citation marks major (all its
 * headings where the record marks none), else a report's title (an MMWR report is titled with its
 * topic). A study without MeSH headings has no subject name: its title names a study.
 *
 * <p>A name that is one word in capitals and digits ("SS", "MS", "OI", "FXS") or of fewer than {@value
 * #MIN_WORD_NAME} letters names nothing on its own: the same letters are common abbreviations and
 * words elsewhere ("MS" is multiple sclerosis, mitral stenosis and a unit of time), so they are not
 * indexed as a name.
 */
public final class SubjectNames {
  /** Letters a one-word name needs to name a subject on its own. */
  static final int MIN_WORD_NAME = 4;
  private static final Pattern INITIALISM = Pattern.compile("[\\p{Lu}\\p{N}]+");
  private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");

  private SubjectNames() {}

  /** The document's subject names that may name it on their own, in the source's order. */
  public static List<String> of(Document document) {
    List<String> names = !document.focus().isEmpty() ? document.focus()
        : document.sourceKind() == SourceKind.RESEARCH ? document.meshTerms()
        : document.title().isBlank() ? List.of() : List.of(document.title());
    return names.stream().filter(SubjectNames::namesOnItsOwn).toList();
  }

  /** Whether a name may name a subject without other words: not an initialism, not a short word. */
  static boolean namesOnItsOwn(String name) {
    String bare = name.strip();
    if (!ONE_WORD.matcher(bare).matches()) {
      return !bare.isEmpty();
    }
    return !isInitialism(bare) && bare.codePointCount(0, bare.length()) >= MIN_WORD_NAME;
  }

  /**
   * Whether a name is one word in capitals and digits ("MG", "SS"): the same letters, read without
   * their case, are a unit or a word elsewhere ("10 mg").
   */
  public static boolean isInitialism(String name) {
    String bare = name.strip();
    return ONE_WORD.matcher(bare).matches() && INITIALISM.matcher(bare).matches();
  }
}
