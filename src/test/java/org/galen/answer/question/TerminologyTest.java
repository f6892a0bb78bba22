package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminologyTest {
  @Test
  void aSignsNameIsToldFromAConditionsAndFromAConditionNamedBesideASign(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D002637\tChest Pain\tC23.888.592.612.233",
        "D001249\tAsthma\tC08.127.108"));
    Terminology terminology = new Terminology(ConceptVocabulary.load(directory));
    assertThat(terminology.namesASign("Chest Pain")).isTrue();
    assertThat(terminology.namesASign(" chest pain ")).as("as a source writes it").isTrue();
    assertThat(terminology.namesASign("Asthma")).isFalse();
    assertThat(terminology.namesASign("Chest Pain in Asthma")).as("a condition the sign is only part of").isFalse();
    assertThat(terminology.namesASign("Colorectal Cancer")).as("a name the vocabulary does not read").isFalse();
  }

  @Test
  void aConditionNamedWithinTheSubjectsNameIsBroaderNotAnother(@TempDir Path directory) throws Exception {
    // Filed two levels apart: the subject's parent heading is not the title's condition.
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D900040\tZorbitis\tC10.900",
        "D900041\tZorbitis, Bacterial\tC10.900.100",
        "D900042\tZorbitis, Quellian\tC10.900.100.200",
        "D900043\tVantor Disease\tC10.910",
        "D900044\tHepatitis\tC06.552.380",
        "D900045\tHepatic Encephalopathy\tC06.552.308"));
    ConceptVocabulary vocabulary = ConceptVocabulary.load(directory);
    Terminology terminology = new Terminology(vocabulary);
    Concept subject = vocabulary.mentionsIn("quellian zorbitis").get(0).concept();
    assertThat(subject.name()).isEqualTo("Zorbitis, Quellian");
    assertThat(subject.broader()).as("only its parent").containsExactly("Zorbitis, Bacterial");
    assertThat(terminology.namesOtherCondition("Zorbitis", subject)).isFalse();
    assertThat(terminology.namesOtherCondition("Vantor Disease", subject)).isTrue();
    Concept encephalopathy = vocabulary.mentionsIn("hepatic encephalopathy").get(0).concept();
    assertThat(terminology.namesOtherCondition("Hepatitis", encephalopathy))
        .as("a word the stemmer folds into one of the subject's is not written in its name").isTrue();
  }

  @Test
  void aSubjectTheEvidenceSettledFilesWhereTheHeadingOfItsNameDoes(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D900050\tQuellworm Infections\tC03.950",
        "D900051\tQuellwormiasis\tC03.950.100",
        "D900052\tVantor Disease\tC10.910"));
    Terminology terminology = new Terminology(ConceptVocabulary.load(directory));
    // As a source's focus settles it: a name, no heading of the vocabulary's.
    Concept settled = new Concept("Quellwormiasis", Concept.Origin.MEDQUAD, "", java.util.List.of("Quellwormiasis"),
        java.util.List.of(), Concept.Kind.CONDITION);
    assertThat(terminology.namesBroaderCondition("Quellworm Infections", settled)).isTrue();
    assertThat(terminology.namesOtherCondition("Quellworm Infections", settled)).isFalse();
    assertThat(terminology.wordsFilingUnder(settled)).contains("quellworm");
    assertThat(terminology.namesOtherCondition("Vantor Disease", settled)).isTrue();
  }
}
