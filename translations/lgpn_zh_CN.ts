<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lgpn::AnalysisSession</name>
    <message numerus="yes">
        <location filename="../widgets/AnalysisSession.cpp" line="30"/>
        <source>Listing the files… %n found so far</source>
        <translation>
            <numerusform>正在列出文件… 已找到 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/AnalysisSession.cpp" line="157"/>
        <source>%1 reached the studio without its exact name and may be any of %n files whose names look alike; all were added.</source>
        <translation>
            <numerusform>%1 到达工作室时已丢失其确切名称，可能是 %n 个名称看起来相同的文件中的任意一个；已全部添加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="160"/>
        <source>%1 reached the studio without its exact name, and no file matches it.</source>
        <translation>%1 到达工作室时已丢失其确切名称，且没有与之匹配的文件。</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="68"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/AnalysisSession.cpp" line="173"/>
        <source>%n file(s) already in the list were not added again.</source>
        <translation>
            <numerusform>%n 个文件已在列表中，未重复添加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="175"/>
        <source>No image files found there.</source>
        <translation>那里没有找到图像文件。</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="195"/>
        <source>the analysis was cancelled</source>
        <translation>分析已取消</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="199"/>
        <source>Cancelled: %1 of %2 file(s) analysed.</source>
        <translation>已取消：已分析 %2 个文件中的 %1 个。</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="201"/>
        <source>%1 of %2 file(s) analysed in %3 s.</source>
        <translation>已在 %3 秒内分析 %2 个文件中的 %1 个。</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisSession.cpp" line="211"/>
        <source>the model could not be loaded: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
</context>
<context>
    <name>lgpn::EvidenceBar</name>
    <message>
        <location filename="../widgets/EvidenceBar.cpp" line="70"/>
        <source>Evidence map: none</source>
        <translation>证据图：无</translation>
    </message>
    <message>
        <location filename="../widgets/EvidenceBar.cpp" line="71"/>
        <source>Overlay which pixels drive a node&apos;s probability (gradient × input of its logit against the image&apos;s blur, averaged over the crops the model read)</source>
        <translation>叠加显示哪些像素决定节点的概率（其 logit 的梯度 × 输入相对于图像模糊版本，按模型读取的裁剪取平均）</translation>
    </message>
    <message>
        <location filename="../widgets/EvidenceBar.cpp" line="73"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>lgpn::ExactNameText</name>
    <message>
        <location filename="../widgets/ExactNameText.cpp" line="11"/>
        <source>Exact name: %1</source>
        <translation>确切名称：%1</translation>
    </message>
</context>
<context>
    <name>lgpn::GraphInspector</name>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="257"/>
        <source>Graphviz could not lay out this graph: %1</source>
        <translation>Graphviz 无法布局此图：%1</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="369"/>
        <source>&lt;b&gt;Members of %1&lt;/b&gt; (matching weight ≥ 0.05, strongest first):</source>
        <translation>&lt;b&gt;%1 的成员&lt;/b&gt;（匹配权重 ≥ 0.05，最强者在前）：</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="410"/>
        <location filename="../widgets/GraphInspector.cpp" line="416"/>
        <source>Export Graph</source>
        <translation>导出图</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="411"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="416"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="439"/>
        <source>The level shown; double-click a supernode to step down into it</source>
        <translation>显示的层级；双击超节点可进入下一层</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="440"/>
        <source>Find a hyperparameter…</source>
        <translation>查找超参数…</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="441"/>
        <source>Strongest learned links:</source>
        <translation>最强的学习连接：</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="442"/>
        <source>How many of the strongest learned correlations to draw</source>
        <translation>绘制多少条最强的学习相关</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="443"/>
        <source>Prior edges (G0)</source>
        <translation>先验边 (G0)</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="444"/>
        <source>Show the edges of the prior correlation graph G0, faded (hover a node to see its own)</source>
        <translation>淡色显示先验相关图 G0 的边（鼠标悬停在节点上可查看其自身的边）</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="445"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="446"/>
        <source>Show the whole level, as far as its labels stay readable</source>
        <translation>显示整个层级，前提是标签仍可阅读</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="447"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="448"/>
        <source>Save the level shown as SVG or PNG</source>
        <translation>将显示的层级保存为 SVG 或 PNG</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="449"/>
        <source>Zoom in (wheel up)</source>
        <translation>放大（滚轮向上）</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="450"/>
        <source>Zoom out (wheel down)</source>
        <translation>缩小（滚轮向下）</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="451"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="451"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="452"/>
        <source>Colour: probability, white 0 → dark blue 1. Boxes around nodes: the supernode each belongs to most. Orange lines: the strongest learned correlations. Hover a node to see its edges; click it for its details.</source>
        <translation>颜色：概率，白色 0 → 深蓝 1。节点外的方框：每个节点最主要所属的超节点。橙色线：最强的学习相关。悬停节点可查看其边；单击查看详情。</translation>
    </message>
    <message>
        <location filename="../widgets/GraphInspector.cpp" line="455"/>
        <source>Click a node for its details.</source>
        <translation>单击节点查看详情。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="436"/>
        <source>G0: %n hyperparameter(s)</source>
        <translation>
            <numerusform>G0：%n 个超参数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="437"/>
        <source>G%1: %n supernode(s)</source>
        <translation>
            <numerusform>G%1：%n 个超节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="459"/>
        <source>G%1 grouped by the supernodes of G%2; the %n strongest learned link(s) of G%3.</source>
        <translation>
            <numerusform>G%1 按 G%2 的超节点分组；G%3 最强的 %n 条学习连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/GraphInspector.cpp" line="462"/>
        <source>G%1, the top level; the %n strongest learned link(s).</source>
        <translation>
            <numerusform>G%1，最高层；最强的 %n 条学习连接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgpn::GraphLevelScene</name>
    <message>
        <location filename="../widgets/GraphLevelScene.cpp" line="142"/>
        <source>learned correlation %1 — %2: %3</source>
        <translation>学习相关 %1 — %2：%3</translation>
    </message>
