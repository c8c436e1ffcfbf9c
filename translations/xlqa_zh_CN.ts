<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExampleTags</name>
    <message>
        <source>gold wrong</source>
        <translation>标准答案有误</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <source>model error</source>
        <translation>模型错误</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The evaluation failed</source>
        <translation>评估失败</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Epoch %1, step %2 of %3, loss %4, %5 examples/s, %6 left</source>
        <translation>第 %1 轮，步骤 %2/%3，损失 %4，%5 个示例/秒，剩余 %6</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开数据集。</translation>
    </message>
    <message>
        <source>Open a teacher or a student model first.</source>
        <translation>请先打开教师模型或学生模型。</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>正在评估</translation>
    </message>
    <message>
        <source>pair %1 of %2 (%3), %4 examples/s, %5 s left</source>
        <translation>语言对 %1/%2（%3），%4 个示例/秒，剩余 %5 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n language(s), %1 pairs</source>
        <translation>
            <numerusform>%n 种语言，%1 个语言对</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 parameters, %3, %4</source>
        <translation>%1，%2 个参数，%3，%4</translation>
    </message>
    <message>
        <source>This run computed in %1, the compared run in %2: the differences include the precision&apos;s</source>
        <translation>本次运行以 %1 计算，对比运行以 %2 计算：差异中也包含精度的影响</translation>
    </message>
</context>
<context>
    <name>xlqa::DocumentTree</name>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>进行中或已中断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>%1 of %2 pairs, %3</source>
        <translation>%1/%2 个语言对，%3</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对比对象</translation>
    </message>
</context>
<context>
    <name>xlqa::EvaluationDialog</name>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>All pairs (XLT and G-XLT)</source>
        <translation>所有语言对（XLT 和 G-XLT）</translation>
    </message>
    <message>
        <source>XLT: same language (diagonal)</source>
        <translation>XLT：相同语言（对角线）</translation>
    </message>
    <message>
        <source>G-XLT: different languages</source>
        <translation>G-XLT：不同语言</translation>
    </message>
    <message>
        <source>These pairs…</source>
        <translation>指定语言对…</translation>
    </message>
    <message>
        <source>en-es, es-en, de-zh</source>
        <translation>en-es, es-en, de-zh</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Continue the run already in this folder</source>
        <translation>继续此文件夹中已有的运行</translation>
    </message>
    <message>
        <source>MLQA (language-aware normalisation)</source>
        <translation>MLQA（按语言规范化）</translation>
    </message>
    <message>
        <source>SQuAD v1.1</source>
        <translation>SQuAD v1.1</translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation>语言对</translation>
    </message>
    <message>
        <source>Examples per pair</source>
        <translation>每个语言对的示例数</translation>
    </message>
    <message>
        <source>Official score</source>
        <translation>官方评分</translation>
    </message>
    <message>
        <source>Write sbatch script…</source>
        <translation>写出 sbatch 脚本…</translation>
    </message>
    <message>
        <source>Write this evaluation as a Slurm array job instead of running it here</source>
        <translation>把这次评估写成 Slurm 数组作业，而不在本机运行</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleBrowser</name>
    <message>
        <source>Question language - context language</source>
        <translation>问题语言 - 上下文语言</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>语言对</translation>
    </message>
    <message>
        <source>Failing only:</source>
        <translation>仅失败项：</translation>
    </message>
    <message>
        <source>teacher or student</source>
        <translation>教师模型或学生模型</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>An answer is wrong when its F1 (0-100) is below this, right otherwise</source>
        <translation>F1（0-100）低于此值的答案视为错误，否则视为正确</translation>
    </message>
    <message>
        <source>F1 below</source>
        <translation>F1 低于</translation>
    </message>
    <message>
        <source>Teacher right, student wrong</source>
        <translation>教师模型正确，学生模型错误</translation>
    </message>
    <message>
        <source>Student right, teacher wrong</source>
        <translation>学生模型正确，教师模型错误</translation>
    </message>
    <message>
        <source>Search ids, gold answers and predictions</source>
        <translation>搜索 ID、标准答案和预测</translation>
    </message>
    <message>
        <source>Tagged only</source>
        <translation>仅已标记</translation>
    </message>
    <message>
        <source>Export tags as CSV…</source>
        <translation>将标签导出为 CSV…</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>所有语言对</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 examples</source>
        <translation>%1/%2 个示例</translation>
    </message>
    <message>
        <source>Export tags as CSV</source>
        <translation>将标签导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Teacher vs student: any</source>
        <translation>教师模型与学生模型：任意</translation>
    </message>
    <message>
        <source>Student moved the gold to rank 1</source>
        <translation>学生把标准答案提到第 1 名</translation>
    </message>
    <message>
        <source>The student&apos;s best span is the gold answer; the teacher ranked it lower or not among its kept spans</source>
        <translation>学生的最佳片段就是标准答案；教师把它排得更低，或不在其保留的片段中</translation>
    </message>
    <message>
        <source>Show this question in every language pair</source>
        <translation>在所有语言对中显示此问题</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleDetailView</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Gold answer</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Teacher&apos;s answer (upper bar)</source>
        <translation>教师模型的答案（上方条）</translation>
    </message>
    <message>
        <source>Student&apos;s answer (lower bar)</source>
        <translation>学生模型的答案（下方条）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>EM</source>
        <translation>EM</translation>
    </message>
    <message>
        <source>Top spans</source>
        <translation>最佳片段</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Choose or type a label</source>
        <translation>选择或输入标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save tag</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>No example selected</source>
        <translation>未选择示例</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>No gold answer</source>
        <translation>无标准答案</translation>
    </message>
    <message>
        <source>Gold: %1</source>
        <translation>标准答案：%1</translation>
    </message>
    <message>
        <source>The question and the context are not available: the run keeps scores, not texts. Open the run&apos;s dataset to read them.</source>
        <translation>问题和上下文不可用：运行只保存分数，不保存文本。请打开该运行的数据集以查看。</translation>
    </message>
    <message>
        <source>The gold answer&apos;s position in the context is not known; it is not marked.</source>
        <translation>标准答案在上下文中的位置未知，因此未标出。</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无答案）</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Tagged; last changed %1</source>
        <translation>已标记；最后修改于 %1</translation>
    </message>
    <message>
        <source>Tags are unavailable: no run is open.</source>
        <translation>标签不可用：未打开任何运行。</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Tag not saved</source>
        <translation>标签未保存</translation>
    </message>
    <message>
        <source>The tag could not be saved.

%1</source>
        <translation>无法保存标签。

