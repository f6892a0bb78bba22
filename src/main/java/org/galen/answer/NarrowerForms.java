package org.galen.answer;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.galen.answer.EvidenceTopics.Condition;
import org.galen.answer.question.FocusWords;
import org.galen.answer.question.Negations;
import org.galen.answer.question.Patient;
import org.galen.answer.question.Populations;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.galen.index.EvidenceReader;
import org.galen.source.Document;

/**
 * The narrower form of a condition a question names by its broad name, for {@link TopicSettler}:
 * the form the question's other words picture, among the forms for the patient it describes.
 * Thread-safe.
 */
final class NarrowerForms {
  private final EvidenceReader index;

  NarrowerForms(EvidenceReader index) {
    this.index = index;
  }

  /**
   * A condition named by its broad name ("abscess") when the evidence is about narrower forms of it
   * only ("Lung Abscess", "Gingival Abscess"): the narrower form one of whose sources holds the most
   * of the question's other words and cues that tell the forms apart (those every form's sources
   * hold, a drug or a population, tell nothing), at least {@value DescriptionPictures#MIN_PICTURE_CUES}
   * and more than any other form's. Only forms weighing at least a
   * {@value EvidenceTopics#DESCRIBED_FLOOR}th of the best take part, at least two of them; of those,
   * a form named for an age group the patient the question describes is not of is never chosen
   * ({@link #forOtherPatients}), and a form left alone is chosen only when named for the patient's
   * age group. None when a source on the broad condition itself is among those retrieval cannot tell
   * apart ({@link EvidenceTopics#contenders}): then the question may well ask of the condition in
   * general.
   *
   * @param qualifiedOnly whether a condition's name only qualifies the broad one ("Gingival
   *     Abscess"), naming no other condition beside it ("Urticaria and Angioedema")
   */
  Optional<Condition> pictured(QuestionAnalysis analysis, List<Condition> topics,
      Predicate<Condition> qualifiedOnly) throws IOException {
    List<Set<String>> names = analysis.primary().nameStems();
    if (EvidenceTopics.contenders(topics).stream().anyMatch(c -> names.contains(c.stems()))) {
      return Optional.empty();
    }
    double top = topics.stream().mapToDouble(Condition::weight).max().orElse(0);
    List<Condition> forms = topics.stream()
        .filter(topic -> topic.weight() * EvidenceTopics.DESCRIBED_FLOOR >= top
            && names.stream().anyMatch(n -> topic.stems().containsAll(n) && topic.stems().size() > n.size())
            && qualifiedOnly.test(topic))
        .toList();
    if (forms.size() < 2) {
      // One narrower form is no choice the question's words could make: the broad name stands.
      return Optional.empty();
    }
    // The patient's age rules out the forms named for other age groups; one left is the patient's
    // only when it is named for the patient's own (a form left by elimination alone proves nothing).
    Patient patient = Patient.describedIn(analysis.question());
    forms = forms.stream().filter(form -> !forOtherPatients(form, patient)).toList();
    if (forms.size() < 2) {
      return forms.stream().filter(form -> forThePatient(form, patient)).findFirst();
    }
    Set<String> cues = new LinkedHashSet<>(FocusWords.of(analysis.question()));
    cues.addAll(DescriptionPictures.cues(analysis));
    names.forEach(cues::removeAll);
    // The cues each form's sources hold, the source holding most of them for each form.
    Map<Condition, Set<String>> held = new LinkedHashMap<>();
    for (Condition form : forms) {
      Set<String> most = Set.of();
      for (String docId : form.docIds()) {
        Optional<Document> source = index.document(docId);
        if (source.isPresent()) {
          Set<String> stems = Stems.of(source.get().text());
          Set<String> holds = cues.stream().filter(stems::contains).collect(Collectors.toSet());
          most = holds.size() > most.size() ? holds : most;
        }
      }
      held.put(form, most);
    }
    Set<String> everywhere = new HashSet<>(cues);
    held.values().forEach(everywhere::retainAll);
    List<Map.Entry<Condition, Integer>> ranked = held.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), (int) e.getValue().stream().filter(cue -> !everywhere.contains(cue)).count()))
        .sorted(Map.Entry.<Condition, Integer>comparingByValue().reversed()).toList();
    boolean ahead = ranked.get(0).getValue() >= DescriptionPictures.MIN_PICTURE_CUES
        && ranked.get(0).getValue() > ranked.get(1).getValue();
    return ahead ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
  }

  /**
   * The form retrieval settles by its margin ({@code decided}) when the question writes the words of
   * its name, the broad name among them, not necessarily together ("a whooping noise" of a cough);
   * never a form named for another age group than the patient's. When the vocabulary holds the form
   * a condition of its own, not filed under the broad one ({@code qualifiedOnly} fails), the broad
   * name is no name of it, and the broad condition's sources are not its sources.
   */
  static Optional<Condition> written(QuestionAnalysis analysis, Optional<Condition> decided,
      Predicate<Condition> qualifiedOnly) {
    // Names and forms compared by the same words: those that say what a name is about.
    List<Set<String>> names = analysis.primary().names().stream().map(FocusWords::of)
        .filter(name -> !name.isEmpty()).toList();
    Set<String> questionWords = FocusWords.of(Negations.blanked(analysis.question()));
    return decided
        .filter(form -> names.stream().anyMatch(n -> form.stems().containsAll(n) && form.stems().size() > n.size()))
        .filter(form -> questionWords.containsAll(form.stems()))
        .filter(form -> !forOtherPatients(form, Patient.describedIn(analysis.question())))
        .map(form -> qualifiedOnly.test(form) ? form : withoutNames(form, names));
  }

  private static Condition withoutNames(Condition form, List<Set<String>> broadNames) {
    List<String> names = form.names().stream().filter(name -> !broadNames.contains(FocusWords.of(name))).toList();
    return new Condition(form.name(), names, form.stems(), form.support(), form.weight(), form.docIds());
  }

  /**
   * Whether a form is named for an age group ("Childhood …", "Adult …", "… in Children") that the
   * patient's age, as the question gives it, is not of: a 50-year-old's sarcoma is no childhood
   * sarcoma, whatever words its page shares with the question. A question giving no age leaves
   * every form. (A name's age group is the patient's age at the time the page speaks of: a page on
   * the late effects of a childhood cancer in grown survivors would be ruled out for an adult; no
   * such page is a narrower form of a condition in the demo corpus.)
   */
  static boolean forOtherPatients(Condition form, Patient patient) {
    List<Populations.Group> ageGroups = ageGroupsNamed(form);
    return patient.ageMonths().isPresent() && !ageGroups.isEmpty()
        && ageGroups.stream().noneMatch(group -> group.covers(patient.ageMonths().getAsDouble()));
  }

  /** Whether a form is named for an age group the patient's age, as the question gives it, is of. */
  static boolean forThePatient(Condition form, Patient patient) {
    return patient.ageMonths().isPresent()
        && ageGroupsNamed(form).stream().anyMatch(group -> group.covers(patient.ageMonths().getAsDouble()));
  }

  private static List<Populations.Group> ageGroupsNamed(Condition form) {
    return Populations.builtIn().namedIn(Stems.of(form.name())).stream().filter(group -> group.ages() != null)
        .toList();
  }
}
