package org.galen.answer;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.SpokenOrder;
import org.galen.answer.question.Stems;
import org.galen.index.EvidenceReader;
import org.galen.index.ScoredPassage;
import org.galen.index.SubjectNames;
import org.galen.index.TextQuery;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;

/**
 * The subjects a question names by a name some source gives its subject, written whole in the
 * question: "Sweet syndrome" is one of the names the acute febrile neutrophilic dermatosis pages
 * list. No vocabulary needs to know the synonym: the sources' own subject names ({@link
 * SubjectNames}) are searched, and a name counts only when the question holds all its words next
 * to each other, in its order (or an eponym's proper names in another order). Guidelines and
 * reference pages only: a study's MeSH headings name what it studied, not a condition a reader
 * names. Thread-safe.
 */
final class NamedSubjects {
  /** Sources whose subject names are read for one question. */
  private static final int SOURCES_READ = 30;
  /**
   * Passages searched for them: every passage of a document carries its names, so a long
   * guideline fills many of them.
   */
  private static final int PASSAGES_SEARCHED = 300;
  /** What parts two words: they are not a name written together. */
  private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("[()\\[\\]{},;:.!?/]");
  /** Words a name needs to be a name on its own in a question: one word is as often a common word. */
  static final int MIN_NAME_WORDS = 2;
  /**
   * Passages a one-word name may be held by and still be read as the subject's own word: a word
   * more passages hold is a word of the language, whichever sources hold it.
   */
  private static final int OWN_WORD_PASSAGES = 100;
  /**
   * Passages searched by one word among the subjects' names: the guidelines and reference pages
   * among them whose names hold it must all be of one subject (a study's headings may come first).
   */
  private static final int OWN_WORD_SOURCES_SEARCHED = 10;
  /** An initialism as a question writes it: two to six capitals, alone ("AKI", "PPH"). */
  private static final java.util.regex.Pattern WRITTEN_INITIALISM = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{Lu}{2,6}(?![\\p{L}\\p{N}])");
  /** Passages holding an initialism read for its definition. */
  private static final int DEFINITIONS_READ = 20;
  /**
   * Proper names an eponym needs for them to be recognised in another order: writers learn
   * "Osler-Weber-Rendu" and "Rendu-Osler-Weber" alike. A name in order always wins over one found
   * reordered ("Goltz-Gorlin" and "Gorlin-Goltz" are two syndromes).
   */
  private static final int MIN_PERMUTED_NAMES = 2;
  /** A word a source writes as a proper name: a capital, then lower-case letters ("II" is none). */
  private static final java.util.regex.Pattern PROPER_NAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Ll}'’]+");
  /** What parts one name of a subject from another written with it: brackets, commas, semicolons. */
  private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[(),;]");
  /** A word in lower case: a name holding one is in sentence case, where capitals mark proper names. */
  private static final java.util.regex.Pattern LOWER_CASE_WORD =
      java.util.regex.Pattern.compile("(?:^|[\\s(-])\\p{Ll}{3,}");

  /**
   * A subject a source names, the name the question wrote, and how that was read when not as a name
   * written whole ({@link #writtenIn}).
   */
  record Named(String written, String name, List<String> names, String docId, Optional<String> how) {
    Named(String written, String name, List<String> names, String docId) {
      this(written, name, names, docId, Optional.empty());
    }

    Named readAs(String how) {
      return new Named(written, name, names, docId, Optional.of(how));
    }
  }

  private final EvidenceReader index;

  NamedSubjects(EvidenceReader index) {
    this.index = index;
  }

  /**
   * Whether a name's words stand together among a question's stems (its words in order, stop words
   * dropped), in any order, with no other word of substance between them ("sickle cell crisis",
   * "diabetes, type 2", "cancer of the breast"): words of a name scattered over a description
   * ("aches in my knees that come and go and come back") are no name.
   */
  static boolean writtenTogether(Set<String> name, List<String> words) {
    if (name.isEmpty()) {
      return false;
    }
    for (int start = 0; start + name.size() <= words.size(); start++) {
      if (Set.copyOf(words.subList(start, start + name.size())).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The source subject with the longest name the question writes whole, if any. */
  Optional<Named> longestIn(String question) throws IOException {
    return longestIn(question, subject -> true);
  }

  /**
   * As {@link #longestIn(String)}, among the sources whose subject passes {@code subjects}: a
   * subject that may not be the question's is passed over, so that a shorter name written beside it
   * is found.
   */
  Optional<Named> longestIn(String question, java.util.function.Predicate<String> subjects) throws IOException {
    List<Stems.Token> tokens = Stems.tokens(question);
    if (tokens.size() < MIN_NAME_WORDS) {
      return Optional.empty();
    }
    TextQuery names = new TextQuery.Builder().add(TextQuery.Field.SUBJECT, question, 1f).build();
    Set<String> read = new LinkedHashSet<>();
    Optional<Named> longest = Optional.empty();
    int longestWords = MIN_NAME_WORDS - 1;
    // A name found only with its proper names in another order gives way to one written in order.
    boolean longestReordered = false;
    for (ScoredPassage hit : index.searchText(names, PASSAGES_SEARCHED)) {
      boolean subjectSource = hit.passage().evidenceLevel() == EvidenceLevel.GUIDELINE
          || hit.passage().sourceKind() == SourceKind.REFERENCE;
      if (read.size() >= SOURCES_READ) {
        break;
      }
      if (!subjectSource || !read.add(hit.passage().docId())) {
        continue;
      }
      Optional<Document> source = index.document(hit.passage().docId());
      if (source.isEmpty()) {
        continue;
      }
      List<String> all = SubjectNames.of(source.get());
      if (all.isEmpty() || !subjects.test(BracketedNames.bare(all.get(0)))) {
        continue;
      }
      for (String name : withSpokenOrders(BracketedNames.withBracketedNames(all, MIN_NAME_WORDS))) {
        List<String> words = Stems.tokens(name).stream().map(Stems.Token::stem).toList();
        boolean longer = words.size() > longestWords;
        int at = longer || words.size() == longestWords && longestReordered ? indexOf(question, tokens, name) : -1;
        boolean reordered = false;
        if (at < 0 && longer) {
          at = indexOfReordered(question, tokens, name);
          reordered = at >= 0;
        }
        if (at >= 0) {
          longestWords = words.size();
          longestReordered = reordered;
          String written = question.substring(tokens.get(at).start(), tokens.get(at + words.size() - 1).end());
          longest = Optional.of(new Named(written, BracketedNames.bare(all.get(0)), all, source.get().docId()));
        }
      }
    }
    return longest;
  }

  /**
   * A subject's names, each inverted one ("Jaundice, Chronic Idiopathic", as MeSH writes headings
   * and the pages copy them) also in the order a question writes it ({@link SpokenOrder}).
   */
  private static List<String> withSpokenOrders(List<String> names) {
    List<String> all = new java.util.ArrayList<>(names);
    names.forEach(name -> SpokenOrder.of(name).filter(spoken -> !all.contains(spoken))
        .ifPresent(all::add));
    return all;
  }

  /**
   * The source subject a question names: the longest name written whole ({@link #longestIn}); when
   * no vocabulary read anything in the question ({@code unread}), a word only one subject's sources
   * use is its name ({@link #ownWordIn}), more surely than words a source's name shares with the
   * language ("genital ulcer") — but not than a longer name written around it; and when nothing else
   * is named, an initialism the sources define ({@link #definedInitialismIn}) — each only a subject
   * that passes {@code subjects}.
   */
  Optional<Named> writtenIn(String question, boolean unread, java.util.function.Predicate<String> subjects)
      throws IOException {
    Optional<Named> longest = longestIn(question, subjects);
    if (!unread) {
      return longest;
    }
    Optional<Named> own = ownWordIn(question).filter(named -> subjects.test(named.name()));
    if (own.isPresent() && longest.filter(name -> Stems.of(name.written())
        .containsAll(Stems.of(own.get().written()))).isEmpty()) {
      return Optional.of(own.get().readAs("\"" + own.get().written() + "\" is a word only the sources of "
          + own.get().name() + " use"));
    }
    if (longest.isPresent() || own.isPresent()) {
      return longest;
    }
    return definedInitialismIn(question).filter(named -> subjects.test(named.name())).map(initialism -> initialism.readAs("\"" + initialism.written()
        + "\" is what the sources spell out as " + initialism.name()));
  }

  /**
   * A word of a name a source gives its subject ("Donovanosis", in brackets after the guideline's
   * "Granuloma inguinale"), written in the question, that is the subject's own word: no passage of
   * any source that does not name its subject by it holds it. One word is as often a common word
   * ("back", "pain"), so {@link #longestIn} takes none; a word only the subject's sources use names
   * nothing else. The first such word of the question whose best-ranked sources are of one subject.
   */
  Optional<Named> ownWordIn(String question) throws IOException {
    Set<String> tried = new java.util.HashSet<>();
    // The words that may name something: not an asking word, a generic one or a stop word.
    Set<String> focus = org.galen.answer.question.FocusWords.of(question);
    for (Stems.Token token : Stems.tokens(question)) {
      if (!focus.contains(token.stem()) || !tried.add(token.stem())) {
        continue;
      }
      String written = question.substring(token.start(), token.end());
      TextQuery word = new TextQuery.Builder().add(TextQuery.Field.SUBJECT, written, 1f).build();
      // The subjects named by the word: one, or it names none of them on its own ("cardiomyopathy").
      java.util.Map<String, Named> subjects = new java.util.LinkedHashMap<>();
      Set<String> read = new LinkedHashSet<>();
      for (ScoredPassage hit : index.searchText(word, OWN_WORD_SOURCES_SEARCHED)) {
        boolean subjectSource = hit.passage().evidenceLevel() == EvidenceLevel.GUIDELINE
            || hit.passage().sourceKind() == SourceKind.REFERENCE;
        if (subjectSource && read.add(hit.passage().docId())) {
          List<String> all = index.document(hit.passage().docId()).map(SubjectNames::of).orElse(List.of());
          if (!all.isEmpty() && namedBy(all, token.stem())) {
            subjects.putIfAbsent(BracketedNames.bare(all.get(0)).toLowerCase(java.util.Locale.ROOT),
                new Named(written, BracketedNames.bare(all.get(0)), all, hit.passage().docId()));
          }
        }
      }
      if (subjects.size() == 1) {
        Named named = subjects.values().iterator().next();
        if (heldOnlyBySourcesNaming(written, token.stem())) {
          return Optional.of(named);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A subject a source names by the long form of an initialism the question writes ("AKI"), as the
   * sources define it where they use it ("acute kidney injury (AKI)"): no vocabulary needs to list
   * every clinical initialism when the evidence spells it out. The long form is read as the question
   * reader reads one ({@link org.galen.answer.question.Initialisms#longFormsIn}); it is taken when
   * the sources spell it out one way only and a source's subject is named so, written whole.
   */
  Optional<Named> definedInitialismIn(String question) throws IOException {
    java.util.regex.Matcher initialism = WRITTEN_INITIALISM.matcher(question);
    while (initialism.find()) {
      String letters = initialism.group();
      TextQuery word = new TextQuery.Builder().add(TextQuery.Field.BODY, letters, 1f).build();
      Set<String> longForms = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (ScoredPassage hit : index.searchText(word, DEFINITIONS_READ)) {
        longForms.addAll(org.galen.answer.question.Initialisms.longFormsIn(hit.passage().text(), letters));
      }
      // Sources spelling it out two ways ("MS": multiple sclerosis, mitral stenosis) leave it unread.
      if (longForms.size() == 1) {
        String longForm = longForms.iterator().next();
        Optional<Named> named = longestIn(longForm).filter(found -> found.written().equalsIgnoreCase(longForm));
        if (named.isPresent()) {
          return Optional.of(new Named(letters, named.get().name(), named.get().names(), named.get().docId()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a word (a stem) is a word of one of a subject's names, and neither an initialism nor a
   * person's name: a word a name capitalises among lower-case words ("Pennyworth syndrome") is an
   * eponym's, and a surname is as often a word of the language ("Dent", "Sweet").
   */
  private static boolean namedBy(List<String> names, String stem) {
    return names.stream().flatMap(name -> java.util.Arrays.stream(NAME_PARTS.split(name)))
        .anyMatch(part -> {
          List<Stems.Token> words = Stems.tokens(part);
          for (int i = 0; i < words.size(); i++) {
            String written = part.substring(words.get(i).start(), words.get(i).end());
            if (words.get(i).stem().equals(stem) && !SubjectNames.isInitialism(written)
                && !surname(part, words, i, written)) {
              return true;
            }
          }
          return false;
        });
  }

  /**
   * Whether a word of a name is a person's: one of capitalised names joined by hyphens
   * ("Osler-Weber-Rendu"), or capitalised in a name written in sentence case, after its first word
   * ("hereditary Rendu disease") or as its first word before only generic ones ("Pennyworth
   * syndrome", "Dent disease 1"). "Hidradenitis suppurativa" opens with a capital like any name.
   */
  private static boolean surname(String part, List<Stems.Token> words, int at, String written) {
    if (!PROPER_NAME.matcher(written).matches()) {
      return false;
    }
    int start = words.get(at).start();
    int end = words.get(at).end();
    if (start > 0 && part.charAt(start - 1) == '-' || end < part.length() && part.charAt(end) == '-') {
      // Proper names joined by hyphens are an eponym's ("Osler-Weber-Rendu").
      return start > 1 && Character.isUpperCase(part.charAt(start - 2))
          || end + 1 < part.length() && Character.isUpperCase(part.charAt(end + 1));
    }
    if (!LOWER_CASE_WORD.matcher(part).find()) {
      return false;
    }
    return at > 0 || words.stream().skip(1).allMatch(word -> org.galen.answer.question.FocusWords.isGeneric(word.stem())
        || word.stem().chars().allMatch(Character::isDigit));
  }

  /** Whether every passage holding the word is of a source that gives it among its subject's names. */
  private boolean heldOnlyBySourcesNaming(String written, String stem) throws IOException {
    TextQuery word = new TextQuery.Builder().add(TextQuery.Field.BODY, written, 1f).build();
    List<ScoredPassage> holding = index.searchText(word, OWN_WORD_PASSAGES + 1);
    if (holding.size() > OWN_WORD_PASSAGES) {
      return false;
    }
    java.util.Map<String, Boolean> naming = new java.util.HashMap<>();
    for (ScoredPassage passage : holding) {
      String docId = passage.passage().docId();
      if (!naming.containsKey(docId)) {
        List<String> names = index.document(docId).map(SubjectNames::of).orElse(List.of());
        naming.put(docId, !names.isEmpty() && namedBy(names, stem));
      }
      if (!naming.get(docId)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the name's words stand next to each other in the question's tokens, or -1; words a
   * bracket or a stop mark parts in the question ("antibiotics (resistant)") are not written
   * together, unless the name has that mark too ("HIV/AIDS", "Hand, foot and mouth disease").
   */
  private static int indexOf(String question, List<Stems.Token> tokens, String name) {
    List<Stems.Token> words = Stems.tokens(name);
    for (int i = 0; i + words.size() <= tokens.size(); i++) {
      boolean all = true;
      for (int j = 0; j < words.size() && all; j++) {
        all = tokens.get(i + j).stem().equals(words.get(j).stem())
            && (j == 0 || !BREAK.matcher(question.substring(tokens.get(i + j - 1).end(), tokens.get(i + j).start()))
                .find() || BREAK.matcher(name.substring(words.get(j - 1).end(), words.get(j).start())).find());
      }
      if (all) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where an eponym's words stand next to each other in the question with its proper names in
   * another order, or -1: "Rendu-Osler-Weber disease" is written "Osler-Weber-Rendu disease". Only
   * the names the source capitalises and hyphenates move, at least {@value #MIN_PERMUTED_NAMES} of them;
   * every other word ("disease", "type", "2", "cone-rod") stays where the name has it.
   */
  private static int indexOfReordered(String question, List<Stems.Token> tokens, String name) {
    List<Stems.Token> words = Stems.tokens(name);
    boolean[] movable = new boolean[words.size()];
    List<String> names = new java.util.ArrayList<>();
    for (int j = 0; j < words.size(); j++) {
      String word = name.substring(words.get(j).start(), words.get(j).end());
      // An eponym's names are hyphenated ("Rendu-Osler-Weber"): a title's capitals ("The Red Eye")
      // are no names.
      boolean hyphenated = words.get(j).start() > 0 && name.charAt(words.get(j).start() - 1) == '-'
          || words.get(j).end() < name.length() && name.charAt(words.get(j).end()) == '-';
      movable[j] = hyphenated && PROPER_NAME.matcher(word).matches();
      if (movable[j]) {
        names.add(words.get(j).stem());
      }
    }
    if (names.size() < MIN_PERMUTED_NAMES) {
      return -1;
    }
    List<String> wanted = names.stream().sorted().toList();
    for (int i = 0; i + words.size() <= tokens.size(); i++) {
      List<Stems.Token> window = tokens.subList(i, i + words.size());
      boolean fits = true;
      List<String> moved = new java.util.ArrayList<>();
      for (int j = 0; j < window.size() && fits; j++) {
        fits = (j == 0 || !BREAK.matcher(question.substring(window.get(j - 1).end(), window.get(j).start())).find())
            && (movable[j] || window.get(j).stem().equals(words.get(j).stem()));
        if (movable[j]) {
          moved.add(window.get(j).stem());
        }
      }
      if (fits && moved.stream().sorted().toList().equals(wanted)) {
        return i;
      }
    }
    return -1;
  }
}