%1</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleInspector</name>
    <message>
        <source>Inspecting %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Cannot inspect the example</source>
        <translation>无法检查该示例</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleTableModel</name>
    <message>
        <source>Question language - context language</source>
        <translation>问题语言 - 上下文语言</translation>
    </message>
    <message>
        <source>Per-example F1 as the official script computes it, 0-100</source>
        <translation>按官方脚本计算的单个示例 F1，0-100</translation>
    </message>
    <message>
        <source>Student F1 minus teacher F1</source>
        <translation>学生模型 F1 减去教师模型 F1</translation>
    </message>
    <message>
        <source>The annotator&apos;s tag; hover a tag to read its note</source>
        <translation>标注者的标签；将鼠标悬停在标签上可查看备注</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>语言对</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Teacher prediction</source>
        <translation>教师模型预测</translation>
    </message>
    <message>
        <source>Teacher F1</source>
        <translation>教师模型 F1</translation>
    </message>
    <message>
        <source>Student prediction</source>
        <translation>学生模型预测</translation>
    </message>
    <message>
        <source>Student F1</source>
        <translation>学生模型 F1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>ΔF1</source>
        <translation>ΔF1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无答案）</translation>
    </message>
    <message>
        <source>Where the gold answer is in the model&apos;s n-best list (1: its prediction); &quot;&gt; %1&quot;: not among the %1 spans the run kept</source>
        <translation>标准答案在模型 n-best 列表中的名次（1：即其预测）；“&gt; %1”：不在本次运行保留的 %1 个片段中</translation>
    </message>
    <message>
        <source>Teacher gold rank</source>
        <translation type="vanished">教师：标准答案名次</translation>
    </message>
    <message>
        <source>Student gold rank</source>
        <translation type="vanished">学生：标准答案名次</translation>
    </message>
    <message>
        <source>Teacher rank</source>
        <translation>教师名次</translation>
    </message>
    <message>
        <source>Student rank</source>
        <translation>学生名次</translation>
    </message>
</context>
<context>
    <name>xlqa::GoldRankView</name>
    <message>
        <source>Pairs:</source>
        <translation>语言对：</translation>
    </message>
    <message>
        <source>Show the examples the student moved to rank 1</source>
        <translation>显示学生提到第 1 名的样例</translation>
    </message>
    <message>
        <source>k (spans looked at, best first)</source>
        <translation>k（按得分从高到低查看的片段数）</translation>
    </message>
    <message>
        <source>EM@k: gold among the top k (%)</source>
        <translation>EM@k：标准答案在前 k 名中（%）</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>All pairs (G-XLT mean)</source>
        <translation>所有语言对（G-XLT 平均）</translation>
    </message>
    <message>
        <source>Same-language pairs (XLT mean)</source>
        <translation>同语言对（XLT 平均）</translation>
    </message>
    <message>
        <source>Open a run to see where the gold answer sits in each model&apos;s n-best list.</source>
        <translation>打开一次运行，查看标准答案在各模型 n-best 列表中的位置。</translation>
    </message>
    <message>
        <source>The student moved the gold to rank 1 in %1 of %2 examples.</source>
        <translation>在 %2 个样例中，学生把标准答案提到第 1 名的有 %1 个。</translation>
    </message>
    <message>
        <source>EM@1 %1 → %2, EM@%3 %4 → %5 (teacher → student); the run kept %3 spans per example, so EM@k is known up to k = %3.</source>
        <translation>EM@1 %1 → %2，EM@%3 %4 → %5（教师 → 学生）；本次运行每个样例保留 %3 个片段，因此 EM@k 只到 k = %3。</translation>
    </message>
</context>
<context>
    <name>xlqa::HeatmapView</name>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>EM %1   F1 %2</source>
        <translation>EM %1   F1 %2</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>Student − teacher</source>
        <translation>学生模型 − 教师模型</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>导出图像…</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG, SVG or PDF</source>
        <translation>将热力图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the displayed matrix as CSV</source>
        <translation>将显示的矩阵保存为 CSV</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>模型(&amp;O)：</translation>
    </message>
    <message>
        <source>Context language</source>
        <translation>上下文语言</translation>
    </message>
    <message>
        <source>Question language</source>
        <translation>问题语言</translation>
    </message>
    <message>
        <source>No completed pairs in this run yet</source>
        <translation>此运行尚无已完成的语言对</translation>
    </message>
    <message>
        <source>This run has no teacher scores</source>
        <translation>此运行没有教师模型分数</translation>
    </message>
    <message>
        <source>This run has no student scores</source>
        <translation>此运行没有学生模型分数</translation>
    </message>
    <message>
        <source>Student − teacher needs pairs that both models were scored on</source>
        <translation>“学生模型 − 教师模型”需要两个模型都已评分的语言对</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>Teacher %1 (%)</source>
        <translation>教师模型 %1 (%)</translation>
    </message>
    <message>
        <source>Student %1 (%)</source>
        <translation>学生模型 %1 (%)</translation>
    </message>
    <message>
        <source>Student − teacher %1 (points)</source>
        <translation>学生模型 − 教师模型 %1（分）</translation>
    </message>
    <message>
        <source>XLT (diagonal) average: %1     G-XLT average (all pairs): %2     Off-diagonal average: %3</source>
        <translation>XLT（对角线）平均：%1     G-XLT（所有语言对）平均：%2     非对角线平均：%3</translation>
    </message>
    <message>
        <source>No significance tests were computed for this run</source>
        <translation>此运行未计算显著性检验</translation>
    </message>
    <message>
        <source>(faded, in parentheses): not significant, p ≥ 0.05 (Wilcoxon signed-rank test on per-example F1)</source>
        <translation>（淡色，括号内）：不显著，p ≥ 0.05（基于单个示例 F1 的 Wilcoxon 符号秩检验）</translation>
    </message>
    <message>
        <source>Significance is tested on F1; choose F1 to see it</source>
        <translation>显著性基于 F1 检验；选择 F1 即可查看</translation>
    </message>
    <message>
        <source>Student − teacher (points)</source>
        <translation>学生模型 − 教师模型（分）</translation>
    </message>
    <message>
        <source>F1 (%)</source>
        <translation>F1 (%)</translation>
    </message>
    <message>
        <source>Exact match (%)</source>
        <translation>精确匹配 (%)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Question: %1    Context: %2</source>
        <translation>问题：%1    上下文：%2</translation>
    </message>
    <message>
        <source>Not evaluated in this run</source>
        <translation>此运行中未评估</translation>
    </message>
    <message>
        <source>1 example</source>
        <translation>1 个示例</translation>
    </message>
    <message>
        <source>%1 examples</source>
        <translation>%1 个示例</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>教师模型：%1</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>学生模型：%1</translation>
    </message>
    <message>
        <source>Δ F1 (student − teacher): %1</source>
        <translation>Δ F1（学生模型 − 教师模型）：%1</translation>
    </message>
    <message>
        <source>p = %1 (Wilcoxon signed-rank, %2)</source>
        <translation>p = %1（Wilcoxon 符号秩检验，%2）</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>p: not computed</source>
        <translation>p：未计算</translation>
    </message>
    <message>
        <source>Question language %1: mean over context languages %2</source>
        <translation>问题语言 %1：各上下文语言的平均值 %2</translation>
    </message>
    <message>
        <source>Context language %1: mean over question languages %2</source>
        <translation>上下文语言 %1：各问题语言的平均值 %2</translation>
    </message>
    <message>
        <source>G-XLT average (all pairs): %1</source>
        <translation>G-XLT（所有语言对）平均：%1</translation>
    </message>
    <message>
        <source>There is no heatmap to export: %1</source>
        <translation>没有可导出的热力图：%1</translation>
    </message>
    <message>
        <source>Unknown image type “%1”: use .png, .svg or .pdf</source>
        <translation>未知图像类型“%1”：请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>There is no matrix to export: %1</source>
        <translation>没有可导出的矩阵：%1</translation>
    </message>
    <message>
        <source>Export heatmap image</source>
        <translation>导出热力图图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>将矩阵导出为 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Compared run − this run</source>
        <translation>对比运行 − 本次运行</translation>
    </message>
    <message>
        <source>The compared run shares no scored pair with this run</source>
        <translation>对比运行与本次运行没有共同的已评分语言对</translation>
    </message>
    <message>
        <source>Choose File → Compare with run… to set another run against this one</source>
        <translation>选择“文件 → 与运行对比…”以将另一次运行与本次对比</translation>
    </message>
    <message>
        <source>%1 − this run, %2 %3 (points)</source>
        <translation>%1 − 本次运行，%2 %3（分）</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>对比对象：%1</translation>
    </message>
    <message>
        <source>Compared run − this run (points)</source>
        <translation>对比运行 − 本次运行（分）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Δ F1 (%1 − this run): %2</source>
        <translation>Δ F1（%1 − 本次运行）：%2</translation>
    </message>
    <message>
        <source>XLT %1 · G-XLT %2</source>
        <translation>XLT %1 · G-XLT %2</translation>
    </message>
    <message>
        <source>±: %1% interval, paired bootstrap over questions (%2 resamples)</source>
        <translation>±：%1% 区间，按问题配对自助法（%2 次重采样）</translation>
    </message>
    <message>
        <source>Show a question of %1 in every language pair</source>
        <translation>在所有语言对中显示 %1 的一个问题</translation>
    </message>
