package org.galen.answer.question;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small vocabulary files in the real formats ingest keeps, written for the question reader's tests:
 * a few MeSH headings of each kind, DrugBank drugs (some fictional) and abbreviations.
 */
final class AnalyzerVocabularyFixture {
  private AnalyzerVocabularyFixture() {}

  /** Writes the files into {@code directory} and reads them as the question reader's vocabulary. */
  static ConceptVocabulary load(Path directory) throws Exception {
    Files.writeString(directory.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D009207\tMyoclonus\tC10.597.350.550",
        "D020820\tDyskinesias\tC10.597.350",
        "D029424\tPulmonary Disease, Chronic Obstructive\tC08.381.495.389",
        "D090301\tFever, Spotted, Hill\tC01.920.500",
        "D090302\tPeptides, Proteins, and Sugars\tD12.900",
        "D054058\tAcute Coronary Syndrome\tC14.280.647.124",
        "D011247\tPregnancy\tG08.686.785.760.769",
        "D008288\tMalaria\tC01.610.752.530",
        "D010961\tPlasmodium\tB01.043.075.189.400.650",
        "D001249\tAsthma\tC08.127.108",
        "D010146\tPain\tC10.597.617",
        "D010146\tPain\tC23.888.592.612",
        "D006073\tGout\tC05.550.114.423",
        "D007674\tKidney Diseases\tC12.777.419",
        "D009069\tMovement Disorders\tC10.228.662",
        "D016585\tVaginosis, Bacterial\tC01.252.954",
        "D003430\tCross Infection\tC01.248",
        "D004636\tEmergency Service, Hospital\tN02.278.354.422.336",
        "D056990\tPost-Exposure Prophylaxis\tN02.421.726.755",
        "D000328\tAdult\tM01.060.116",
        "D007107\tImmunoglobulins\tD12.776.124.486.485",
        "D000806\tAngiotensin-Converting Enzyme Inhibitors\tD27.505.519.389.745.085",
        "D000959\tAntihypertensive Agents\tD27.505.954.411",
        "D012076\tRenal Agents\tD27.505.954.613",
        "D008687\tMetformin\tD02.078.370.141.450",
        "D002056\tBurns\tC26.200",
        "D012420\tRunning\tG11.427.410.698.277",
        "D090100\tQLV\tB04.820.650.589"));
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB00316,APRD00252,Acetaminophen,103-90-2,362O9ITL9D,APAP | Paracetamol | Acetaminophen,X",
        "DB01068,APRD00344,Clonazepam,1622-61-3,5PE9FDE8GB,Clonazepam | Clonazepamum,X",
        "DB00331,APRD00099,Metformin,657-24-9,9100L32L2N,Metformin | Metformina,X",
        "DB99401,,Quinalphos,13593-03-8,,Quinalphos | SPARK,X",
        "DB99402,,ZORBEX,,,ZORBEX,X",
        "DB99403,,Glorbonol,,,Glorbonol | Sparkle,X",
        "DB99404,,Whelk,,,Whelk | whelk allergenic extract,X",
        "DB99405,,Whelkomycin,,,Whelkomycin,X",
        "DB99406,,Drisamine,,,Drisamine | Dris,X",
        "DB99407,,Combined artemide,,,Combined artemide | cART,X",
        "DB99408,,Panamide,,,Panamide | PAn,X",
        "DB09145,,Water,,,Water | Purified water,X",
        "DB15171,DBSALT002,Tirzepatide,2023788-19-2,OYN3CCI6QE,Tirzepatide | LY3298176,X",
        "DB00142,NUTR00027,Glutamic acid,56-86-0,3KX376GY7L,Glu | Glutamic acid | L-Glutamate,X",
        "DB02902,EXPT02647,3'-phospho-5'-adenylyl sulfate,482-67-7,5TH3ERG159,3'-phosphoadenylyl sulfate | PAPS,X"));
    Files.writeString(directory.resolve("abbreviations-wikipedia.csv"), String.join("\n",
        "\"abr\",\"long_form\"",
        "\"COPD\",\"chronic obstructive pulmonary disease\"",
        "\"ACS\",\"altered conscious state\"",
        "\"ACS\",\"acute coronary syndrome\"",
        "\"ACS\",\"acute chest syndrome\"",
        "\"ER\",\"emergency room\"",
        "\"ACE\",\"angiotensin-converting enzyme\"",
        "\"ACEI\",\"angiotensin-converting enzyme inhibitor\"",
        "\"QLV\",\"quellian lymphotropic virus\"",
        "\"QRT\",\"quellian retroviral therapy\"",
        "\"QRT\",\"quick response team\""));
    return ConceptVocabulary.load(directory);
  }
}
