<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lgpn::AnalysisSession</name>
    <message numerus="yes">
        <location filename="../widgets/AnalysisSession.cpp" line="30"/>
        <source>Listing the files… %n found so far</source>
        <translation>
            <numerusform>Dateien werden aufgelistet… bisher %n gefunden</numerusform>
            <numerusform>Dateien werden aufgelistet… bisher %n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/AnalysisSession.cpp" line="157"/>
        <source>%1 reached the studio without its exact name and may be any of %n files whose names look alike; all were added.</source>
        <translation>
            <numerusform>%1 hat das Studio ohne seinen genauen Namen erreicht und kann jede von %n Dateien mit gleich aussehenden Namen sein; alle wurden hinzugefügt.</numerusform>
            <numerusform>%1 hat das Studio ohne seinen genauen Namen erreicht und kann jede von %n Dateien mit gleich aussehenden Namen sein; alle wurden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="160"/>
        <source>%1 reached the studio without its exact name, and no file matches it.</source>
        <translation>%1 hat das Studio ohne seinen genauen Namen erreicht, und keine Datei passt dazu.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="68"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/AnalysisSession.cpp" line="173"/>
        <source>%n file(s) already in the list were not added again.</source>
        <translation>
            <numerusform>%n Datei war schon in der Liste und wurde nicht erneut hinzugefügt.</numerusform>
            <numerusform>%n Dateien waren schon in der Liste und wurden nicht erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="175"/>
        <source>No image files found there.</source>
        <translation>Dort wurden keine Bilddateien gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="195"/>
        <source>the analysis was cancelled</source>
        <translation>die Analyse wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="199"/>
        <source>Cancelled: %1 of %2 file(s) analysed.</source>
        <translation>Abgebrochen: %1 von %2 Datei(en) analysiert.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="201"/>
        <source>%1 of %2 file(s) analysed in %3 s.</source>
        <translation>%1 von %2 Datei(en) in %3 s analysiert.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="211"/>
        <source>the model could not be loaded: %1</source>
        <translation>das Modell konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>lgpn::EvidenceBar</name>
    <message>
        <location filename="../widgets/EvidenceBar.cpp" line="70"/>
        <source>Evidence map: none</source>
        <translation>Evidenzkarte: keine</translation>
    </message>
    <message>
        <location filename="../widgets/EvidenceBar.cpp" line="71"/>
        <source>Overlay which pixels drive a node&apos;s probability (gradient × input of its logit against the image&apos;s blur, averaged over the crops the model read)</source>
        <translation>Zeigt, welche Pixel die Wahrscheinlichkeit eines Knotens bestimmen (Gradient × Eingabe seines Logits gegenüber der Unschärfe des Bildes, gemittelt über die gelesenen Ausschnitte)</translation>
    </message>
    <message>
        <location filename="../widgets/EvidenceBar.cpp" line="73"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
</context>
<context>
    <name>lgpn::ExactNameText</name>
    <message>
        <location filename="../widgets/ExactNameText.cpp" line="11"/>
        <source>Exact name: %1</source>
        <translation>Genauer Name: %1</translation>
    </message>