</context>
<context>
    <name>lgpn::GraphNodeDetails</name>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="27"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="28"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="29"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="30"/>
        <location filename="../widgets/GraphNodeDetails.cpp" line="39"/>
        <source>Supernode</source>
        <translation>超节点</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="37"/>
        <source>Weighted probability of its members</source>
        <translation>其成员的加权概率</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="38"/>
        <source>Nodes that belong to it most</source>
        <translation>最主要属于它的节点</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="40"/>
        <source>Double-click it to see its members one level down.</source>
        <translation>双击可在下一层查看其成员。</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="48"/>
        <source>unknown: the model&apos;s bundle gives no held-out AUC</source>
        <translation>未知：模型包未提供留出 AUC</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="50"/>
        <source>held-out AUC %1: &lt;b&gt;not reliable for unseen generators&lt;/b&gt; (&amp;lt; %2)</source>
        <translation>留出 AUC %1：&lt;b&gt;对未见过的生成器不可靠&lt;/b&gt;（&amp;lt; %2）</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="51"/>
        <source>held-out AUC %1</source>
        <translation>留出 AUC %1</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="60"/>
        <source>none (top level)</source>
        <translation>无（最高层）</translation>
    </message>
    <message>
        <location filename="../widgets/GraphNodeDetails.cpp" line="63"/>
        <source>(in %1)</source>
        <translation>（属于 %1）</translation>
    </message>
</context>
<context>
    <name>lgpn::ImageFilterBar</name>
    <message numerus="yes">
        <location filename="../widgets/ImageFilterBar.cpp" line="106"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="106"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>List order</source>
        <translation>列表顺序</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>P(generated)</source>
        <translation>P(生成)</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>Novelty</source>
        <translation>新颖度</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>Similarity group</source>
        <translation>相似组</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <location filename="../widgets/ImageFilterBar.cpp" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="122"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Changed since the analysis</source>
        <translation>分析后已更改</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="125"/>
        <source>Changed or missing</source>
        <translation>已更改或缺失</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="127"/>
        <source>Sort by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="128"/>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="130"/>
        <source>P(generated) ≥</source>
        <translation>P(生成) ≥</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="131"/>
        <source>Novelty ≥</source>
        <translation>新颖度 ≥</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="132"/>
        <source>Above 0, images whose novelty the model cannot tell are hidden</source>
        <translation>大于 0 时，隐藏模型无法判断新颖度的图像</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="133"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="134"/>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="135"/>
        <source>Similarity group, numbered from the largest</source>
        <translation>相似组，从最大的开始编号</translation>
    </message>
    <message>
        <location filename="../widgets/ImageFilterBar.cpp" line="136"/>
        <source>Folder contains…</source>
        <translation>文件夹包含…</translation>
    </message>