</context>
<context>
    <name>xlqa::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>xlqa::MainWindow</name>
    <message>
        <source>XLQA Studio</source>
        <translation>XLQA Studio</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;teacher model…</source>
        <translation>打开教师模型(&amp;T)…</translation>
    </message>
    <message>
        <source>Teacher model folder</source>
        <translation>教师模型文件夹</translation>
    </message>
    <message>
        <source>Open &amp;student model…</source>
        <translation>打开学生模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Student model folder</source>
        <translation>学生模型文件夹</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Dataset files (SQuAD format)</source>
        <translation>数据集文件（SQuAD 格式）</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>打开运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>最近的运行</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>评估(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Survey the teacher&apos;s mAP@k coefficients</source>
        <translation>统计教师模型的 mAP@k 系数</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About XLQA Studio</source>
        <translation>关于 XLQA Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About XLQA Studio</source>
        <translation>关于 XLQA Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;XLQA Studio&lt;/b&gt; %1&lt;br&gt;Cross-lingual extractive question answering workbench.</source>
        <translation>&lt;b&gt;XLQA Studio&lt;/b&gt; %1&lt;br&gt;跨语言抽取式问答工作台。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Span probabilities</source>
        <translation>片段概率</translation>
    </message>
    <message>
        <source>mAP@k</source>
        <translation>mAP@k</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Busy: wait for the current task or cancel it</source>
        <translation>忙碌：请等待当前任务完成或将其取消</translation>
    </message>
    <message>
        <source>No translation for %1</source>
        <translation>没有 %1 的翻译</translation>
    </message>
    <message>
        <source>&amp;Compare with run…</source>
        <translation>与运行对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Run to compare with the open one</source>
        <translation>要与当前运行对比的运行</translation>
    </message>
    <message>
        <source>A training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Stop the training and quit? A checkpoint is saved; Resume in the Training tab continues it.</source>
        <translation>停止训练并退出？将保存一个检查点；在“训练”选项卡中点击“恢复”即可继续。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training started</source>
        <translation>训练已开始</translation>
    </message>
    <message>
        <source>A training is running: switch the language once it has finished or been cancelled</source>
        <translation>正在训练：请在训练完成或取消后再切换语言</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo at start</source>
        <translation>启动时打开演示</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Question grid</source>
        <translation>问题网格</translation>
    </message>
    <message>
        <source>EM@k</source>
        <translation>EM@k</translation>
    </message>
    <message>
        <source>Cannot write the script</source>
        <translation>无法写出脚本</translation>
    </message>
    <message>
        <source>Open a dataset and a teacher or a student model first.</source>
        <translation>请先打开数据集以及教师或学生模型。</translation>
    </message>
    <message>
        <source>Wrote %1: submit it with sbatch</source>
        <translation>已写出 %1：用 sbatch 提交</translation>
    </message>
</context>
<context>
    <name>xlqa::MapAtKView</name>
    <message>
        <source>This example</source>
        <translation>此示例</translation>
    </message>
    <message>
        <source>Across the dataset</source>
        <translation>整个数据集</translation>
    </message>
    <message>
        <source>How many of the teacher&apos;s best start (and end) positions are ranked</source>
        <translation>对教师模型的多少个最佳起始（和结束）位置进行排序</translation>
    </message>
    <message>
        <source>mAP@k counts a top-k position as a hit within this many tokens of gold</source>
        <translation>top-k 位置与标准答案相距在此 token 数以内时，mAP@k 将其计为命中</translation>
    </message>
    <message>
        <source>Symmetric window</source>
        <translation>对称窗口</translation>
    </message>
    <message>
        <source>Off: gold − w … gold + w − 1, as the reference code&apos;s range(g − w, g + w). On: gold − w … gold + w.</source>
        <translation>关闭：gold − w … gold + w − 1，与参考代码的 range(g − w, g + w) 一致。开启：gold − w … gold + w。</translation>
    </message>
    <message>
        <source>mAP@k: hit within the window</source>
        <translation>mAP@k：在窗口内即命中</translation>
    </message>
    <message>
        <source>MRR@k: hit at gold exactly</source>
        <translation>MRR@k：恰好在标准答案处才命中</translation>
    </message>
    <message>
        <source>Coefficient:</source>
        <translation>系数：</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>α_CE:</source>
        <translation>α_CE：</translation>
    </message>
    <message>
        <source>teacher P(start)</source>
        <translation>教师模型 P(起始)</translation>
    </message>
    <message>
        <source>teacher P(end)</source>
        <translation>教师模型 P(结束)</translation>
    </message>
    <message>
        <source>gold answer</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>context tokens of the gold window</source>
        <translation>标准窗口的上下文 token</translation>
    </message>
    <message>
        <source>gold one-hot (CE target)</source>
        <translation>标准 one-hot（CE 目标）</translation>
    </message>
    <message>
        <source>teacher at T (KL target)</source>
        <translation>温度 T 下的教师模型（KL 目标）</translation>
    </message>
    <message>
        <source>blended target</source>
        <translation>混合目标</translation>
    </message>
    <message>
        <source>start target</source>
        <translation>起始目标</translation>
    </message>
    <message>
        <source>end target</source>
        <translation>结束目标</translation>
    </message>
    <message>
        <source>coefficient per example</source>
        <translation>每个示例的系数</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>mean coefficient</source>
        <translation>平均系数</translation>
    </message>
    <message>
        <source>no example</source>
        <translation>无示例</translation>
    </message>
    <message>
        <source>none: no window holds the whole gold answer</source>
        <translation>无：没有窗口包含完整的标准答案</translation>
    </message>
    <message>
        <source>teacher soft labels at T = %1</source>
        <translation>T = %1 时教师模型的软标签</translation>
    </message>
    <message>
        <source>top-%1 hit</source>
        <translation>top-%1 命中</translation>
    </message>
    <message>
        <source>top-%1 miss</source>
        <translation>top-%1 未命中</translation>
    </message>
    <message>
        <source>hit window: %1</source>
        <translation>命中窗口：%1</translation>
    </message>
    <message>
        <source>Open an example to see how far the student trusts the teacher on it.</source>
        <translation>打开一个示例，查看学生模型在该示例上对教师模型的信任程度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No coefficient&lt;/b&gt;: no window holds the whole gold answer, so there are no gold positions to rank the teacher&apos;s top-%1 against. The soft labels of the first window are shown.</source>
        <translation>&lt;b&gt;无系数&lt;/b&gt;：没有窗口包含完整的标准答案，因此没有可用于对教师模型 top-%1 排序的标准位置。显示的是第一个窗口的软标签。</translation>
    </message>
    <message>
        <source>%1: AP = %2, no hit in the top %3</source>
        <translation>%1：AP = %2，前 %3 中无命中</translation>
    </message>
    <message>
        <source>%1: AP = %2, first hit at rank %3</source>
        <translation>%1：AP = %2，首次命中位于第 %3 位</translation>
    </message>
    <message numerus="yes">
        <source> (%n of the top positions fall outside the context)</source>
        <translation>
            <numerusform>（最佳位置中有 %n 个位于上下文之外）</numerusform>
        </translation>
    </message>
    <message>
        <source> Gold window %1 of %2.</source>
        <translation> 标准窗口 %1/%2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 coefficient c = %2&lt;/b&gt; &amp;nbsp; (hit: %3; c = mean of the start and end AP).%4&lt;br&gt;%5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1 系数 c = %2&lt;/b&gt; &amp;nbsp;（命中：%3；c = 起始和结束 AP 的平均值）。%4&lt;br&gt;%5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>No survey yet: it ranks the teacher&apos;s top-k on every example&apos;s gold window over the selected pairs.</source>
        <translation>尚未统计：统计会在所选语言对上，对每个示例标准窗口中教师模型的 top-k 进行排序。</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) over %1 language pair(s); mean coefficient %2 (dashed line). High cells: pairs where the teacher is trusted.</source>
        <translation>
            <numerusform>%1 个语言对上共 %n 个示例；平均系数 %2（虚线）。高值单元格：教师模型受信任的语言对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Logarithmic probability axis</source>
        <translation>对数概率轴</translation>
    </message>
    <message>
        <source>Shows the teacher&apos;s mass away from gold, which a linear axis flattens</source>
        <translation>显示教师模型在标准答案之外的概率质量（线性轴会将其压平）</translation>
    </message>
    <message>
        <source>Weight of the cross-entropy to the gold labels in α_CE·CE + c·KL</source>
        <translation>α_CE·CE + c·KL 中针对标准标签的交叉熵权重</translation>
    </message>
    <message>
        <source>The target plot shows where α_CE·CE + c·KL pulls the student: its minimum is (α_CE·one-hot + c·teacher) / (α_CE + c). This is exact at T = 1; at other temperatures the KL term compares tempered distributions, so the blend is indicative.</source>
        <translation>目标图显示 α_CE·CE + c·KL 将学生模型拉向何处：其最小值为 (α_CE·one-hot + c·教师模型) / (α_CE + c)。在 T = 1 时这是精确的；在其他温度下，KL 项比较的是经温度缩放的分布，因此混合结果仅供参考。</translation>
    </message>
