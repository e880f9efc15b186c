<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <numerusform>模式 %1：%n 个超参数节点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="36"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="38"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="39"/>
        <source>&amp;About LGPN Studio</source>
        <translation>关于 LGPN Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="44"/>
        <source>About LGPN Studio</source>
        <translation>关于 LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="45"/>
        <source>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;Predicts the hyperparameters of the generative model that made an image, with the Learnable Graph Pooling Network (LGPN, NeurIPS 2024).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;使用可学习图池化网络（LGPN，NeurIPS 2024）预测生成图像的生成模型的超参数。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lgpn::SchemaTreeModel</name>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="18"/>
        <source>trained with this loss</source>
        <translation>使用此损失函数训练</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="19"/>
        <source>used by the generator</source>
        <translation>生成器使用</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="34"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SchemaTreeModel.cpp" line="54"/>
        <location filename="../widgets/SchemaTreeModel.cpp" line="57"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
</context>
</TS>