</context>
<context>
    <name>lgpn::GraphInspector</name>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="257"/>
        <source>Graphviz could not lay out this graph: %1</source>
        <translation>Graphviz konnte diesen Graphen nicht anordnen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="369"/>
        <source>&lt;b&gt;Members of %1&lt;/b&gt; (matching weight ≥ 0.05, strongest first):</source>
        <translation>&lt;b&gt;Mitglieder von %1&lt;/b&gt; (Zuordnungsgewicht ≥ 0,05, stärkste zuerst):</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="410"/>
        <location filename="../widgets/GraphInspector.cpp" line="416"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="411"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="416"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="439"/>
        <source>The level shown; double-click a supernode to step down into it</source>
        <translation>Die gezeigte Ebene; Doppelklick auf einen Superknoten steigt in ihn hinab</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="440"/>
        <source>Find a hyperparameter…</source>
        <translation>Hyperparameter suchen…</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="441"/>
        <source>Strongest learned links:</source>
        <translation>Stärkste gelernte Verbindungen:</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="442"/>
        <source>How many of the strongest learned correlations to draw</source>
        <translation>Wie viele der stärksten gelernten Korrelationen gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="443"/>
        <source>Prior edges (G0)</source>
        <translation>Vorwissenskanten (G0)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="444"/>
        <source>Show the edges of the prior correlation graph G0, faded (hover a node to see its own)</source>
        <translation>Die Kanten des Vorwissens-Korrelationsgraphen G0 blass zeigen (ein Knoten unter dem Mauszeiger zeigt seine eigenen)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="445"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="446"/>
        <source>Show the whole level, as far as its labels stay readable</source>
        <translation>Die ganze Ebene zeigen, soweit ihre Beschriftungen lesbar bleiben</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="447"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="448"/>
        <source>Save the level shown as SVG or PNG</source>
        <translation>Die gezeigte Ebene als SVG oder PNG speichern</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="449"/>
        <source>Zoom in (wheel up)</source>
        <translation>Vergrößern (Mausrad hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="450"/>
        <source>Zoom out (wheel down)</source>
        <translation>Verkleinern (Mausrad runter)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="451"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="451"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="452"/>
        <source>Colour: probability, white 0 → dark blue 1. Boxes around nodes: the supernode each belongs to most. Orange lines: the strongest learned correlations. Hover a node to see its edges; click it for its details.</source>
        <translation>Farbe: Wahrscheinlichkeit, weiß 0 → dunkelblau 1. Rahmen um Knoten: der Superknoten, dem jeder am meisten angehört. Orange Linien: die stärksten gelernten Korrelationen. Mauszeiger auf einen Knoten zeigt seine Kanten; Klick zeigt seine Details.</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="455"/>
        <source>Click a node for its details.</source>
        <translation>Klicken Sie auf einen Knoten, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="436"/>
        <source>G0: %n hyperparameter(s)</source>
        <translation>
            <numerusform>G0: %n Hyperparameter</numerusform>
            <numerusform>G0: %n Hyperparameter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="437"/>
        <source>G%1: %n supernode(s)</source>
        <translation>
            <numerusform>G%1: %n Superknoten</numerusform>
            <numerusform>G%1: %n Superknoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="459"/>
        <source>G%1 grouped by the supernodes of G%2; the %n strongest learned link(s) of G%3.</source>
        <translation>
            <numerusform>G%1 nach den Superknoten von G%2 gruppiert; die stärkste gelernte Verbindung von G%3.</numerusform>
            <numerusform>G%1 nach den Superknoten von G%2 gruppiert; die %n stärksten gelernten Verbindungen von G%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="462"/>
        <source>G%1, the top level; the %n strongest learned link(s).</source>
        <translation>
            <numerusform>G%1, die oberste Ebene; die stärkste gelernte Verbindung.</numerusform>
            <numerusform>G%1, die oberste Ebene; die %n stärksten gelernten Verbindungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgpn::GraphLevelScene</name>
    <message>
        <location filename="../widgets/GraphLevelScene.cpp" line="142"/>
        <source>learned correlation %1 — %2: %3</source>
        <translation>gelernte Korrelation %1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>lgpn::GraphNodeDetails</name>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="27"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="28"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="29"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="30"/>
        <location filename="../widgets/GraphNodeDetails.cpp" line="39"/>
        <source>Supernode</source>
        <translation>Superknoten</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="37"/>
        <source>Weighted probability of its members</source>
        <translation>Gewichtete Wahrscheinlichkeit seiner Mitglieder</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="38"/>
        <source>Nodes that belong to it most</source>
        <translation>Knoten, die ihm am meisten angehören</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="40"/>
        <source>Double-click it to see its members one level down.</source>
        <translation>Doppelklick zeigt seine Mitglieder eine Ebene tiefer.</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="48"/>
        <source>unknown: the model&apos;s bundle gives no held-out AUC</source>
        <translation>unbekannt: das Modellpaket enthält keine Held-out-AUC</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="50"/>
        <source>held-out AUC %1: &lt;b&gt;not reliable for unseen generators&lt;/b&gt; (&amp;lt; %2)</source>
        <translation>Held-out-AUC %1: &lt;b&gt;für unbekannte Generatoren nicht zuverlässig&lt;/b&gt; (&amp;lt; %2)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="51"/>
        <source>held-out AUC %1</source>
        <translation>Held-out-AUC %1</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="60"/>
        <source>none (top level)</source>
        <translation>keiner (oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="63"/>
        <source>(in %1)</source>
        <translation>(in %1)</translation>
    </message>
</context>
<context>
    <name>lgpn::ImageFilterBar</name>
    <message numerus="yes">
        <location filename="../widgets/ImageFilterBar.cpp" line="106"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="106"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>List order</source>
        <translation>Listenreihenfolge</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>P(generated)</source>
        <translation>P(generiert)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>Similarity group</source>
        <translation>Ähnlichkeitsgruppe</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <location filename="../widgets/ImageFilterBar.cpp" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Changed since the analysis</source>
        <translation>Seit der Analyse geändert</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Changed or missing</source>
        <translation>Geändert oder fehlend</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="127"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="128"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="130"/>
        <source>P(generated) ≥</source>
        <translation>P(generiert) ≥</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="131"/>
        <source>Novelty ≥</source>
        <translation>Neuheit ≥</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="132"/>
        <source>Above 0, images whose novelty the model cannot tell are hidden</source>
        <translation>Über 0 werden Bilder ausgeblendet, deren Neuheit das Modell nicht angeben kann</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="133"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="134"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="135"/>
        <source>Similarity group, numbered from the largest</source>
        <translation>Ähnlichkeitsgruppe, von der größten an nummeriert</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="136"/>
        <source>Folder contains…</source>
        <translation>Ordner enthält…</translation>
    </message>
</context>
<context>
    <name>lgpn::ImageListModel</name>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="103"/>
        <source>Waiting for analysis</source>
        <translation>Wartet auf die Analyse</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="106"/>
        <source>Generated: %1 %  ·  %2×%3 px, %4 crop(s)</source>
        <translation>Generiert: %1 %  ·  %2×%3 px, %4 Ausschnitt(e)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="120"/>
        <source>Cannot be analysed: %1</source>
        <translation>Nicht analysierbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="123"/>
        <source>Not analysed: %1</source>
        <translation>Nicht analysiert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="88"/>
        <source>%1 (changed since the analysis)</source>
        <translation>%1 (seit der Analyse geändert)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="90"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="92"/>
        <source>  ·  novelty %1 ⚠</source>
        <translation>  ·  Neuheit %1 ⚠</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="93"/>
        <source>  ·  novelty %1</source>
        <translation>  ·  Neuheit %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="112"/>
        <source>Novelty: — (the model cannot tell)</source>
        <translation>Neuheit: — (das Modell kann es nicht sagen)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="114"/>
        <source>Novelty %1: unlike the generators the model was trained on; its hyperparameters are extrapolations</source>
        <translation>Neuheit %1: anders als die Generatoren, mit denen das Modell trainiert wurde; seine Hyperparameter sind Extrapolationen</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="117"/>
        <source>Novelty %1</source>
        <translation>Neuheit %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="127"/>
        <source>The file changed since the analysis: its SHA-256 differs from the case&apos;s.</source>
        <translation>Die Datei wurde seit der Analyse geändert: ihr SHA-256 weicht von dem des Falls ab.</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="129"/>
        <source>The file is missing: it is no longer where the case says.</source>
        <translation>Die Datei fehlt: sie ist nicht mehr dort, wo der Fall sie angibt.</translation>
    </message>
</context>
<context>
    <name>lgpn::ImagePanel</name>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="243"/>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="244"/>
        <source>Drop images or folders on the window, or use File → Open, then select an image in the list.</source>
        <translation>Ziehen Sie Bilder oder Ordner auf das Fenster oder verwenden Sie Datei → Öffnen, und wählen Sie dann ein Bild in der Liste.</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="249"/>
        <source>Cannot be analysed</source>
        <translation>Nicht analysierbar</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="254"/>
        <source>Likely generated: %1 %</source>
        <translation>Wahrscheinlich generiert: %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="255"/>
        <source>Likely real: generated %1 %</source>
        <translation>Wahrscheinlich echt: generiert %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="258"/>
        <source>%1 × %2 px, %3, %4 bytes</source>
        <translation>%1 × %2 px, %3, %4 Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="259"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ImagePanel.cpp" line="260"/>
        <source>%n crop(s) read at native resolution; crop agreement %1 (1 = all crops predict the same)</source>
        <translation>
            <numerusform>%n Ausschnitt in Originalauflösung gelesen; Übereinstimmung der Ausschnitte %1 (1 = alle sagen dasselbe vorher)</numerusform>
            <numerusform>%n Ausschnitte in Originalauflösung gelesen; Übereinstimmung der Ausschnitte %1 (1 = alle sagen dasselbe vorher)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="330"/>
        <source>≈ %1 %2</source>
        <translation>≈ %1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="331"/>
        <source>range %1 (p = %2)</source>
        <translation>Bereich %1 (p = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="332"/>
        <source>The regressed value, in natural units</source>
        <translation>Der regressierte Wert, in natürlichen Einheiten</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="333"/>
        <source>The most probable of the parameter&apos;s ranges, and its probability</source>
        <translation>Der wahrscheinlichste Bereich des Parameters und seine Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="335"/>
        <source>Held-out AUC of this range: %1</source>
        <translation>Held-out-AUC dieses Bereichs: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="337"/>
        <source>Not reliable for unseen generators (held-out AUC &lt; %1)</source>
        <translation>Nicht zuverlässig für unbekannte Generatoren (Held-out-AUC &lt; %1)</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="339"/>
        <source>%1 · not reliable</source>
        <translation>%1 · nicht zuverlässig</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="361"/>
        <source>Reliability for unseen generators is unknown for this model: its bundle gives no held-out AUC per node.</source>
        <translation>Die Zuverlässigkeit für unbekannte Generatoren ist bei diesem Modell nicht bekannt: sein Modellpaket enthält keine Held-out-AUC je Knoten.</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="363"/>
        <source>grey: not reliable for unseen generators (held-out AUC &lt; %1). Hover a bar for its held-out AUC.</source>
        <translation>grau: nicht zuverlässig für unbekannte Generatoren (Held-out-AUC &lt; %1). Mit der Maus über einem Balken erscheint seine Held-out-AUC.</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="369"/>
        <source>Loss functions</source>
        <translation>Verlustfunktionen</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="370"/>
        <source>Discrete architecture</source>
        <translation>Diskrete Architektur</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="371"/>
        <source>Continuous architecture: predicted value and range</source>
        <translation>Kontinuierliche Architektur: vorhergesagter Wert und Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="372"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="372"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="372"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="373"/>
        <source>The image, scaled to fit</source>
        <translation>Das Bild, passend skaliert</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="276"/>
        <source>Novelty: — (this model cannot tell how unlike its training generators an image is)</source>
        <translation>Neuheit: — (dieses Modell kann nicht sagen, wie sehr ein Bild von seinen Trainingsgeneratoren abweicht)</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="179"/>
        <source>Computing the evidence map…</source>
        <translation>Evidenzkarte wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="200"/>
        <source>Yellow: the pixels that drive this node most; grey: none, or not read by the model (%1 ms)</source>
        <translation>Gelb: die Pixel, die diesen Knoten am stärksten bestimmen; grau: keine oder vom Modell nicht gelesen (%1 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="202"/>
        <source>No evidence map: %1</source>
        <translation>Keine Evidenzkarte: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="277"/>
        <source>Novelty %1 (at or above %2: unlike the training generators)</source>
        <translation>Neuheit %1 (ab %2: anders als die Trainingsgeneratoren)</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="300"/>
        <source>&lt;b&gt;The file changed since the analysis&lt;/b&gt;: its SHA-256 is no longer the case&apos;s.</source>
        <translation>&lt;b&gt;Die Datei wurde seit der Analyse geändert&lt;/b&gt;: ihr SHA-256 ist nicht mehr der des Falls.</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="302"/>
        <source>&lt;b&gt;The file is missing&lt;/b&gt;: it is no longer where the case says.</source>
        <translation>&lt;b&gt;Die Datei fehlt&lt;/b&gt;: sie ist nicht mehr dort, wo der Fall sie angibt.</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="304"/>
        <source>Before Analyse Again: P(generated) %1 %, now %2 %.</source>
        <translation>Vor „Erneut analysieren“: P(generiert) %1 %, jetzt %2 %.</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="307"/>
        <source>Top nodes before: %1</source>
        <translation>Stärkste Knoten vorher: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="308"/>
        <source>Top nodes now: %1</source>
        <translation>Stärkste Knoten jetzt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="310"/>
        <source>Before Analyse Again: %1</source>
        <translation>Vor „Erneut analysieren“: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="310"/>
        <source>analysed</source>
        <translation>analysiert</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="310"/>
        <source>cannot be analysed: %1</source>
        <translation>nicht analysierbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="374"/>
        <source>⚠ This image is unlike the generators the model was trained on: its parsed hyperparameters are extrapolations, not findings.</source>
        <translation>⚠ Dieses Bild ist anders als die Generatoren, mit denen das Modell trainiert wurde: seine ermittelten Hyperparameter sind Extrapolationen, keine Befunde.</translation>
    </message>
</context>
<context>
    <name>lgpn::LanguageManager</name>
    <message>
        <location filename="../widgets/LanguageManager.cpp" line="21"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>lgpn::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="352"/>
        <source>LGPN Studio</source>
        <translation>LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="365"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="379"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="369"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="143"/>
        <source>The analysis could not start</source>
        <translation>Die Analyse konnte nicht beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="144"/>
        <source>Check the model bundle and device in Analysis → Settings, then use Analysis → Analyse Again.</source>
        <translation>Prüfen Sie Modellpaket und Gerät unter Analyse → Einstellungen und verwenden Sie dann Analyse → Erneut analysieren.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="215"/>
        <source>Open images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="216"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="226"/>
        <source>Open a folder of images</source>
        <translation>Einen Bildordner öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="353"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="354"/>
        <source>Drop images or folders here</source>
        <translation>Bilder oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="355"/>
        <source>&amp;Image</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="356"/>
        <source>&amp;Graphs</source>
        <translation>&amp;Graphen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="357"/>
        <source>&amp;Pair similarity</source>
        <translation>&amp;Paarähnlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="358"/>
        <source>Spe&amp;ctrum</source>
        <translation>Spe&amp;ktrum</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="359"/>
        <source>Sc&amp;hema</source>
        <translation>Sc&amp;hema</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="360"/>
        <source>The selected image&apos;s predicted hyperparameters</source>
        <translation>Die vorhergesagten Hyperparameter des ausgewählten Bildes</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="361"/>
        <source>The selected image&apos;s learned graphs G0, G1, G2 and how they are pooled</source>
        <translation>Die gelernten Graphen G0, G1, G2 des ausgewählten Bildes und wie sie zusammengefasst werden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="362"/>
        <source>Images likely made by the same generator</source>
        <translation>Bilder, die wahrscheinlich vom selben Generator stammen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="363"/>
        <source>Fourier spectrum of the selected image&apos;s high-pass residual</source>
        <translation>Fourier-Spektrum des Hochpass-Residuums des ausgewählten Bildes</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="364"/>
        <source>The hyperparameters the model predicts</source>
        <translation>Die Hyperparameter, die das Modell vorhersagt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="366"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="367"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="368"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="370"/>
        <source>&amp;Open Images…</source>
        <translation>Bilder ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="371"/>
        <source>Analyse image files</source>
        <translation>Bilddateien analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="372"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="373"/>
        <source>Analyse every image in a folder and its subfolders</source>
        <translation>Jedes Bild in einem Ordner und seinen Unterordnern analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="376"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="377"/>
        <source>Write the analysis as a PDF, JSON or CSV report</source>
        <translation>Die Analyse als PDF-, JSON- oder CSV-Bericht schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="378"/>
        <source>C&amp;lear All</source>
        <translation>Alles &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="380"/>
        <source>&amp;Cancel Analysis</source>
        <translation>Analyse &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="381"/>
        <source>Cancel the analysis (Esc)</source>
        <translation>Die Analyse abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="382"/>
        <source>Analyse &amp;Again</source>
        <translation>&amp;Erneut analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="383"/>
        <source>Analyse every loaded file again, with the current settings</source>
        <translation>Jede geladene Datei mit den aktuellen Einstellungen erneut analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="384"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="385"/>
        <source>&amp;About LGPN Studio</source>
        <translation>&amp;Über LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="386"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Graphs</source>
        <translation>Graphen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Pair Similarity</source>
        <translation>Paarähnlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="390"/>
        <source>Image &amp;List</source>
        <translation>Bild&amp;liste</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="435"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="436"/>
        <source>%1
SHA-256 %2
%3</source>
        <translation>%1
SHA-256 %2
%3</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="438"/>
        <location filename="../widgets/MainWindow.cpp" line="444"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="438"/>
        <location filename="../widgets/MainWindow.cpp" line="444"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="442"/>
        <source>Model: embedded default</source>
        <translation>Modell: eingebautes Standardmodell</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="442"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="443"/>
        <source>Loaded with the first analysis</source>
        <translation>Wird mit der ersten Analyse geladen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="444"/>
        <source>Device: auto</source>
        <translation>Gerät: automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="452"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="762"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="763"/>
        <source>PDF report (*.pdf);;JSON report (*.json);;CSV table (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;JSON-Bericht (*.json);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="152"/>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="159"/>
        <source>The report could not be written</source>
        <translation>Der Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="794"/>
        <source>Writing the report to %1…</source>
        <translation>Der Bericht wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="811"/>
        <source>New settings apply to the next analysis; Analysis → Analyse Again applies them to the loaded files.</source>
        <translation>Neue Einstellungen gelten für die nächste Analyse; Analyse → Erneut analysieren wendet sie auf die geladenen Dateien an.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="817"/>
        <source>About LGPN Studio</source>
        <translation>Über LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="819"/>
        <source>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;Predicts the hyperparameters of the generative model that made an image, with the Learnable Graph Pooling Network (LGPN, NeurIPS 2024).&lt;/p&gt;&lt;p&gt;Built with Qt, LibTorch, OpenCV, QCustomPlot and Graphviz, under their own licences (LGPL-3.0, BSD-3-Clause, Apache-2.0, GPL-3.0, EPL-1.0).&lt;/p&gt;&lt;p&gt;The model it uses by default, and what it can and cannot tell you:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;Sagt die Hyperparameter des generativen Modells vorher, das ein Bild erzeugt hat, mit dem Learnable Graph Pooling Network (LGPN, NeurIPS 2024).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt, LibTorch, OpenCV, QCustomPlot und Graphviz, unter deren eigenen Lizenzen (LGPL-3.0, BSD-3-Clause, Apache-2.0, GPL-3.0, EPL-1.0).&lt;/p&gt;&lt;p&gt;Das standardmäßig verwendete Modell und was es sagen kann und was nicht:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="833"/>
        <source>This build carries no model card.</source>
        <translation>Dieser Build enthält keine Modellkarte.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="232"/>
        <source>Open a case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="232"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Falldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="374"/>
        <source>Open &amp;Case…</source>
        <translation>&amp;Fall öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="375"/>
        <source>Show a finished analysis (a JSON report) again without running the model, and check its files</source>
        <translation>Eine abgeschlossene Analyse (einen JSON-Bericht) erneut zeigen, ohne das Modell auszuführen, und ihre Dateien prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="675"/>
        <source>Cancel the running analysis before opening a case.</source>
        <translation>Brechen Sie die laufende Analyse ab, bevor Sie einen Fall öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="698"/>
        <source>The case could not be opened</source>
        <translation>Der Fall konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="722"/>
        <source>&lt;b&gt;Case %1&lt;/b&gt;: %n image(s), analysed %2 with model %3</source>
        <translation>
            <numerusform>&lt;b&gt;Fall %1&lt;/b&gt;: %n Bild, analysiert %2 mit Modell %3</numerusform>
            <numerusform>&lt;b&gt;Fall %1&lt;/b&gt;: %n Bilder, analysiert %2 mit Modell %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="727"/>
        <source>Checking the files against the case…</source>
        <translation>Die Dateien werden mit dem Fall abgeglichen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="732"/>
        <source>Since the analysis: %1 changed, %2 missing (Status filter: Changed or missing).</source>
        <translation>Seit der Analyse: %1 geändert, %2 fehlend (Statusfilter: Geändert oder fehlend).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="733"/>
        <source>Every file is unchanged since the analysis (SHA-256 checked).</source>
        <translation>Jede Datei ist seit der Analyse unverändert (SHA-256 geprüft).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="735"/>
        <source>Analysed again: the old results are shown beside the new until the case is saved (File → Export Report…, JSON).</source>
        <translation>Erneut analysiert: die alten Ergebnisse stehen neben den neuen, bis der Fall gespeichert ist (Datei → Bericht exportieren…, JSON).</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="739"/>
        <source>⚠ The loaded model is %1, not the case&apos;s %2: Analyse Again would give other numbers.</source>
        <translation>⚠ Das geladene Modell ist %1, nicht das des Falls (%2): Erneut analysieren ergäbe andere Zahlen.</translation>
    </message>
</context>
<context>
    <name>lgpn::PairDialog</name>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="41"/>
        <source>(not reliable for unseen generators: held-out AUC %1)</source>
        <translation>(nicht zuverlässig für unbekannte Generatoren: Held-out-AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="53"/>
        <source>Compare two images</source>
        <translation>Zwei Bilder vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="64"/>
        <source>generated %1 %</source>
        <translation>generiert %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="75"/>
        <source>Cosine similarity of the predicted hyperparameters: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kosinus-Ähnlichkeit der vorhergesagten Hyperparameter: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lgpn::PdfPagesDialog</name>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="14"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="16"/>
        <source>A page for every image</source>
        <translation>Eine Seite für jedes Bild</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="17"/>
        <source>Pages only for images likely generated (P(generated) ≥ %1)</source>
        <translation>Seiten nur für wahrscheinlich generierte Bilder (P(generiert) ≥ %1)</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="19"/>
        <source>No image pages: the summary table only</source>
        <translation>Keine Bildseiten: nur die Übersichtstabelle</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="21"/>
        <source>The report opens with a summary table of every file. Which images also get a page of their own?</source>
        <translation>Der Bericht beginnt mit einer Übersichtstabelle aller Dateien. Welche Bilder erhalten außerdem eine eigene Seite?</translation>
    </message>
</context>
<context>
    <name>lgpn::ProbabilityPlot</name>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="69"/>
        <source>predicted (at or above the threshold)</source>
        <translation>vorhergesagt (auf oder über der Schwelle)</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="70"/>
        <source>below the threshold</source>
        <translation>unter der Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="71"/>
        <source>predicted, but not reliable for unseen generators</source>
        <translation>vorhergesagt, aber nicht zuverlässig für unbekannte Generatoren</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="72"/>
        <source>below the threshold, not reliable for unseen generators</source>
        <translation>unter der Schwelle, nicht zuverlässig für unbekannte Generatoren</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="94"/>
        <source>%1 · AUC %2</source>
        <translation>%1 · AUC %2</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="112"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="124"/>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="128"/>
        <source>Probability of each hyperparameter, averaged over the image&apos;s crops; bars reaching the dashed line are the predicted hyperparameters.</source>
        <translation>Wahrscheinlichkeit jedes Hyperparameters, gemittelt über die Ausschnitte des Bildes; Balken, die die gestrichelte Linie erreichen, sind die vorhergesagten Hyperparameter.</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="167"/>
        <source>%1: probability %2</source>
        <translation>%1: Wahrscheinlichkeit %2</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="171"/>
        <source>Held-out AUC: not measured for this node</source>
        <translation>Held-out-AUC: für diesen Knoten nicht gemessen</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="173"/>
        <source>Held-out AUC %1 (how well this node is predicted for generators left out of training)</source>
        <translation>Held-out-AUC %1 (wie gut dieser Knoten für Generatoren vorhergesagt wird, die nicht im Training waren)</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="175"/>
        <source>Not reliable for unseen generators (held-out AUC &lt; %1)</source>
        <translation>Nicht zuverlässig für unbekannte Generatoren (Held-out-AUC &lt; %1)</translation>
    </message>
</context>
<context>
    <name>lgpn::SchemaText</name>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="12"/>
        <source>Loss functions</source>
        <translation>Verlustfunktionen</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="13"/>
        <source>Continuous architecture parameters</source>
        <translation>Kontinuierliche Architekturparameter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="14"/>
        <source>Discrete architecture parameters</source>
        <translation>Diskrete Architekturparameter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="15"/>
        <source>Pixel-level losses</source>
        <translation>Pixelverluste</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="16"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="17"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="18"/>
        <source>Mean squared error (MSE)</source>
        <translation>Mittlerer quadratischer Fehler (MSE)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="19"/>
        <source>Maximum mean discrepancy (MMD)</source>
        <translation>Maximum Mean Discrepancy (MMD)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="20"/>
        <source>Least squares (LS)</source>
        <translation>Kleinste Quadrate (LS)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="21"/>
        <source>Discriminator losses</source>
        <translation>Diskriminatorverluste</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="22"/>
        <source>Wasserstein (WGAN)</source>
        <translation>Wasserstein (WGAN)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="23"/>
        <source>Kullback–Leibler divergence (KL)</source>
        <translation>Kullback-Leibler-Divergenz (KL)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="24"/>
        <source>Adversarial</source>
        <translation>Adversarial</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="25"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="26"/>
        <source>Classification losses</source>
        <translation>Klassifikationsverluste</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="27"/>
        <source>Cross-entropy (CE)</source>
        <translation>Kreuzentropie (CE)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="28"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="29"/>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="30"/>
        <source>Layers (low)</source>
        <translation>Schichten (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="31"/>
        <source>Layers (middle)</source>
        <translation>Schichten (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="32"/>
        <source>Layers (high)</source>
        <translation>Schichten (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="33"/>
        <source>Convolution layers</source>
        <translation>Faltungsschichten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="34"/>
        <source>Convolution layers (low)</source>
        <translation>Faltungsschichten (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="35"/>
        <source>Convolution layers (middle)</source>
        <translation>Faltungsschichten (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="36"/>
        <source>Convolution layers (high)</source>
        <translation>Faltungsschichten (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="37"/>
        <source>Fully connected layers</source>
        <translation>Vollverbundene Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="38"/>
        <source>Fully connected layers (low)</source>
        <translation>Vollverbundene Schichten (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="39"/>
        <source>Fully connected layers (middle)</source>
        <translation>Vollverbundene Schichten (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="40"/>
        <source>Fully connected layers (high)</source>
        <translation>Vollverbundene Schichten (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="41"/>
        <source>Pooling layers</source>
        <translation>Pooling-Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="42"/>
        <source>Pooling layers (low)</source>
        <translation>Pooling-Schichten (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="43"/>
        <source>Pooling layers (middle)</source>
        <translation>Pooling-Schichten (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="44"/>
        <source>Pooling layers (high)</source>
        <translation>Pooling-Schichten (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="45"/>
        <source>Normalization layers</source>
        <translation>Normalisierungsschichten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="46"/>
        <source>Normalization layers (low)</source>
        <translation>Normalisierungsschichten (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="47"/>
        <source>Normalization layers (middle)</source>
        <translation>Normalisierungsschichten (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="48"/>
        <source>Normalization layers (high)</source>
        <translation>Normalisierungsschichten (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="49"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="50"/>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="51"/>
        <source>Filters (low)</source>
        <translation>Filter (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="52"/>
        <source>Filters (middle)</source>
        <translation>Filter (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="53"/>
        <source>Filters (high)</source>
        <translation>Filter (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="54"/>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="55"/>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="56"/>
        <source>Blocks (low)</source>
        <translation>Blöcke (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="57"/>
        <source>Blocks (middle)</source>
        <translation>Blöcke (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="58"/>
        <source>Blocks (high)</source>
        <translation>Blöcke (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="59"/>
        <source>Layers per block</source>
        <translation>Schichten pro Block</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="60"/>
        <source>Layers per block (low)</source>
        <translation>Schichten pro Block (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="61"/>
        <source>Layers per block (middle)</source>
        <translation>Schichten pro Block (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="62"/>
        <source>Layers per block (high)</source>
        <translation>Schichten pro Block (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="63"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="64"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="65"/>
        <source>Parameters (low)</source>
        <translation>Parameter (niedrig)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="66"/>
        <source>Parameters (middle)</source>
        <translation>Parameter (mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="67"/>
        <source>Parameters (high)</source>
        <translation>Parameter (hoch)</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="68"/>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="69"/>
        <source>Batch normalization</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="70"/>
        <source>Instance normalization</source>
        <translation>Instanz-Normalisierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="71"/>
        <source>Adaptive instance normalization</source>
        <translation>Adaptive Instanz-Normalisierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="72"/>
        <source>Group normalization</source>
        <translation>Gruppen-Normalisierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="73"/>
        <source>Nonlinearity in the last layer</source>
        <translation>Nichtlinearität der letzten Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="74"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="75"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="76"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="77"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="78"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="79"/>
        <source>Nonlinearity in the last block</source>
        <translation>Nichtlinearität des letzten Blocks</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="80"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="81"/>
        <source>Up-sampling</source>
        <translation>Hochskalierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="82"/>
        <source>Nearest-neighbour up-sampling</source>
        <translation>Nächster-Nachbar-Hochskalierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="83"/>
        <source>Deconvolution</source>
        <translation>Dekonvolution</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="84"/>
        <source>Skip connection</source>
        <translation>Skip-Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="85"/>
        <source>Skip connection used</source>
        <translation>Skip-Verbindung verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="86"/>
        <source>Down-sampling</source>
        <translation>Herunterskalierung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="87"/>
        <source>Down-sampling used</source>
        <translation>Herunterskalierung verwendet</translation>
    </message>
</context>
<context>
    <name>lgpn::SchemaTreeModel</name>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="20"/>
        <source>trained with this loss</source>
        <translation>mit dieser Verlustfunktion trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="21"/>
        <source>used by the generator</source>
        <translation>vom Generator verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SchemaTreeModel.cpp" line="56"/>
        <location filename="../widgets/SchemaTreeModel.cpp" line="59"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgpn::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="30"/>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="31"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="32"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="35"/>
        <source>the embedded model</source>
        <translation>das eingebaute Modell</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Model bundle</source>
        <translation>Modellpaket</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>LGPN model bundles (*.lgpn)</source>
        <translation>LGPN-Modellpakete (*.lgpn)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="49"/>
        <source>A hyperparameter is predicted when its probability reaches this value</source>
        <translation>Ein Hyperparameter gilt als vorhergesagt, wenn seine Wahrscheinlichkeit diesen Wert erreicht</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="53"/>
        <source>Images whose predictions are at least this similar (cosine) are grouped as likely the same generator</source>
        <translation>Bilder, deren Vorhersagen mindestens so ähnlich sind (Kosinus), werden als wahrscheinlich vom selben Generator gruppiert</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="56"/>
        <source>How many native-resolution crops the model reads from a large image; their predictions are averaged</source>
        <translation>Wie viele Ausschnitte in Originalauflösung das Modell aus einem großen Bild liest; ihre Vorhersagen werden gemittelt</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="62"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="64"/>
        <source>&amp;Model bundle:</source>
        <translation>&amp;Modellpaket:</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="67"/>
        <source>&amp;Decision threshold:</source>
        <translation>&amp;Entscheidungsschwelle:</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="68"/>
        <source>&amp;Similarity threshold:</source>
        <translation>Ä&amp;hnlichkeitsschwelle:</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="69"/>
        <source>&amp;Crops per image:</source>
        <translation>&amp;Ausschnitte pro Bild:</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>lgpn::SimilarityView</name>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="79"/>
        <source>%1
%2
cosine similarity %3</source>
        <translation>%1
%2
Kosinus-Ähnlichkeit %3</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="224"/>
        <location filename="../widgets/SimilarityView.cpp" line="228"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SimilarityView.cpp" line="231"/>
        <source>Group %1 — %n image(s): %2</source>
        <translation>
            <numerusform>Gruppe %1 — %n Bild: %2</numerusform>
            <numerusform>Gruppe %1 — %n Bilder: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="269"/>
        <source>&amp;Same generator at cosine ≥</source>
        <translation>&amp;Selber Generator ab Kosinus ≥</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="270"/>
        <source>Images whose predicted hyperparameters are at least this similar are grouped</source>
        <translation>Bilder, deren vorhergesagte Hyperparameter mindestens so ähnlich sind, werden gruppiert</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="271"/>
        <source>No group of images above the threshold.</source>
        <translation>Keine Bildgruppe über der Schwelle.</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="272"/>
        <source>Likely the same generator (double-click a group to compare two of its images):</source>
        <translation>Wahrscheinlich derselbe Generator (Doppelklick auf eine Gruppe vergleicht zwei ihrer Bilder):</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="274"/>
        <source>%1 analysed images: too many to compare pair by pair here (at most %2). `lgpn analyze --json` finds the groups of any number of images.</source>
        <translation>%1 analysierte Bilder: zu viele für einen paarweisen Vergleich hier (höchstens %2). `lgpn analyze --json` findet die Gruppen beliebig vieler Bilder.</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="277"/>
        <source>%1 analysed images, ordered by their groups (clustering is done for at most %2); click a cell to compare its two images.</source>
        <translation>%1 analysierte Bilder, nach ihren Gruppen geordnet (Clustering erfolgt für höchstens %2); ein Klick auf eine Zelle vergleicht ihre zwei Bilder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SimilarityView.cpp" line="280"/>
        <source>Cosine similarity of the predicted hyperparameter vectors of %n image(s), ordered by clustering; click a cell to compare its two images.</source>
        <translation>
            <numerusform>Kosinus-Ähnlichkeit der vorhergesagten Hyperparametervektoren von %n Bild, nach Clustern geordnet; ein Klick auf eine Zelle vergleicht ihre zwei Bilder.</numerusform>
            <numerusform>Kosinus-Ähnlichkeit der vorhergesagten Hyperparametervektoren von %n Bildern, nach Clustern geordnet; ein Klick auf eine Zelle vergleicht ihre zwei Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="283"/>
        <source>Analyse two images or more to compare them.</source>
        <translation>Analysieren Sie zwei oder mehr Bilder, um sie zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>lgpn::SpectrumView</name>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="162"/>
        <source>High-pass residual (image minus its blur)</source>
        <translation>Hochpass-Residuum (Bild minus seine Unschärfe)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SpectrumView.cpp" line="163"/>
        <source>Mean log-magnitude spectrum of %n image(s)&apos; residuals (zero frequency at the centre)</source>
        <translation>
            <numerusform>Mittleres Log-Betragsspektrum der Residuen von %n Bild (Nullfrequenz in der Mitte)</numerusform>
            <numerusform>Mittleres Log-Betragsspektrum der Residuen von %n Bildern (Nullfrequenz in der Mitte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="164"/>
        <source>Log-magnitude spectrum of the residual (zero frequency at the centre)</source>
        <translation>Log-Betragsspektrum des Residuums (Nullfrequenz in der Mitte)</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="165"/>
        <source>&amp;Average the spectra of up to %1 images of the same folder and size (a generator&apos;s traces add up, image content averages out)</source>
        <translation>Spektren von bis zu %1 Bildern desselben Ordners und derselben Größe &amp;mitteln (die Spuren eines Generators addieren sich, der Bildinhalt mittelt sich heraus)</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="173"/>
        <source>Select an image to see its spectrum.</source>
        <translation>Wählen Sie ein Bild, um sein Spektrum zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="176"/>
        <source>%1 — reading %2 of up to %3 images of its folder for the averaged spectrum…</source>
        <translation>%1 – %2 von bis zu %3 Bildern seines Ordners für das gemittelte Spektrum gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="177"/>
        <source>%1 — computing its spectrum…</source>
        <translation>%1 – sein Spektrum wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="179"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="180"/>
        <source>%1 — strongest off-centre frequency %2 dB above the median. Generators&apos; upsampling leaves bright, regular peaks away from the centre; camera images fall off smoothly.</source>
        <translation>%1 — stärkste Frequenz außerhalb der Mitte %2 dB über dem Median. Das Hochskalieren in Generatoren hinterlässt helle, regelmäßige Spitzen abseits der Mitte; Kamerabilder fallen gleichmäßig ab.</translation>
    </message>
</context>
</TS>