</context>
<context>
    <name>xlqa::ParallelGridView</name>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无答案）</translation>
    </message>
    <message>
        <source>Rows: question language; columns: context language. T = teacher, S = student: ✓ exact match, then F1. &lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;student only right&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;teacher only right&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;both right&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;both wrong&amp;nbsp;&lt;/span&gt;. Click a cell to open that example.</source>
        <translation>行：问题语言；列：上下文语言。T = 教师，S = 学生：✓ 表示完全匹配，其后为 F1。&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;仅学生正确&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;仅教师正确&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;都正确&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;都错误&amp;nbsp;&lt;/span&gt;。点击单元格打开该样例。</translation>
    </message>
    <message>
        <source>Open an example (or right-click one in the Examples tab, or a heatmap cell) to see its question in every language pair.</source>
        <translation>打开一个样例（或在“样例”标签页中右键单击样例，或右键单击热图单元格），即可查看其问题在所有语言对中的表现。</translation>
    </message>
    <message>
        <source>Question &lt;b&gt;%1&lt;/b&gt;: the student alone is right in %2 pairs, the teacher alone in %3; both right in %4, both wrong in %5 (%6 pairs hold the question).</source>
        <translation>问题 &lt;b&gt;%1&lt;/b&gt;：仅学生正确的语言对 %2 个，仅教师正确的 %3 个；都正确 %4 个，都错误 %5 个（共 %6 个语言对包含该问题）。</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>问 %1</translation>
    </message>
    <message>
        <source>C %1</source>
        <translation>文 %1</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>no such question</source>
        <translation>无此问题</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>%1
Gold: %2
Teacher: %3
Student: %4</source>
        <translation>%1
标准答案：%2
教师：%3
学生：%4</translation>
    </message>
</context>
<context>
    <name>xlqa::PrecisionMenu</name>
    <message>
        <source>Model &amp;precision</source>
        <translation>模型精度(&amp;P)</translation>
    </message>
    <message>
        <source>Compute in 32-bit floats: the reference precision</source>
        <translation>以 32 位浮点数计算：参考精度</translation>
    </message>
    <message>
        <source>Compute in bfloat16: half the memory of fp32. This CPU: %1</source>
        <translation>以 bfloat16 计算：内存为 fp32 的一半。本机 CPU：%1</translation>
    </message>
    <message>
        <source>Compute in float16 on the GPU: half the memory of fp32</source>
        <translation>在 GPU 上以 float16 计算：内存为 fp32 的一半</translation>
    </message>
    <message>
        <source>fp16 needs a CUDA GPU: LibTorch has no float16 matrix kernels for the CPU</source>
        <translation>fp16 需要 CUDA GPU：LibTorch 没有用于 CPU 的 float16 矩阵内核</translation>
    </message>
    <message>
        <source>fp32 (default)</source>
        <translation>fp32（默认）</translation>
    </message>
    <message>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <source>fp16 (CUDA GPU)</source>
        <translation>fp16（CUDA GPU）</translation>
    </message>
