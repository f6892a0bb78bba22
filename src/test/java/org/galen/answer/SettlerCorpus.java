package org.galen.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.index.EvidenceIndex;
import org.galen.index.Indexer;
import org.galen.passage.PassageSplitter;
import org.galen.retrieve.Bm25Retriever;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;

/**
 * The small real corpus the topic settler's tests settle subjects on: guidelines and reference
 * pages written for the tests, embedded, and small vocabulary files in the formats ingest keeps.
 */
final class SettlerCorpus implements AutoCloseable {
  final EvidenceIndex index;
  final QuestionAnalyzer analyzer;
  final TopicSettler settler;
  final Bm25Retriever retriever;
  final org.galen.retrieve.HybridRetriever hybrid;
  final org.galen.embed.Embedder embedder;

  /** Builds the corpus, its index and vectors, and the vocabulary files under {@code directory}. */
  SettlerCorpus(Path directory) throws Exception {
    Path vocabulary = Files.createDirectories(directory.resolve("vocabulary"));
    Files.writeString(vocabulary.resolve("mesh-tree-numbers.tsv"), String.join("\n",
        "mesh_id\tmesh_name\tmesh_tree_number",
        "D001249\tAsthma\tC08.127.108",
        "D010146\tPain\tC10.597.617",
        "D010146\tPain\tC23.888.592.612",
        "D000755\tAnemia, Sickle Cell\tC15.378.071.141.150.150",
        "D004827\tEpilepsy\tC10.228.140.490",
        "D013226\tStatus Epilepticus\tC10.228.140.490.690",
        "D005334\tFever\tC23.888.119.344",
        "D012640\tSeizures\tC10.228.140.490.631",
        "D016207\tCytokines\tD12.644.276.374",
        "D003287\tDystonia\tC10.228.662.300",
        "D006417\tHematuria\tC12.777.934.442",
        "D006417\tHematuria\tC23.550.414.849",
        "D005618\tFresh Water\tN06.230.300.100.149",
        "D045483\tRivers\tN06.230.300.100.149.500",
        "D015444\tExercise\tG11.427.410.698",
        "D012420\tRunning\tG11.427.410.698.277",
        "D001768\tBlister\tC17.800.865.150",
        "D006353\tHeart-Assist Devices\tE07.695.390",
        "D099001\tHollis Degeneration\tC10.228.140.163.900",
        "D058872\tPost-Exposure Prophylaxis\tE02.190.599.500",
        "D099002\tGrellia\tB03.440.450.425.999",
        "D099003\tKellan Infections\tC01.150.999",
        "D099004\tVarrow Bubo\tC01.150.999.500",
        "D099005\tChills\tC23.888.119.199",
        "D007659\tKetones\tD02.522",
        "D014839\tVomiting\tC23.888.821.937",
        "D000038\tAbscess\tC01.830.025",
        "D099006\tVantorite\tD01.268.999",
        "D099007\tNosebleed\tC23.888.999"));
    // This data directory's own lay list: an exposure in lay words, as an editorial board may add.
    Files.writeString(vocabulary.resolve("lay-terms.tsv"), String.join("\n",
        "lay_words\tclinical_words",
        "fitting\tSeizures",
        "blood in ... urine\tHematuria",
        "blood at the end of ... urine\tterminal Hematuria",
        "swims\tbathing wading water",
        "wheezy\twheezing",
        "tight in the chest\tchest tightness"));
    Files.writeString(vocabulary.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB15171,DBSALT002,Tirzepatide,2023788-19-2,OYN3CCI6QE,Tirzepatide | LY3298176,X",
        "DB01356,APRD00573,Lithium,7439-93-2,9FN79X2M3F,Lithium,X",
        "DB00338,APRD00446,Omeprazole,73590-58-6,KG60484QX9,Omeprazole,X"));
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      PassageSplitter splitter = new PassageSplitter();
      for (Document document : List.of(
          guideline("nstg:sickle-cell-disease", "Sickle Cell Disease", "Painful crisis: give paracetamol and "
              + "ensure fluid intake; sickle cell disease causes recurrent painful crises and chronic anaemia."),
          guideline("nstg:bronchial-asthma", "Bronchial Asthma", "Acute attack: give nebulised salbutamol 2.5 mg; "
              + "asthma is a chronic inflammatory disease of the airways."),
          guideline("nstg:seizures-epilepsies", "Seizures/Epilepsies", "Status: give diazepam 10 mg rectally; "
              + "epilepsy needs long-term anticonvulsants."),
          guideline("nstg:chest-pain", "Chest Pain", "Relieve pain with analgesics; chest pain has many causes, fever among them."),
          guideline("nstg:weight", "Obesity", "Weight loss of five percent helps; lithium causes weight gain. "
              + "Cytokines rise in obesity; drug release is slow; the syndrome is metabolic."),
          guideline("nstg:urinary-schistosomiasis", "Urinary Schistosomiasis", "Acquired while bathing/wading in "
              + "infected water. Intermittent, painless terminal haematuria. Praziquantel 40 mg/kg once."),
          guideline("nstg:urinary-tract-calculi", "Urinary Tract Calculi", "Loin pain and haematuria; drink "
              + "plenty of water."),
          page("medquad:copd-1", "COPD", "In COPD you get wheezing and chest tightness; you get tight in the chest."),
          page("medquad:asthma-1", "Asthma", "Asthma is a long-term disease of the airways of the lungs, which become "
              + "inflamed and narrowed from time to time, for years, in children and adults alike. Its symptoms are "
              + "wheezing and chest tightness, with cough and shortness of breath. Many things can trigger them: "
              + "allergens, smoke, colds, cold air, and physical activity, including exercise outside."),
          page("medquad:asthma-children-1", "Asthma in Children", "In children, asthma is a long-term disease of the "
              + "airways of the lungs, which become inflamed and narrowed from time to time, for years. Its symptoms "
              + "are wheezing and chest tightness, with cough and shortness of breath. Many things can trigger them "
              + "in a child: allergens, smoke, colds, cold air, and physical activity, including exercise outside."),
          guideline("nstg:dracunculiasis", "Dracunculiasis", "The worm emerges through a painful blister, usually on "
              + "the leg, ankle or foot, a year after drinking water with water fleas. Remove the worm slowly, "
              + "winding a few centimetres of the worm a day on a small stick; keep the wound clean."),
          guideline("nstg:dorrin-fever", "Dorrin Fever (Valley Shakes)", "Dorrin fever follows the bite of a "
              + "sandfly. Early stage: rest and fluids by mouth. Late stage: admit for intravenous fluids and steroids."),
          guideline("nstg:tick-bite-fever", "Tick Bite Fever", "Farmers bitten in long grass yesterday or last "
              + "week may get tick bite fever; doxycycline treats it."),
          guideline("nstg:sandfly-fever", "Sandfly Fever", "Sandfly fever follows a sandfly bite in a valley; "
              + "farmers get it in summer and rest until it passes."),
          page("medquad:devices-1", "Breathing devices", "A device may assist breathing at home; the heart is "
              + "checked before it is used."),
          page("medquad:burns-1", "Burns", "A burn on the skin may blister; cool it under running water. A "
              + "burn is no dermatosis, nor a cone or a rod of the eye."),
          page("medquad:quellan-1", List.of("Quellan dermatosis", "Pennyworth syndrome", "PWS",
              "Pennyworth-Hale-Dorsey syndrome", "rod-cone dermatosis", "The Red Plaque"), "Quellan "
              + "dermatosis is a rare disorder of the skin with painful red plaques; it is treated with steroids. Hale "
              + "and Dorsey described it first."),
          page("medquad:hematuria-1", "Hematuria", "Hematuria is blood in the urine."),
          page("medquad:rib-1", "Costochondritis", "Costochondritis is a painful band across one side of the "
              + "chest, felt when the chest is pressed."),
          guideline("nstg:herpes-zoster", "Herpes Zoster", "Clinical features", "Painful blisters appear in a band "
              + "on one side of the trunk.", "Aciclovir 800 mg five times daily. Paracetamol 1 g six hourly for the pain. "
              + "Calamine lotion twice daily on the blisters. Amitriptyline 10 mg at night for pain after the rash."),
          page("medquad:hematuria-2", "Hematuria", "Blood in the urine has many causes."),
          guideline("nstg:peptic-ulcer", "Peptic Ulcer Disease", "Clinical features", "Burning pain in the upper "
              + "abdomen that wakes the patient at night and eases with food or antacids.", "Omeprazole 20 mg daily "
              + "for 4 weeks."),
          page("medquad:gout-1", "Gout", "Gout often starts in the big toe, which becomes red, hot and swollen."),
          page("medquad:gout-2", "Gout", "A gout attack makes the big toe so painful that a bedsheet hurts."),
          page("medquad:gout-3", "Gout", "In gout the joint of the big toe is swollen and red at night."),
          page("medquad:omeprazole-1", List.of("Omeprazole", "Losec"), "Omeprazole lowers stomach acid."),
          page("medquad:tillman-1", List.of("Tillman anaemia", "Hale-Pennyworth-Dorsey syndrome"), "Tillman "
              + "anaemia is an inherited anaemia of the red cells; it is treated with folic acid."),
          page("medquad:marlow-1", "Marlow bone disease", "Marlow bone disease softens the bones of the spine; "
              + "lithium taken for years worsens it. It is diagnosed with a bone scan and a spine X-ray."),
          page("medquad:lithium-levels-1", "Lithium toxicity", "Lithium toxicity in people on lithium for years "
              + "is diagnosed by the lithium level in a blood test; how it is diagnosed and how the lithium dose "
              + "is lowered depend on the level. Now and then lithium toxicity affects the bones."),
          page("medquad:furuncles-1", "Furuncles", "Painful red lumps in hair follicles fill with pus and burst; "
              + "they come back in carriers of staphylococci. Warm compresses; cloxacillin when spreading."),
          page("medquad:scars-1", "Scars", "Surgical scars fade over a year or two; silicone sheets and massage flatten them."),
          page("medquad:back-pain-1", "Back Pain", "Back pain is pain felt in the lower back; it often comes "
              + "back after lifting."),
          page("medquad:gastritis-1", "Gastritis", "Gastritis gives a burning feeling after meals; omeprazole "
              + "eases it."),
          guideline("nstg:farm-fever", "Farm Fever", "Farm fever is a fever of farm workers; coliforms and Grellia "
              + "grown from the urine culture are treated with gentamicin for ten days, farm fever or not."),
          page("medquad:grellia-1", "Grellia Infections", "Grellia infections come from well water and raw "
              + "vegetables; boiling the water and washing the vegetables keep them away."),
          guideline("nstg:kellan-infection", "Kellan Infections (Other Than Varrow Bubo)", "Kellan infection of "
              + "the urethra is treated with mirocycline 1 g once; the glands of the groin may swell."),
          guideline("nstg:varrow-bubo", "Varrow Bubo (Climatic Swelling; Durand Fever)", "The glands of the groin "
              + "swell. Doxycycline 100 mg twice daily for 14 days."),
          guideline("nstg:gum-abscess", "Gum Abscess", "A gum abscess is a tender gumboil beside a molar "
              + "tooth, tender since the morning. Drain it; amoxicillin 500 mg three times daily."),
          page("medquad:bleeding-1", "Bleeding", "Bleeding is the loss of blood; a little bleeding from the gum by a molar "
              + "tooth or from a cut stops with pressure; a doctor sees bleeding that goes on past the morning."),
          page("medquad:tooth-decay-1", "Tooth Decay", "Tooth decay makes a hole in a back molar over the years; the gum around it may be bleeding."),
          guideline("nstg:kellan-ague", "Kellan Ague", "Fever and chills every evening some days after a "
              + "mosquito bite; treat with artemether 80 mg twice daily."),
          guideline("nstg:nosebleed", "Nosebleed", "A nosebleed mostly comes from the front of the nostril. For "
              + "a nosebleed that goes on, pack the front of the nostril; a nosebleed from the back needs a "
              + "specialist."),
          guideline("nstg:marsh-fever", "Marsh Fever", "Marsh fever follows a bite in the marshes. Gums keep "
              + "trickling blood for an hour despite squeezing, and next a nosebleed may come. Give fluids."),
          page("medquad:tarrow-1", List.of("Tarrow syndrome", "Blister, Molar Gum"), "Tarrow syndrome is an "
              + "inherited swelling inside the mouth that comes back over years."),
          page("medquad:fever-1", "Fever", "Fever is a raised body temperature, with chills; it has many causes."),
          guideline("nstg:thessaly-gravidarum", "Thessaly Gravidarum", "Thessaly gravidarum is vomiting all day in "
              + "early pregnancy, so severe that weight is lost; admit for intravenous fluids and an antiemetic."),
          page("medquad:morning-sickness-1", "Morning Sickness", "Morning sickness is nausea and vomiting on waking in early "
              + "pregnancy; ketones in the urine mean more than morning sickness."),
          guideline("nstg:dental-caries", "Dental Caries", "Dental caries makes a deep cavity in a molar; "
              + "when its filling is lost the gum beside it bleeds, and left untreated it may end in a gum abscess. "
              + "Fill the cavity again."),
          page("medquad:caries-1", "Dental Caries in Children", "In children, caries is a cavity in a milk tooth."),
          page("medquad:brannock-1", List.of("Brannock disease", "Hollis degeneration"), "Brannock disease is "
              + "inherited; copper builds up in the liver and brain, and chelating drugs remove it."))) {
        indexer.put(document, splitter.split(document), "test");
      }
      indexer.commit();
    }
    embedder = new org.galen.embed.BgeSmallEmbedder();
    try (Indexer indexer = new Indexer(indexDirectory)) {
      new org.galen.index.VectorPhase(indexer, embedder, (done, total) -> { }).run();
    }
    index = EvidenceIndex.open(indexDirectory);
    analyzer = new QuestionAnalyzer(ConceptVocabulary.load(vocabulary), new IndexSpeller(index));
    settler = new TopicSettler(analyzer.terminology(), index);
    retriever = new Bm25Retriever(index);
    hybrid = new org.galen.retrieve.HybridRetriever(retriever, new org.galen.retrieve.DenseRetriever(index, embedder));
  }

  @Override
  public void close() throws Exception {
    index.close();
    embedder.close();
  }

  /** The topic settled for a question, from its BM25 evidence. */
  Topic settle(String question) throws IOException {
    QuestionAnalysis asked = analyzer.analyze(question);
    return settler.settle(asked, retriever.retrieve(new EvidenceQuery(analyzer.terminology()).text(asked), ArticleComposer.PASSAGES_CONSIDERED));
  }

  private static Document page(String docId, String focus, String text) {
    return page(docId, List.of(focus), text);
  }

  /** A reference page about the first of its names; the others are the synonyms its source lists. */
  private static Document page(String docId, List<String> names, String text) {
    return new Document(docId, docId, "medquad", "What is (are) " + names.get(0) + " ?", text,
        List.of(new Section("information", 0, text.length())), SourceKind.REFERENCE, EvidenceLevel.REFERENCE,
        List.of(), List.of(), "", Optional.empty(), "", "", "", names, Map.of());
  }

  /** A guideline with a section of what it looks like before its drug treatment. */
  private static Document guideline(String docId, String title, String firstSection, String first, String drugs) {
    String text = first + "\n" + drugs;
    return new Document(docId, docId, "nstg", title, text, List.of(new Section(firstSection, 0, first.length()),
        new Section("Drug treatment", first.length() + 1, text.length())), SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "", List.of(title), Map.of());
  }

  private static Document guideline(String docId, String title, String text) {
    return new Document(docId, docId, "nstg", title, text, List.of(new Section("Drug treatment", 0, text.length())),
        SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of(title), Map.of());
  }
}
