<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lgpn::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="20"/>
        <source>LGPN Studio</source>
        <translation>LGPN Studio</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="30"/>
        <source>Schema %1: %n hyperparameter node(s)</source>
        <translation>
            <numerusform>Schema %1: %n Hyperparameter-Knoten</numerusform>
            <numerusform>Schema %1: %n Hyperparameter-Knoten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="39"/>
        <source>&amp;About LGPN Studio</source>
        <translation>&amp;Über LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="44"/>
        <source>About LGPN Studio</source>
        <translation>Über LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="45"/>
        <source>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;Predicts the hyperparameters of the generative model that made an image, with the Learnable Graph Pooling Network (LGPN, NeurIPS 2024).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;Sagt die Hyperparameter des generativen Modells voraus, das ein Bild erzeugt hat, mit dem Learnable Graph Pooling Network (LGPN, NeurIPS 2024).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lgpn::SchemaTreeModel</name>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="18"/>
        <source>trained with this loss</source>
        <translation>mit dieser Verlustfunktion trainiert</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="19"/>
        <source>used by the generator</source>
        <translation>vom Generator verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SchemaTreeModel.cpp" line="54"/>
        <location filename="../widgets/SchemaTreeModel.cpp" line="57"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
</context>
</TS>