</context>
<context>
    <name>xlqa::PresenterMode</name>
    <message>
        <source>The difference, pair by pair</source>
        <translation>逐个语言对的差异</translation>
    </message>
    <message>
        <source>Student − teacher F1 for every question × context language: purple where self-distillation helped, faded where the change is not significant.</source>
        <translation>每个问题语言 × 上下文语言的学生 − 教师 F1：紫色表示自蒸馏有帮助，变淡表示变化不显著。</translation>
    </message>
    <message>
        <source>Where the student gains most</source>
        <translation>学生提升最大之处</translation>
    </message>
    <message>
        <source>%1: every question of the pair, with both models&apos; answers and F1.</source>
        <translation>%1：该语言对的每个问题，附两个模型的答案和 F1。</translation>
    </message>
    <message>
        <source>An answer only the student finds</source>
        <translation>只有学生找到的答案</translation>
    </message>
    <message>
        <source>Where each model puts its probability over the context: the student on the gold answer, the teacher elsewhere.</source>
        <translation>每个模型把概率放在上下文的哪里：学生在标准答案上，教师在别处。</translation>
    </message>
    <message>
        <source>How mAP@k weighs the teacher</source>
        <translation>mAP@k 如何为教师加权</translation>
    </message>
    <message>
        <source>The teacher&apos;s soft labels count as much as its top-k starts and ends land near the gold: mAP@k sets the weight of the distillation loss.</source>
        <translation>教师的软标签的分量取决于其前 k 个起止位置离标准答案有多近：mAP@k 决定蒸馏损失的权重。</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Leave presenter mode (Esc)</source>
        <translation>退出演示模式 (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>xlqa::SlurmJobDialog</name>
    <message>
        <source>Write an sbatch script</source>
        <translation>写出 sbatch 脚本</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>作业名</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Ranks per node</source>
        <translation>每节点进程数</translation>
    </message>
    <message>
        <source>Array tasks: each evaluates its share of the pairs into the same run folder</source>
        <translation>数组任务：每个任务把自己那份语言对评估到同一个运行文件夹</translation>
    </message>
    <message>
        <source>Shards (array tasks)</source>
        <translation>分片数（数组任务）</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>每任务 CPU 数</translation>
    </message>
    <message>
        <source>Memory per node</source>
        <translation>每节点内存</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>sbatch script</source>
        <translation>sbatch 脚本</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell 脚本 (*.sh)</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
</context>
<context>
    <name>xlqa::SpanProbabilityView</name>
    <message>
        <source>gold exactly</source>
        <translation>恰好为标准答案</translation>
    </message>
    <message>
        <source>empty window</source>
        <translation>空窗口</translation>
    </message>
    <message>
        <source>gold %1 … %2</source>
        <translation>标准 %1 … %2</translation>
    </message>
    <message>
        <source>Long contexts are split into overlapping windows; the gold window is the first that holds the whole answer</source>
        <translation>长上下文会被拆分为相互重叠的窗口；标准窗口是第一个包含完整答案的窗口</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>P(start)</source>
        <translation>P(起始)</translation>
    </message>
    <message>
        <source>P(end)</source>
        <translation>P(结束)</translation>
    </message>
    <message>
        <source>gold answer</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>context tokens of the window</source>
        <translation>窗口的上下文 token</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>%1 of %2: context tokens %3–%4</source>
        <translation>%1/%2：上下文 token %3–%4</translation>
    </message>
    <message>
        <source> (gold)</source>
        <translation>（标准）</translation>
    </message>
    <message>
        <source>No example opened.</source>
        <translation>未打开示例。</translation>
    </message>
    <message>
        <source>Gold answer: positions %1–%2 (starting at “%3”).</source>
        <translation>标准答案：位置 %1–%2（起始于“%3”）。</translation>
    </message>
    <message>
        <source>This window does not hold the whole gold answer.</source>
        <translation>此窗口不包含完整的标准答案。</translation>
    </message>
    <message>
        <source>No teacher in this run: the student alone.</source>
        <translation>此运行中没有教师模型：仅显示学生模型。</translation>
    </message>
    <message>
        <source>No student in this run: the teacher alone.</source>
        <translation>此运行中没有学生模型：仅显示教师模型。</translation>
    </message>
    <message>
        <source>The student splits this context into different tokens, so its probabilities are not drawn on the teacher&apos;s tokens.</source>
        <translation>学生模型将此上下文切分为不同的 token，因此其概率不会绘制在教师模型的 token 上。</translation>
    </message>
    <message>
        <source>teacher top-%1</source>
        <translation>教师模型 top-%1</translation>
    </message>
    <message>
        <source>student top-%1</source>
        <translation>学生模型 top-%1</translation>
    </message>
    <message>
        <source>mAP@k hit window: %1</source>
        <translation>mAP@k 命中窗口：%1</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <source>teacher P(start)</source>
        <translation>教师模型 P(起始)</translation>
    </message>
    <message>
        <source>teacher P(end)</source>
        <translation>教师模型 P(结束)</translation>
    </message>
    <message>
        <source>student P(start)</source>
        <translation>学生模型 P(起始)</translation>
    </message>
    <message>
        <source>student P(end)</source>
        <translation>学生模型 P(结束)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Context tokens in this window: %1.</source>
        <translation>此窗口中的上下文 token：%1。</translation>
    </message>
</context>
<context>
    <name>xlqa::TemperatureControl</name>
    <message>
        <source>Softmax temperature T (logarithmic scale): higher T spreads the probability mass</source>
        <translation>Softmax 温度 T（对数刻度）：T 越高，概率质量越分散</translation>
    </message>
    <message>
        <source>T = </source>
        <translation>T = </translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingJob</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>A training is running already</source>
        <translation>已有训练正在运行</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingMonitor</name>
    <message>
        <source>No training yet: fill in the settings and press Start.</source>
        <translation>尚未训练：请填写设置并点击“开始”。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>优化器步数</translation>
    </message>
    <message>
        <source>KL weight (α_KL or coefficient)</source>
        <translation>KL 权重（α_KL 或系数）</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>KL 权重</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>XLT F1</source>
        <translation>XLT F1</translation>
    </message>
    <message>
        <source>G-XLT F1</source>
        <translation>G-XLT F1</translation>
    </message>
    <message>
        <source>XLT EM</source>
        <translation>XLT EM</translation>
    </message>
    <message>
        <source>G-XLT EM</source>
        <translation>G-XLT EM</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Dev scores of the student after each epoch; select a row to see its heatmap</source>
        <translation>每轮训练后学生模型在开发集上的分数；选择一行即可查看其热力图</translation>
    </message>
    <message>
        <source>Open as student model</source>
        <translation>作为学生模型打开</translation>
    </message>
    <message>
        <source>Open the teacher/student heatmap</source>
        <translation>打开教师/学生模型热力图</translation>
    </message>
    <message>
        <source>The latest epoch&apos;s dev heatmap appears here.</source>
        <translation>最近一轮的开发集热力图显示在此处。</translation>
    </message>
    <message>
        <source>The epoch with the best dev G-XLT F1: kept in best/</source>
        <translation>开发集 G-XLT F1 最佳的轮次：保存在 best/ 中</translation>
    </message>
    <message>
        <source>Student after epoch %1 on the dev pairs</source>
        <translation>第 %1 轮后的学生模型在开发集语言对上的结果</translation>
    </message>
    <message>
        <source>The starting model (teacher) and the trained student on the dev pairs</source>
        <translation>初始模型（教师模型）与训练后的学生模型在开发集语言对上的结果</translation>
    </message>
    <message>
        <source>Cannot read the run: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
    <message>
        <source>Set the selected epoch against another epoch: the heatmap shows the difference</source>
        <translation>将所选轮次与另一轮次对比：热图显示差值</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>epoch (generation)</source>
        <translation>轮次（代）</translation>
    </message>
    <message>
        <source>dev F1</source>
        <translation>开发集 F1</translation>
    </message>
    <message>
        <source>nothing (the epoch&apos;s own scores)</source>
        <translation>无（该轮次自身的分数）</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Student after epoch %1 minus after %2, dev F1 per pair</source>
        <translation>学生第 %1 轮减去%2，各语言对的开发集 F1</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingPanel</name>
    <message>
        <source>Load config…</source>
        <translation>加载配置…</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>保存配置…</translation>
    </message>
    <message>
        <source>Show a training folder…</source>
        <translation>显示训练文件夹…</translation>
    </message>
    <message>
        <source>Shows the curves and scores of an earlier training and puts its settings in the form</source>
        <translation>显示先前训练的曲线和分数，并将其设置填入表单</translation>
    </message>
    <message>
        <source>Count steps</source>
        <translation>统计步数</translation>
    </message>
    <message>
        <source>Samples the training data and builds its windows (no model is loaded) to tell how many steps the training takes</source>
        <translation>对训练数据采样并构建窗口（不加载模型），以得出训练所需的步数</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Continues the training in the output folder from its last checkpoint</source>
        <translation>从输出文件夹中最后一个检查点继续训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops after the current step and saves a checkpoint; Resume continues from it</source>
        <translation>在当前步骤结束后停止并保存检查点；“恢复”会从该检查点继续</translation>
    </message>
    <message>
        <source>Training output folder</source>
        <translation>训练输出文件夹</translation>
    </message>
    <message>
        <source>The output folder is not empty: Resume continues the training in it, or choose a new folder to start afresh.</source>
        <translation>输出文件夹不为空：“恢复”会继续其中的训练；或选择新文件夹重新开始。</translation>
    </message>
    <message>
        <source>Load a training config</source>
        <translation>加载训练配置</translation>
    </message>
    <message>
        <source>Training configs (*.json)</source>
        <translation>训练配置 (*.json)</translation>
    </message>
    <message>
        <source>Cannot load the config</source>
        <translation>无法加载配置</translation>
    </message>
    <message>
        <source>Save the training config</source>
        <translation>保存训练配置</translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation>无法保存配置</translation>
    </message>
    <message>
        <source>Saved %1: run it with xlqa train --config %1</source>
        <translation>已保存 %1：可用 xlqa train --config %1 运行</translation>
    </message>
    <message>
        <source>Counting steps</source>
        <translation>正在统计步数</translation>
    </message>
    <message>
        <source>Sampling the training data and building its windows…</source>
        <translation>正在对训练数据采样并构建窗口…</translation>
    </message>
    <message>
        <source>Cannot count the steps</source>
        <translation>无法统计步数</translation>
    </message>
    <message>
        <source>%1 questions, %2 examples, %3 windows: %4 steps per epoch, %5 in all</source>
        <translation>%1 个问题，%2 个示例，%3 个窗口：每轮 %4 步，共 %5 步</translation>
    </message>
    <message>
        <source>Preparing: %1</source>
        <translation>准备中：%1</translation>
    </message>
    <message>
        <source>Resuming from the checkpoint…</source>
        <translation>正在从检查点恢复…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling: saving a checkpoint…</source>
        <translation>正在取消：保存检查点…</translation>
    </message>
    <message>
        <source>The training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Cancelled after step %1: Resume continues from the checkpoint.</source>
        <translation>已在第 %1 步后取消：“恢复”会从检查点继续。</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n optimizer step(s).</source>
        <translation>
            <numerusform>已完成：共 %n 个优化器步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the training</source>
        <translation>无法显示该训练</translation>
    </message>
    <message>
        <source>Cannot read the training&apos;s config</source>
        <translation>无法读取该训练的配置</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %3, %n epoch(s) scored</source>
        <translation>
            <numerusform>%1：第 %2/%3 步，已评分 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>sbatch script…</source>
        <translation>sbatch 脚本…</translation>
    </message>
    <message>
        <source>Write this training as a Slurm job of data-parallel ranks instead of running it here</source>
        <translation>把这次训练写成数据并行的 Slurm 作业，而不在本机运行</translation>
    </message>
    <message>
        <source>Cannot write the script</source>
        <translation>无法写出脚本</translation>
    </message>
    <message>
        <source>Wrote %1 and %2: submit it with sbatch</source>
        <translation>已写出 %1 和 %2：用 sbatch 提交</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingSettingsForm</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>One input a line: a file, a folder, or lang=path</source>
        <translation>每行一个输入：文件、文件夹或 lang=path</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Dataset files (SQuAD format)</source>
        <translation>数据集文件（SQuAD 格式）</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>CE fine-tuning</source>
        <translation>CE 微调</translation>
    </message>
    <message>
        <source>SKD (constant KL weight)</source>
        <translation>SKD（恒定 KL 权重）</translation>
    </message>
    <message>
        <source>SKD + mAP@k</source>
        <translation>SKD + mAP@k</translation>
    </message>
    <message>
        <source>Sets the loss settings of a published recipe; the other settings stay</source>
        <translation>套用已发表方法的损失设置；其他设置保持不变</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hugging Face model folder the student starts from</source>
        <translation>学生模型起点的 Hugging Face 模型文件夹</translation>
    </message>
    <message>
        <source>self (the student&apos;s start)</source>
        <translation>自身（学生模型的起点）</translation>
    </message>
    <message>
        <source>Empty: self-distillation, the teacher is the student&apos;s starting point. A folder: that teacher, frozen.</source>
        <translation>留空：自蒸馏，教师模型为学生模型的起点。填写文件夹：使用该教师模型并保持冻结。</translation>
    </message>
    <message>
        <source>Renew the teacher each epoch</source>
        <translation>每轮更新教师模型</translation>
    </message>
    <message>
        <source>Self-distillation only: the student at the start of each epoch becomes its teacher (one generation per epoch)</source>
        <translation>仅用于自蒸馏：每轮开始时的学生模型成为其教师模型（每轮一代）</translation>
    </message>
    <message>
        <source>Teacher model folder</source>
        <translation>教师模型文件夹</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <source>Student model folder</source>
        <translation>学生模型文件夹</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>all languages of the data (or: en, es, de)</source>
        <translation>数据中的所有语言（或：en, es, de）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Non-English context languages drawn per question</source>
        <translation>每个问题抽取的非英语上下文语言数</translation>
    </message>
    <message>
        <source>Add English</source>
        <translation>加入英语</translation>
    </message>
    <message>
        <source>English is trained on for every question, besides the drawn target languages</source>
        <translation>除抽取的目标语言外，每个问题还使用英语训练</translation>
    </message>
    <message>
        <source>The first questions of the English file are used</source>
        <translation>使用英语文件中靠前的问题</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Targets per question</source>
        <translation>每题目标语言数</translation>
    </message>
    <message>
        <source>Questions at most</source>
        <translation>最多问题数</translation>
    </message>
    <message>
        <source>Max sequence length</source>
        <translation>最大序列长度</translation>
    </message>
    <message>
        <source>Document stride</source>
        <translation>文档步幅</translation>
    </message>
    <message>
        <source>Max question length</source>
        <translation>最大问题长度</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Distil from a teacher</source>
        <translation>从教师模型蒸馏</translation>
    </message>
    <message>
        <source>Off: plain cross-entropy fine-tuning, no teacher is loaded</source>
        <translation>关闭：仅用交叉熵微调，不加载教师模型</translation>
    </message>
    <message>
        <source>The KL weight when the weighting is constant</source>
        <translation>加权方式为恒定时的 KL 权重</translation>
    </message>
    <message>
        <source>Forward: KL(teacher ‖ student)</source>
        <translation>正向：KL(教师 ‖ 学生)</translation>
    </message>
    <message>
        <source>Reverse: KL(student ‖ teacher)</source>
        <translation>反向：KL(学生 ‖ 教师)</translation>
    </message>
    <message>
        <source>Symmetric: both</source>
        <translation>对称：两者之和</translation>
    </message>
    <message>
        <source>Constant (α_KL)</source>
        <translation>恒定（α_KL）</translation>
    </message>
    <message>
        <source>mAP@k of the teacher, per batch</source>
        <translation>教师模型的 mAP@k，按批次</translation>
    </message>
    <message>
        <source>MRR@k of the teacher, per batch</source>
        <translation>教师模型的 MRR@k，按批次</translation>
    </message>
    <message>
        <source>mAP@k counts a top-k position as a hit within this many tokens of gold</source>
        <translation>top-k 位置与标准答案相距在此 token 数以内时，mAP@k 将其计为命中</translation>
    </message>
    <message>
        <source>Symmetric window</source>
        <translation>对称窗口</translation>
    </message>
    <message>
        <source>Off: gold − w … gold + w − 1, as the reference code. On: gold − w … gold + w.</source>
        <translation>关闭：gold − w … gold + w − 1，与参考代码一致。开启：gold − w … gold + w。</translation>
    </message>
    <message>
        <source>α_CE</source>
        <translation>α_CE</translation>
    </message>
    <message>
        <source>α_KL</source>
        <translation>α_KL</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>KL direction</source>
        <translation>KL 方向</translation>
    </message>
    <message>
        <source>KL weighting</source>
        <translation>KL 加权</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Windows per forward pass</source>
        <translation>每次前向传播的窗口数</translation>
    </message>
    <message>
        <source>Forward passes per optimizer step</source>
        <translation>每个优化器步骤的前向传播次数</translation>
    </message>
    <message>
        <source>Of all optimizer steps; then the rate decays linearly to 0</source>
        <translation>占全部优化器步骤的比例；之后学习率线性衰减至 0</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>不裁剪</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Warm-up fraction</source>
        <translation>预热比例</translation>
    </message>
    <message>
        <source>Max gradient norm</source>
        <translation>最大梯度范数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Dev evaluation after each epoch</source>
        <translation>每轮后在开发集上评估</translation>
    </message>
    <message>
        <source>Same as the training data</source>
        <translation>与训练数据相同</translation>
    </message>
    <message>
        <source>all, xlt, gxlt or en-es, es-en</source>
        <translation>all、xlt、gxlt 或 en-es, es-en</translation>
    </message>
    <message>
        <source>all: every pair; xlt: same language; gxlt: different languages; or a list of pairs</source>
        <translation>all：所有语言对；xlt：相同语言；gxlt：不同语言；或语言对列表</translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation>语言对</translation>
    </message>
    <message>
        <source>Examples per pair</source>
        <translation>每个语言对的示例数</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>A new or empty folder (Resume: the folder of the training to continue)</source>
        <translation>新的或空的文件夹（恢复：要继续的训练所在的文件夹）</translation>
    </message>
    <message>
        <source>at epoch ends only</source>
        <translation>仅在每轮结束时</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Training output folder</source>
        <translation>训练输出文件夹</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>Dev language pairs: %1</source>
        <translation>开发集语言对：%1</translation>
    </message>
    <message>
        <source>Learning rate: not a number</source>
        <translation>学习率：不是数字</translation>
    </message>
    <message>
        <source>Adam ε: not a number</source>
        <translation>Adam ε：不是数字</translation>
    </message>
    <message>
        <source>Seed: not a whole number ≥ 0</source>
        <translation>随机种子：不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>%1: no model folder (config.json) at %2</source>
        <translation>%1：%2 处没有模型文件夹（config.json）</translation>
    </message>
    <message>
        <source>%1: no such file or folder: %2</source>
        <translation>%1：文件或文件夹不存在：%2</translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation>暂时无法开始：</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>可以开始。</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 (mixed precision)</source>
        <translation>bf16（混合精度）</translation>
    </message>
    <message>
        <source>bf16: the matrix products in bfloat16 over fp32 master weights, gradients and Adam moments</source>
        <translation>bf16：矩阵乘法使用 bfloat16，主权重、梯度和 Adam 矩保持 fp32</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
</context>
<context>
    <name>xlqa::WelcomePanel</name>
    <message>
        <source>&lt;h1&gt;XLQA Studio&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;XLQA Studio&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>A workbench for cross-lingual extractive question answering: evaluate teacher and student models over every question-language × context-language pair, read the heatmaps, browse the failing examples, and train with self-knowledge distillation.</source>
        <translation>跨语言抽取式问答工作台：在每个“问题语言 × 上下文语言”组合上评估教师模型和学生模型，查看热力图，浏览失败的示例，并使用自知识蒸馏进行训练。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Engine&lt;/b&gt;&lt;br&gt;LibTorch %1 on %2&lt;br&gt;BLAS: %3&lt;br&gt;%4 threads</source>
        <translation>&lt;b&gt;引擎&lt;/b&gt;&lt;br&gt;LibTorch %1，运行于 %2&lt;br&gt;BLAS：%3&lt;br&gt;%4 个线程</translation>
    </message>
    <message>
        <source>The demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>A parallel corpus generated by XLQA Studio itself: short articles about fictional towns, people and companies in English, Spanish, German, Arabic, Hindi, Vietnamese and Chinese, with the same questions in every language. The &lt;b&gt;teacher&lt;/b&gt;, a small XLM-R-layout model, was fine-tuned on English only. The &lt;b&gt;student&lt;/b&gt; was self-distilled from it on a few hundred questions sampled across languages, its KL term weighted by the teacher&apos;s mAP@k. The heatmap shows student − teacher F1 for every question × context language; the examples open where the student answers and the teacher does not.</source>
        <translation type="vanished">由 XLQA Studio 自己生成的平行语料：关于虚构城镇、人物和公司的短文，有英语、西班牙语、德语、阿拉伯语、印地语、越南语和中文七种语言，每种语言的问题都相同。&lt;b&gt;教师模型&lt;/b&gt;是一个 XLM-R 结构的小模型，只用英语微调。&lt;b&gt;学生模型&lt;/b&gt;由它自蒸馏而来，使用跨语言采样的几百个问题，KL 项按教师的 mAP@k 加权。热力图显示每个问题语言 × 上下文语言的学生 F1 − 教师 F1；示例会打开在学生答对而教师答错的地方。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Teacher (English only)&lt;/td&gt;%1%2&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Student (self-distilled)&lt;/td&gt;%3%4&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;教师（仅英语）&lt;/td&gt;%1%2&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;学生（自蒸馏）&lt;/td&gt;%3%4&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>A parallel corpus generated by XLQA Studio itself: short articles about fictional towns, people and companies in English, Spanish, German, Arabic, Hindi, Vietnamese and Chinese, with the same questions in every language. The &lt;b&gt;teacher&lt;/b&gt;, a small XLM-R-layout model, was fine-tuned on English only. The &lt;b&gt;student&lt;/b&gt; was self-distilled from it on 2,000 questions sampled across languages, its KL term weighted by the teacher&apos;s mAP@k. The heatmap shows student − teacher F1 for every question × context language; the examples open where the student answers and the teacher does not.</source>
        <translation>由 XLQA Studio 自己生成的平行语料：关于虚构城镇、人物和公司的短文，有英语、西班牙语、德语、阿拉伯语、印地语、越南语和中文七种语言，每种语言的问题都相同。&lt;b&gt;教师模型&lt;/b&gt;是一个 XLM-R 结构的小模型，只用英语微调。&lt;b&gt;学生模型&lt;/b&gt;由它自蒸馏而来，使用跨语言采样的 2000 个问题，KL 项按教师的 mAP@k 加权。热力图显示每个问题语言 × 上下文语言的学生 F1 − 教师 F1；示例会打开在学生答对而教师答错的地方。</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;English F1&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Teacher (English only)&lt;/td&gt;%1%2%3&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Student (self-distilled)&lt;/td&gt;%4%5%6&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;英语 F1&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;教师（仅英语）&lt;/td&gt;%1%2%3&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;学生（自蒸馏）&lt;/td&gt;%4%5%6&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>xlqa::WorkbenchTasks</name>
    <message>
        <source>Loading %1 (%2)…</source>
        <translation>正在加载 %1（%2）…</translation>
    </message>
    <message>
        <source>Reading pair %1 of %2</source>
        <translation>正在读取语言对 %1/%2</translation>
    </message>
    <message>
        <source>The run&apos;s %1 model could not be opened: %2</source>
        <translation>无法打开该运行的 %1 模型：%2</translation>
    </message>
    <message>
        <source>The run&apos;s dataset could not be opened: %1</source>
        <translation>无法打开该运行的数据集：%1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Loading the dataset</source>
        <translation>正在加载数据集</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The run opened with warnings</source>
        <translation>运行已打开，但有警告</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>无法打开运行</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Open a run first, then the run to compare it with.</source>
        <translation>请先打开一次运行，再打开要与之对比的运行。</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>正在与 %1 对比</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>无法对比这两次运行</translation>
    </message>
    <message>
        <source>Cannot evaluate</source>
        <translation>无法评估</translation>
    </message>
    <message>
        <source>Evaluation cancelled: finished pairs are kept; evaluate again with &quot;Continue&quot; to resume</source>
        <translation>评估已取消：已完成的语言对会保留；再次评估并选择“继续”即可恢复</translation>
    </message>
    <message>
        <source>The evaluation failed</source>
        <translation type="vanished">评估失败</translation>
    </message>
    <message>
        <source>Evaluating the demo&apos;s teacher and student: pair %1 of %2</source>
        <translation>正在评估演示的教师模型和学生模型：第 %1 对，共 %2 对</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>正在准备演示</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开演示</translation>
    </message>
    <message>
        <source>Cannot survey</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <source>Open a teacher model and a dataset (or a run) first.</source>
        <translation>请先打开教师模型和数据集（或一个运行）。</translation>
    </message>
    <message>
        <source>Pair %1 of %2 (%3)</source>
        <translation>语言对 %1/%2（%3）</translation>
    </message>
    <message>
        <source>Surveying coefficients</source>
        <translation>正在统计系数</translation>
    </message>
    <message>
        <source>The survey failed</source>
        <translation>统计失败</translation>
    </message>
    <message>
        <source>Models open in %1 from now on</source>
        <translation>此后打开的模型使用 %1</translation>
    </message>
    <message>
        <source>the open models keep their precision; models opened from now on use %1</source>
        <translation>已打开的模型保持原精度；此后打开的模型使用 %1</translation>
    </message>
    <message>
        <source>Reloaded the models in %1</source>
        <translation>已以 %1 重新加载模型</translation>
    </message>
    <message>
        <source>Reloading the models in %1</source>
        <translation>正在以 %1 重新加载模型</translation>
    </message>
    <message>
        <source>Cannot reload the models</source>
        <translation>无法重新加载模型</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Reading the new pairs of %1</source>
        <translation>正在读取 %1 的新语言对</translation>
    </message>
    <message>
        <source>Cannot read the run</source>
        <translation>无法读取运行</translation>
    </message>
</context>
</TS>