</context>
<context>
    <name>lgpn::ImageListModel</name>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="103"/>
        <source>Waiting for analysis</source>
        <translation>等待分析</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="106"/>
        <source>Generated: %1 %  ·  %2×%3 px, %4 crop(s)</source>
        <translation>生成概率：%1 %  ·  %2×%3 像素，%4 个裁剪</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="120"/>
        <source>Cannot be analysed: %1</source>
        <translation>无法分析：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="123"/>
        <source>Not analysed: %1</source>
        <translation>未分析：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="88"/>
        <source>%1 (changed since the analysis)</source>
        <translation>%1（分析后已更改）</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="90"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="92"/>
        <source>  ·  novelty %1 ⚠</source>
        <translation>  ·  新颖度 %1 ⚠</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="93"/>
        <source>  ·  novelty %1</source>
        <translation>  ·  新颖度 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="112"/>
        <source>Novelty: — (the model cannot tell)</source>
        <translation>新颖度：—（模型无法判断）</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="114"/>
        <source>Novelty %1: unlike the generators the model was trained on; its hyperparameters are extrapolations</source>
        <translation>新颖度 %1：与模型训练所用的生成器不同；其超参数是外推结果</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="117"/>
        <source>Novelty %1</source>
        <translation>新颖度 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="127"/>
        <source>The file changed since the analysis: its SHA-256 differs from the case&apos;s.</source>
        <translation>文件在分析后已更改：其 SHA-256 与案例中的不同。</translation>
    </message>
    <message>
        <location filename="../widgets/ImageListModel.cpp" line="129"/>
        <source>The file is missing: it is no longer where the case says.</source>
        <translation>文件缺失：它已不在案例所记录的位置。</translation>
    </message>
</context>
<context>
    <name>lgpn::ImagePanel</name>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="243"/>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="244"/>
        <source>Drop images or folders on the window, or use File → Open, then select an image in the list.</source>
        <translation>将图像或文件夹拖放到窗口上，或使用“文件 → 打开”，然后在列表中选择一张图像。</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="249"/>
        <source>Cannot be analysed</source>
        <translation>无法分析</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="254"/>
        <source>Likely generated: %1 %</source>
        <translation>可能是生成的：%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="255"/>
        <source>Likely real: generated %1 %</source>
        <translation>可能是真实的：生成概率 %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="258"/>
        <source>%1 × %2 px, %3, %4 bytes</source>
        <translation>%1 × %2 像素，%3，%4 字节</translation>
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
            <numerusform>以原始分辨率读取 %n 个裁剪；裁剪一致性 %1（1 = 所有裁剪预测相同）</numerusform>
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
        <translation>范围 %1（p = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="332"/>
        <source>The regressed value, in natural units</source>
        <translation>回归值，采用自然单位</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="333"/>
        <source>The most probable of the parameter&apos;s ranges, and its probability</source>
        <translation>该参数最可能的范围及其概率</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="335"/>
        <source>Held-out AUC of this range: %1</source>
        <translation>该范围的留出 AUC：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="337"/>
        <source>Not reliable for unseen generators (held-out AUC &lt; %1)</source>
        <translation>对未见过的生成器不可靠（留出 AUC &lt; %1）</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="339"/>
        <source>%1 · not reliable</source>
        <translation>%1 · 不可靠</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="361"/>
        <source>Reliability for unseen generators is unknown for this model: its bundle gives no held-out AUC per node.</source>
        <translation>此模型对未见过的生成器的可靠性未知：其模型包未给出各节点的留出 AUC。</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="363"/>
        <source>grey: not reliable for unseen generators (held-out AUC &lt; %1). Hover a bar for its held-out AUC.</source>
        <translation>灰色：对未见过的生成器不可靠（留出 AUC &lt; %1）。将鼠标悬停在条形上可查看其留出 AUC。</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="369"/>
        <source>Loss functions</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="370"/>
        <source>Discrete architecture</source>
        <translation>离散架构</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="371"/>
        <source>Continuous architecture: predicted value and range</source>
        <translation>连续架构：预测值与范围</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="372"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="372"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="372"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="373"/>
        <source>The image, scaled to fit</source>
        <translation>图像（缩放以适应）</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="276"/>
        <source>Novelty: — (this model cannot tell how unlike its training generators an image is)</source>
        <translation>新颖度：—（此模型无法判断图像与其训练生成器的差异程度）</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="179"/>
        <source>Computing the evidence map…</source>
        <translation>正在计算证据图…</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="200"/>
        <source>Yellow: the pixels that drive this node most; grey: none, or not read by the model (%1 ms)</source>
        <translation>黄色：最能决定该节点的像素；灰色：无，或模型未读取（%1 毫秒）</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="202"/>
        <source>No evidence map: %1</source>
        <translation>无证据图：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="277"/>
        <source>Novelty %1 (at or above %2: unlike the training generators)</source>
        <translation>新颖度 %1（达到或超过 %2：与训练生成器不同）</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="300"/>
        <source>&lt;b&gt;The file changed since the analysis&lt;/b&gt;: its SHA-256 is no longer the case&apos;s.</source>
        <translation>&lt;b&gt;文件在分析后已更改&lt;/b&gt;：其 SHA-256 已不是案例中的值。</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="302"/>
        <source>&lt;b&gt;The file is missing&lt;/b&gt;: it is no longer where the case says.</source>
        <translation>&lt;b&gt;文件缺失&lt;/b&gt;：它已不在案例所记录的位置。</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="304"/>
        <source>Before Analyse Again: P(generated) %1 %, now %2 %.</source>
        <translation>重新分析前：P(生成) %1 %，现在 %2 %。</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="307"/>
        <source>Top nodes before: %1</source>
        <translation>之前的最高节点：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="308"/>
        <source>Top nodes now: %1</source>
        <translation>现在的最高节点：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="310"/>
        <source>Before Analyse Again: %1</source>
        <translation>重新分析前：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="310"/>
        <source>analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="310"/>
        <source>cannot be analysed: %1</source>
        <translation>无法分析：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ImagePanel.cpp" line="374"/>
        <source>⚠ This image is unlike the generators the model was trained on: its parsed hyperparameters are extrapolations, not findings.</source>
        <translation>⚠ 此图像与模型训练所用的生成器不同：解析出的超参数是外推结果，而非结论。</translation>
    </message>
</context>
<context>
    <name>lgpn::LanguageManager</name>
    <message>
        <location filename="../widgets/LanguageManager.cpp" line="21"/>
        <source>System language</source>
        <translation>系统语言</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="379"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="369"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="143"/>
        <source>The analysis could not start</source>
        <translation>无法开始分析</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="144"/>
        <source>Check the model bundle and device in Analysis → Settings, then use Analysis → Analyse Again.</source>
        <translation>请在“分析 → 设置”中检查模型包和设备，然后使用“分析 → 重新分析”。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="215"/>
        <source>Open images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="216"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="226"/>
        <source>Open a folder of images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="353"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="354"/>
        <source>Drop images or folders here</source>
        <translation>将图像或文件夹拖放到此处</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="355"/>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="356"/>
        <source>&amp;Graphs</source>
        <translation>图(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="357"/>
        <source>&amp;Pair similarity</source>
        <translation>成对相似度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="358"/>
        <source>Spe&amp;ctrum</source>
        <translation>频谱(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="359"/>
        <source>Sc&amp;hema</source>
        <translation>模式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="360"/>
        <source>The selected image&apos;s predicted hyperparameters</source>
        <translation>所选图像的预测超参数</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="361"/>
        <source>The selected image&apos;s learned graphs G0, G1, G2 and how they are pooled</source>
        <translation>所选图像学习到的图 G0、G1、G2 及其池化方式</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="362"/>
        <source>Images likely made by the same generator</source>
        <translation>可能由同一生成器生成的图像</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="363"/>
        <source>Fourier spectrum of the selected image&apos;s high-pass residual</source>
        <translation>所选图像高通残差的傅里叶频谱</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="364"/>
        <source>The hyperparameters the model predicts</source>
        <translation>模型预测的超参数</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="366"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="367"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="368"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="370"/>
        <source>&amp;Open Images…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="371"/>
        <source>Analyse image files</source>
        <translation>分析图像文件</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="372"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="373"/>
        <source>Analyse every image in a folder and its subfolders</source>
        <translation>分析文件夹及其子文件夹中的每张图像</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="376"/>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="377"/>
        <source>Write the analysis as a PDF, JSON or CSV report</source>
        <translation>将分析写为 PDF、JSON 或 CSV 报告</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="378"/>
        <source>C&amp;lear All</source>
        <translation>全部清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="380"/>
        <source>&amp;Cancel Analysis</source>
        <translation>取消分析(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="381"/>
        <source>Cancel the analysis (Esc)</source>
        <translation>取消分析（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="382"/>
        <source>Analyse &amp;Again</source>
        <translation>重新分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="383"/>
        <source>Analyse every loaded file again, with the current settings</source>
        <translation>使用当前设置重新分析所有已加载的文件</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="384"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="385"/>
        <source>&amp;About LGPN Studio</source>
        <translation>关于 LGPN Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="386"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Graphs</source>
        <translation>图</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Pair Similarity</source>
        <translation>成对相似度</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Spectrum</source>
        <translation>频谱</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="387"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="390"/>
        <source>Image &amp;List</source>
        <translation>图像列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="435"/>
        <source>Model %1</source>
        <translation>模型 %1</translation>
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
        <translation>模型：内置默认模型</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="442"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="443"/>
        <source>Loaded with the first analysis</source>
        <translation>在首次分析时加载</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="444"/>
        <source>Device: auto</source>
        <translation>设备：自动</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="452"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="762"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="763"/>
        <source>PDF report (*.pdf);;JSON report (*.json);;CSV table (*.csv)</source>
        <translation>PDF 报告 (*.pdf);;JSON 报告 (*.json);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="152"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="159"/>
        <source>The report could not be written</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="794"/>
        <source>Writing the report to %1…</source>
        <translation>正在将报告写入 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="811"/>
        <source>New settings apply to the next analysis; Analysis → Analyse Again applies them to the loaded files.</source>
        <translation>新设置将用于下一次分析；“分析 → 重新分析”会将其应用于已加载的文件。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="817"/>
        <source>About LGPN Studio</source>
        <translation>关于 LGPN Studio</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="819"/>
        <source>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;Predicts the hyperparameters of the generative model that made an image, with the Learnable Graph Pooling Network (LGPN, NeurIPS 2024).&lt;/p&gt;&lt;p&gt;Built with Qt, LibTorch, OpenCV, QCustomPlot and Graphviz, under their own licences (LGPL-3.0, BSD-3-Clause, Apache-2.0, GPL-3.0, EPL-1.0).&lt;/p&gt;&lt;p&gt;The model it uses by default, and what it can and cannot tell you:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LGPN Studio %1&lt;/h3&gt;&lt;p&gt;使用可学习图池化网络（LGPN，NeurIPS 2024）预测生成某张图像的生成模型的超参数。&lt;/p&gt;&lt;p&gt;基于 Qt、LibTorch、OpenCV、QCustomPlot 和 Graphviz 构建，遵循它们各自的许可证（LGPL-3.0、BSD-3-Clause、Apache-2.0、GPL-3.0、EPL-1.0）。&lt;/p&gt;&lt;p&gt;默认使用的模型，以及它能告诉您和不能告诉您的内容：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="833"/>
        <source>This build carries no model card.</source>
        <translation>此版本不包含模型卡。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="232"/>
        <source>Open a case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="232"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>案例文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="374"/>
        <source>Open &amp;Case…</source>
        <translation>打开案例(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="375"/>
        <source>Show a finished analysis (a JSON report) again without running the model, and check its files</source>
        <translation>不运行模型，重新显示已完成的分析（JSON 报告），并检查其文件</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="675"/>
        <source>Cancel the running analysis before opening a case.</source>
        <translation>打开案例前请先取消正在运行的分析。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="698"/>
        <source>The case could not be opened</source>
        <translation>无法打开案例</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="722"/>
        <source>&lt;b&gt;Case %1&lt;/b&gt;: %n image(s), analysed %2 with model %3</source>
        <translation>
            <numerusform>&lt;b&gt;案例 %1&lt;/b&gt;：%n 张图像，%2 使用模型 %3 分析</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="727"/>
        <source>Checking the files against the case…</source>
        <translation>正在将文件与案例核对…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="732"/>
        <source>Since the analysis: %1 changed, %2 missing (Status filter: Changed or missing).</source>
        <translation>分析后：%1 个已更改，%2 个缺失（状态筛选：已更改或缺失）。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="733"/>
        <source>Every file is unchanged since the analysis (SHA-256 checked).</source>
        <translation>所有文件自分析以来均未更改（已校验 SHA-256）。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="735"/>
        <source>Analysed again: the old results are shown beside the new until the case is saved (File → Export Report…, JSON).</source>
        <translation>已重新分析：旧结果与新结果并列显示，直到案例被保存（文件 → 导出报告…，JSON）。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="739"/>
        <source>⚠ The loaded model is %1, not the case&apos;s %2: Analyse Again would give other numbers.</source>
        <translation>⚠ 已加载的模型是 %1，而不是案例的 %2：重新分析会得到不同的数值。</translation>
    </message>
</context>
<context>
    <name>lgpn::PairDialog</name>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="41"/>
        <source>(not reliable for unseen generators: held-out AUC %1)</source>
        <translation>（对未见过的生成器不可靠：留出 AUC %1）</translation>
    </message>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="53"/>
        <source>Compare two images</source>
        <translation>比较两张图像</translation>
    </message>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="64"/>
        <source>generated %1 %</source>
        <translation>生成概率 %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/PairDialog.cpp" line="75"/>
        <source>Cosine similarity of the predicted hyperparameters: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>预测超参数的余弦相似度：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lgpn::PdfPagesDialog</name>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="14"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="16"/>
        <source>A page for every image</source>
        <translation>每张图像一页</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="17"/>
        <source>Pages only for images likely generated (P(generated) ≥ %1)</source>
        <translation>仅为可能是生成的图像附页（生成概率 ≥ %1）</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="19"/>
        <source>No image pages: the summary table only</source>
        <translation>不附图像页：仅汇总表</translation>
    </message>
    <message>
        <location filename="../widgets/PdfPagesDialog.cpp" line="21"/>
        <source>The report opens with a summary table of every file. Which images also get a page of their own?</source>
        <translation>报告以所有文件的汇总表开头。哪些图像另有单独的一页？</translation>
    </message>
</context>
<context>
    <name>lgpn::ProbabilityPlot</name>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="69"/>
        <source>predicted (at or above the threshold)</source>
        <translation>预测为存在（达到或高于阈值）</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="70"/>
        <source>below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="71"/>
        <source>predicted, but not reliable for unseen generators</source>
        <translation>预测为存在，但对未见过的生成器不可靠</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="72"/>
        <source>below the threshold, not reliable for unseen generators</source>
        <translation>低于阈值，对未见过的生成器不可靠</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="94"/>
        <source>%1 · AUC %2</source>
        <translation>%1 · AUC %2</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="112"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="124"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="128"/>
        <source>Probability of each hyperparameter, averaged over the image&apos;s crops; bars reaching the dashed line are the predicted hyperparameters.</source>
        <translation>每个超参数的概率（对图像的各裁剪取平均）；达到虚线的条即为预测的超参数。</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="167"/>
        <source>%1: probability %2</source>
        <translation>%1：概率 %2</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="171"/>
        <source>Held-out AUC: not measured for this node</source>
        <translation>留出 AUC：此节点未测量</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="173"/>
        <source>Held-out AUC %1 (how well this node is predicted for generators left out of training)</source>
        <translation>留出 AUC %1（对训练中未包含的生成器，此节点的预测效果）</translation>
    </message>
    <message>
        <location filename="../widgets/ProbabilityPlot.cpp" line="175"/>
        <source>Not reliable for unseen generators (held-out AUC &lt; %1)</source>
        <translation>对未见过的生成器不可靠（留出 AUC &lt; %1）</translation>
    </message>
</context>
<context>
    <name>lgpn::SchemaText</name>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="12"/>
        <source>Loss functions</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="13"/>
        <source>Continuous architecture parameters</source>
        <translation>连续架构参数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="14"/>
        <source>Discrete architecture parameters</source>
        <translation>离散架构参数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="15"/>
        <source>Pixel-level losses</source>
        <translation>像素级损失</translation>
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
        <translation>均方误差（MSE）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="19"/>
        <source>Maximum mean discrepancy (MMD)</source>
        <translation>最大均值差异（MMD）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="20"/>
        <source>Least squares (LS)</source>
        <translation>最小二乘（LS）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="21"/>
        <source>Discriminator losses</source>
        <translation>判别器损失</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="22"/>
        <source>Wasserstein (WGAN)</source>
        <translation>Wasserstein（WGAN）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="23"/>
        <source>Kullback–Leibler divergence (KL)</source>
        <translation>KL 散度（KL）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="24"/>
        <source>Adversarial</source>
        <translation>对抗</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="25"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="26"/>
        <source>Classification losses</source>
        <translation>分类损失</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="27"/>
        <source>Cross-entropy (CE)</source>
        <translation>交叉熵（CE）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="28"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="29"/>
        <source>layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="30"/>
        <source>Layers (low)</source>
        <translation>层（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="31"/>
        <source>Layers (middle)</source>
        <translation>层（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="32"/>
        <source>Layers (high)</source>
        <translation>层（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="33"/>
        <source>Convolution layers</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="34"/>
        <source>Convolution layers (low)</source>
        <translation>卷积层（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="35"/>
        <source>Convolution layers (middle)</source>
        <translation>卷积层（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="36"/>
        <source>Convolution layers (high)</source>
        <translation>卷积层（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="37"/>
        <source>Fully connected layers</source>
        <translation>全连接层</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="38"/>
        <source>Fully connected layers (low)</source>
        <translation>全连接层（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="39"/>
        <source>Fully connected layers (middle)</source>
        <translation>全连接层（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="40"/>
        <source>Fully connected layers (high)</source>
        <translation>全连接层（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="41"/>
        <source>Pooling layers</source>
        <translation>池化层</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="42"/>
        <source>Pooling layers (low)</source>
        <translation>池化层（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="43"/>
        <source>Pooling layers (middle)</source>
        <translation>池化层（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="44"/>
        <source>Pooling layers (high)</source>
        <translation>池化层（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="45"/>
        <source>Normalization layers</source>
        <translation>归一化层</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="46"/>
        <source>Normalization layers (low)</source>
        <translation>归一化层（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="47"/>
        <source>Normalization layers (middle)</source>
        <translation>归一化层（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="48"/>
        <source>Normalization layers (high)</source>
        <translation>归一化层（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="49"/>
        <source>Filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="50"/>
        <source>filters</source>
        <translation>个滤波器</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="51"/>
        <source>Filters (low)</source>
        <translation>滤波器（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="52"/>
        <source>Filters (middle)</source>
        <translation>滤波器（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="53"/>
        <source>Filters (high)</source>
        <translation>滤波器（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="54"/>
        <source>Blocks</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="55"/>
        <source>blocks</source>
        <translation>个块</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="56"/>
        <source>Blocks (low)</source>
        <translation>块（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="57"/>
        <source>Blocks (middle)</source>
        <translation>块（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="58"/>
        <source>Blocks (high)</source>
        <translation>块（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="59"/>
        <source>Layers per block</source>
        <translation>每块层数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="60"/>
        <source>Layers per block (low)</source>
        <translation>每块层数（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="61"/>
        <source>Layers per block (middle)</source>
        <translation>每块层数（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="62"/>
        <source>Layers per block (high)</source>
        <translation>每块层数（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="63"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="64"/>
        <source>parameters</source>
        <translation>个参数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="65"/>
        <source>Parameters (low)</source>
        <translation>参数量（低）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="66"/>
        <source>Parameters (middle)</source>
        <translation>参数量（中）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="67"/>
        <source>Parameters (high)</source>
        <translation>参数量（高）</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="68"/>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="69"/>
        <source>Batch normalization</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="70"/>
        <source>Instance normalization</source>
        <translation>实例归一化</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="71"/>
        <source>Adaptive instance normalization</source>
        <translation>自适应实例归一化</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="72"/>
        <source>Group normalization</source>
        <translation>组归一化</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="73"/>
        <source>Nonlinearity in the last layer</source>
        <translation>最后一层的非线性</translation>
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
        <translation>最后一个块的非线性</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="80"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="81"/>
        <source>Up-sampling</source>
        <translation>上采样</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="82"/>
        <source>Nearest-neighbour up-sampling</source>
        <translation>最近邻上采样</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="83"/>
        <source>Deconvolution</source>
        <translation>反卷积</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="84"/>
        <source>Skip connection</source>
        <translation>跳跃连接</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="85"/>
        <source>Skip connection used</source>
        <translation>使用跳跃连接</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="86"/>
        <source>Down-sampling</source>
        <translation>下采样</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaText.cpp" line="87"/>
        <source>Down-sampling used</source>
        <translation>使用下采样</translation>
    </message>
</context>
<context>
    <name>lgpn::SchemaTreeModel</name>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="20"/>
        <source>trained with this loss</source>
        <translation>使用此损失函数训练</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="21"/>
        <source>used by the generator</source>
        <translation>生成器使用</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../widgets/SchemaTreeModel.cpp" line="36"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SchemaTreeModel.cpp" line="56"/>
        <location filename="../widgets/SchemaTreeModel.cpp" line="59"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lgpn::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="30"/>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
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
        <translation>内置模型</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Model bundle</source>
        <translation>模型包</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>LGPN model bundles (*.lgpn)</source>
        <translation>LGPN 模型包 (*.lgpn)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="49"/>
        <source>A hyperparameter is predicted when its probability reaches this value</source>
        <translation>当超参数的概率达到此值时，即预测其存在</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="53"/>
        <source>Images whose predictions are at least this similar (cosine) are grouped as likely the same generator</source>
        <translation>预测结果至少达到此相似度（余弦）的图像被归为可能来自同一生成器</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="56"/>
        <source>How many native-resolution crops the model reads from a large image; their predictions are averaged</source>
        <translation>模型从大图像中读取的原始分辨率裁剪数量；其预测结果取平均</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="62"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="64"/>
        <source>&amp;Model bundle:</source>
        <translation>模型包(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="67"/>
        <source>&amp;Decision threshold:</source>
        <translation>决策阈值(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="68"/>
        <source>&amp;Similarity threshold:</source>
        <translation>相似度阈值(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="69"/>
        <source>&amp;Crops per image:</source>
        <translation>每张图像的裁剪数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="70"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
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
余弦相似度 %3</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="224"/>
        <location filename="../widgets/SimilarityView.cpp" line="228"/>
        <source>… and %1 more</source>
        <translation>… 以及另外 %1 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SimilarityView.cpp" line="231"/>
        <source>Group %1 — %n image(s): %2</source>
        <translation>
            <numerusform>第 %1 组 — %n 张图像：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="269"/>
        <source>&amp;Same generator at cosine ≥</source>
        <translation>余弦 ≥ 此值视为同一生成器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="270"/>
        <source>Images whose predicted hyperparameters are at least this similar are grouped</source>
        <translation>预测超参数至少达到此相似度的图像将被分组</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="271"/>
        <source>No group of images above the threshold.</source>
        <translation>没有高于阈值的图像组。</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="272"/>
        <source>Likely the same generator (double-click a group to compare two of its images):</source>
        <translation>可能是同一生成器（双击某组可比较其中两张图像）：</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="274"/>
        <source>%1 analysed images: too many to compare pair by pair here (at most %2). `lgpn analyze --json` finds the groups of any number of images.</source>
        <translation>%1 张已分析图像：太多，无法在此逐对比较（最多 %2 张）。`lgpn analyze --json` 可对任意数量的图像进行分组。</translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="277"/>
        <source>%1 analysed images, ordered by their groups (clustering is done for at most %2); click a cell to compare its two images.</source>
        <translation>%1 张已分析图像，按分组排序（最多对 %2 张进行聚类）；单击单元格可比较对应的两张图像。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SimilarityView.cpp" line="280"/>
        <source>Cosine similarity of the predicted hyperparameter vectors of %n image(s), ordered by clustering; click a cell to compare its two images.</source>
        <translation>
            <numerusform>%n 张图像的预测超参数向量的余弦相似度，按聚类排序；单击单元格可比较对应的两张图像。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SimilarityView.cpp" line="283"/>
        <source>Analyse two images or more to compare them.</source>
        <translation>分析两张或更多图像后即可比较。</translation>
    </message>
</context>
<context>
    <name>lgpn::SpectrumView</name>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="162"/>
        <source>High-pass residual (image minus its blur)</source>
        <translation>高通残差（图像减去其模糊版本）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SpectrumView.cpp" line="163"/>
        <source>Mean log-magnitude spectrum of %n image(s)&apos; residuals (zero frequency at the centre)</source>
        <translation>
            <numerusform>%n 张图像残差的平均对数幅度谱（零频率位于中心）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="164"/>
        <source>Log-magnitude spectrum of the residual (zero frequency at the centre)</source>
        <translation>残差的对数幅度谱（零频率位于中心）</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="165"/>
        <source>&amp;Average the spectra of up to %1 images of the same folder and size (a generator&apos;s traces add up, image content averages out)</source>
        <translation>对同一文件夹中相同尺寸的最多 %1 张图像的频谱取平均(&amp;A)（生成器的痕迹会叠加，图像内容会被平均掉）</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="173"/>
        <source>Select an image to see its spectrum.</source>
        <translation>选择一张图像以查看其频谱。</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="176"/>
        <source>%1 — reading %2 of up to %3 images of its folder for the averaged spectrum…</source>
        <translation>%1 — 正在读取其文件夹中最多 %3 张图像中的第 %2 张，用于平均频谱…</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="177"/>
        <source>%1 — computing its spectrum…</source>
        <translation>%1 — 正在计算其频谱…</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="179"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrumView.cpp" line="180"/>
        <source>%1 — strongest off-centre frequency %2 dB above the median. Generators&apos; upsampling leaves bright, regular peaks away from the centre; camera images fall off smoothly.</source>
        <translation>%1 — 最强的非中心频率比中位数高 %2 dB。生成器的上采样会在远离中心处留下明亮、规则的峰；相机图像则平滑衰减。</translation>
    </message>
</context>
</TS>
