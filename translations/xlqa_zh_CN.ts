<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckpointAveraging</name>
    <message>
        <source>the first checkpoint (%1)</source>
        <translation>第一个检查点 (%1)</translation>
    </message>
    <message>
        <source>config.json: model_type is &quot;%1&quot;, %2 has &quot;%3&quot;</source>
        <translation>config.json：model_type 为 &quot;%1&quot;，而%2为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>config.json: %1 is %2, %3 has %4</source>
        <translation>config.json：%1 为 %2，而%3为 %4</translation>
    </message>
    <message>
        <source>lacks tensor %1 of %2</source>
        <translation>缺少%2中的张量 %1</translation>
    </message>
    <message>
        <source>has tensor %1, which %2 lacks</source>
        <translation>含有张量 %1，而%2中没有</translation>
    </message>
    <message>
        <source>%1 has shape %2, %3 %4</source>
        <translation>%1 的形状为 %2，%3中为 %4</translation>
    </message>
    <message>
        <source>%1 is %2, in %3 %4</source>
        <translation>%1 为 %2，%3中为 %4</translation>
    </message>
    <message>
        <source>%1 (an integer buffer) differs from %2; integer tensors cannot be averaged</source>
        <translation>%1（整数缓冲区）与%2不同；整数张量无法求平均</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>已存在且不是文件夹</translation>
    </message>
    <message>
        <source>exists and is not empty; give a new folder for the averaged model</source>
        <translation>已存在且不为空；请为平均后的模型指定一个新文件夹</translation>
    </message>
    <message>
        <source>averaging needs at least two checkpoints; only this one was given</source>
        <translation>求平均至少需要两个检查点；只提供了这一个</translation>
    </message>
</context>
<context>
    <name>DemoRecipe</name>
    <message>
        <source>recipe.%1: %2</source>
        <translation>recipe.%1：%2</translation>
    </message>
    <message>
        <source>the demo folder must be new or empty</source>
        <translation>演示文件夹必须是新的或空的</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>this build generates a corpus file (%1) other than the one the demo models were trained on</source>
        <translation>此构建生成的语料文件 (%1) 与演示模型训练时所用的不同</translation>
    </message>
    <message>
        <source>%1; rebuild the demo with `xlqa demo --build`</source>
        <translation>%1；请使用 `xlqa demo --build` 重新构建演示</translation>
    </message>
    <message>
        <source>the embedded demo is missing; looked in %1 (set XLQA_DEMO_DIR to its folder)</source>
        <translation>缺少内置演示；已查找 %1（请将 XLQA_DEMO_DIR 设为其文件夹）</translation>
    </message>
    <message>
        <source>cannot lock the demo workspace: %1</source>
        <translation>无法锁定演示工作区：%1</translation>
    </message>
</context>
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
    <message>
        <source>%1: missing &quot;%2&quot;</source>
        <translation>%1：缺少 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1：&quot;%2&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>unknown format %1; expected &quot;%2&quot;</source>
        <translation>未知格式 %1；应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an object keyed by language pair</source>
        <translation>&quot;tags&quot; 必须是以语言对为键的对象</translation>
    </message>
    <message>
        <source>tags.%1 must be an object keyed by example id</source>
        <translation>tags.%1 必须是以示例 id 为键的对象</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>no run folder to save the tags in</source>
        <translation>没有可保存标签的运行文件夹</translation>
    </message>
    <message>
        <source>cannot encode as JSON: %1</source>
        <translation>无法编码为 JSON：%1</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>read failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>the file is empty; expected JSON</source>
        <translation>文件为空；应为 JSON</translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 UTF-8（%2）</translation>
    </message>
    <message>
        <source>unexpected end of file (truncated?) at %1: %2</source>
        <translation>文件意外结束（是否被截断？），位于%1：%2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON 格式错误，位于%1：%2</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>write failed: %1; the previous file is unchanged</source>
        <translation>写入失败：%1；原文件保持不变</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1; the previous file is unchanged</source>
        <translation>无法写入磁盘：%1；原文件保持不变</translation>
    </message>
    <message>
        <source>cannot replace file: %1</source>
        <translation>无法替换文件：%1</translation>
    </message>
    <message>
        <source>cannot move the previous folder aside: %1</source>
        <translation>无法移开原文件夹：%1</translation>
    </message>
    <message>
        <source>cannot move the new folder into place: %1</source>
        <translation>无法将新文件夹移到位：%1</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot map the file: %1</source>
        <translation>无法映射文件：%1</translation>
    </message>
</context>
<context>
    <name>ModelConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing (an integer is required)</source>
        <translation>缺失（需要一个整数）</translation>
    </message>
    <message>
        <source>must be an integer, found %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <source>value %1 is too large</source>
        <translation>值 %1 过大</translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <source>missing (a string is required)</source>
        <translation>缺失（需要一个字符串）</translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;bert&quot;, &quot;xlm-roberta&quot; or &quot;roberta&quot;</source>
        <translation>不支持 &quot;%1&quot;；应为 &quot;bert&quot;、&quot;xlm-roberta&quot; 或 &quot;roberta&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; only &quot;gelu&quot; (the exact erf GELU) is implemented</source>
        <translation>不支持 &quot;%1&quot;；仅实现了 &quot;gelu&quot;（基于 erf 的精确 GELU）</translation>
    </message>
    <message>
        <source>%1 (this one is the tanh approximation)</source>
        <translation>%1（这是 tanh 近似版本）</translation>
    </message>
    <message>
        <source>must be positive, found %1</source>
        <translation>必须为正数，实际为 %1</translation>
    </message>
    <message>
        <source>must be in [0, 1), found %1</source>
        <translation>必须在 [0, 1) 范围内，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is not divisible by num_attention_heads %2</source>
        <translation>%1 不能被 num_attention_heads %2 整除</translation>
    </message>
    <message>
        <source>%1 is outside the vocabulary [0, %2)</source>
        <translation>%1 超出词表范围 [0, %2)</translation>
    </message>
    <message>
        <source>%1 leaves no usable position after pad_token_id %2 (RoBERTa positions start at pad_token_id + 1)</source>
        <translation>%1 在 pad_token_id %2 之后没有可用的位置（RoBERTa 的位置从 pad_token_id + 1 开始）</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level of config.json</source>
        <translation>config.json 的顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; only &quot;absolute&quot;</source>
        <translation>不支持 &quot;%1&quot;；仅支持 &quot;absolute&quot;</translation>
    </message>
</context>
<context>
    <name>ModelWeights</name>
    <message>
        <source>weight_map: missing or not an object</source>
        <translation>weight_map：缺失或不是对象</translation>
    </message>
    <message>
        <source>weight_map: lists no tensors</source>
        <translation>weight_map：未列出任何张量</translation>
    </message>
    <message>
        <source>weight_map: &quot;%1&quot;: shard must be a file name string</source>
        <translation>weight_map：&quot;%1&quot;：分片必须是文件名字符串</translation>
    </message>
    <message>
        <source>weight_map: &quot;%1&quot;: &quot;%2&quot; is not a plain file name</source>
        <translation>weight_map：&quot;%1&quot;：&quot;%2&quot; 不是单纯的文件名</translation>
    </message>
    <message>
        <source>weight_map names shard &quot;%1&quot;, which is missing</source>
        <translation>weight_map 引用了分片 &quot;%1&quot;，但该文件不存在</translation>
    </message>
    <message>
        <source>holds tensor &quot;%1&quot;, which %2 does not list for this shard</source>
        <translation>包含张量 &quot;%1&quot;，但 %2 未将其列在此分片中</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is listed in shard &quot;%2&quot;, which does not contain it</source>
        <translation>张量 &quot;%1&quot; 被列在分片 &quot;%2&quot; 中，但该分片并不包含它</translation>
    </message>
    <message>
        <source>model folder does not exist</source>
        <translation>模型文件夹不存在</translation>
    </message>
    <message>
        <source>not a folder (expected a model folder)</source>
        <translation>不是文件夹（应为模型文件夹）</translation>
    </message>
    <message>
        <source>no model weights found: looked for %1, %2, %3 and %4</source>
        <translation>未找到模型权重：已查找 %1、%2、%3 和 %4</translation>
    </message>
    <message>
        <source>%1 (%2 is there, but only PyTorch weights can be read)</source>
        <translation>%1（存在 %2，但只能读取 PyTorch 权重）</translation>
    </message>
    <message>
        <source>cannot create the folder: %1</source>
        <translation>无法创建文件夹：%1</translation>
    </message>
</context>
<context>
    <name>ParallelDataset</name>
    <message>
        <source>%1 question ids do not start with a language name, e.g. &quot;%2&quot;</source>
        <translation>有 %1 个问题 id 不以语言名称开头，例如 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1; ids of a mixed TyDiQA file look like &quot;arabic-123-1&quot;</source>
        <translation>%1；混合 TyDiQA 文件的 id 形如 &quot;arabic-123-1&quot;</translation>
    </message>
    <message>
        <source>the %1 file lacks %2 question id that other languages have (e.g. %3)</source>
        <translation>%1 文件缺少其他语言中存在的 %2 个问题 id（例如 %3）</translation>
    </message>
    <message>
        <source>the %1 file lacks %2 question ids that other languages have (e.g. %3)</source>
        <translation>%1 文件缺少其他语言中存在的 %2 个问题 id（例如 %3）</translation>
    </message>
    <message>
        <source>%1; pairs with questions in %2 skip those examples</source>
        <translation>%1；问题语言为 %2 的语言对将跳过这些示例</translation>
    </message>
    <message>
        <source>a second file for language %1 (the first is %2); give one file per language</source>
        <translation>语言 %1 的第二个文件（第一个是 %2）；每种语言只能提供一个文件</translation>
    </message>
    <message>
        <source>a second file for language pair %1 (the first is %2)</source>
        <translation>语言对 %1 的第二个文件（第一个是 %2）</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>expected a JSON object of question id -&gt; answer text, found %1</source>
        <translation>应为“问题 id -&gt; 答案文本”形式的 JSON 对象，实际为 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a JSON object of question id -&gt; answer text, found %2</source>
        <translation>&quot;%1&quot;：应为“问题 id -&gt; 答案文本”形式的 JSON 对象，实际为 %2</translation>
    </message>
    <message>
        <source>the answer to question &apos;%1&apos; must be a string, found %2</source>
        <translation>问题 &apos;%1&apos; 的答案必须是字符串，实际为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the answer to question &apos;%2&apos; must be a string, found %3</source>
        <translation>&quot;%1&quot;：问题 &apos;%2&apos; 的答案必须是字符串，实际为 %3</translation>
    </message>
    <message>
        <source>no prediction files named after a language pair (en-es.json or q-en_c-es.json)</source>
        <translation>没有以语言对命名的预测文件（en-es.json 或 q-en_c-es.json）</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error: %1: %2</source>
        <translation>错误: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: %2: %3</source>
        <translation>错误: %1: %2: %3</translation>
    </message>
    <message>
        <source>warning: %1: %2: %3</source>
        <translation>警告: %1: %2: %3</translation>
    </message>
    <message>
        <source>load failed</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>……另有 %1 个问题</translation>
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
    <name>QaModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, ... and %2 more</source>
        <translation>%1……另有 %2 个</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>缺失（%1 个）：%2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>多余（%1 个）：%2</translation>
    </message>
    <message>
        <source>wrong shape (%1): %2</source>
        <translation>形状错误（%1 个）：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the weights use the &quot;%1&quot; prefix: config.json belongs to another model family</source>
        <translation>权重使用 &quot;%1&quot; 前缀：config.json 属于另一个模型系列</translation>
    </message>
    <message>
        <source>the weights do not match config.json (model_type &quot;%1&quot;): %2</source>
        <translation>权重与 config.json（model_type &quot;%1&quot;）不匹配：%2</translation>
    </message>
    <message>
        <source>%1 %2 is not 0, 1, 2, ...: unsupported positions</source>
        <translation>%1 %2 不是 0, 1, 2, ...：不支持的位置编号</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：应为 %2，实际为 %3</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>cannot open the run&apos;s lock: %1</source>
        <translation>无法打开运行的锁文件：%1</translation>
    </message>
    <message>
        <source>cannot lock the run: %1</source>
        <translation>无法锁定运行：%1</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>in use by %1: another evaluation is writing this run; wait for it to finish or use another folder</source>
        <translation>正被 %1 使用：另一个评估正在写入此运行；请等待其完成或使用另一个文件夹</translation>
    </message>
</context>
<context>
    <name>RunRecords</name>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a non-integer number (%1)</source>
        <translation>非整数数字 (%1)</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>数字 (%1)</translation>
    </message>
    <message>
        <source>a value of another type</source>
        <translation>其他类型的值</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(顶层)</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1：应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>out of range (%1; expected %2..%3)</source>
        <translation>超出范围（%1；应为 %2..%3）</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing; this is not an xlqa run manifest</source>
        <translation>缺失；这不是 xlqa 运行清单</translation>
    </message>
    <message>
        <source>unsupported run format &quot;%1&quot;; xlqa %2 reads &quot;%3&quot; (a run written by a newer xlqa?)</source>
        <translation>不支持的运行格式 &quot;%1&quot;；xlqa %2 读取 &quot;%3&quot;（是否由更新版本的 xlqa 写入？）</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected running, complete, cancelled or failed)</source>
        <translation>未知状态 &quot;%1&quot;（应为 running、complete、cancelled 或 failed）</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create folder: %1</source>
        <translation>无法创建文件夹：%1</translation>
    </message>
    <message>
        <source>cannot encode as JSON: %1</source>
        <translation>无法编码为 JSON：%1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>read failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>already holds a run; use --resume or another folder</source>
        <translation>已包含一次运行；请使用 --resume 或另一个文件夹</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>no such run folder</source>
        <translation>运行文件夹不存在</translation>
    </message>
    <message>
        <source>missing: %1 is not an xlqa run folder</source>
        <translation>缺失：%1 不是 xlqa 运行文件夹</translation>
    </message>
    <message>
        <source>holds pair %1, but its name says %2</source>
        <translation>包含语言对 %1，但其文件名表明是 %2</translation>
    </message>
    <message>
        <source>line %1: malformed JSON: %2</source>
        <translation>第 %1 行：JSON 格式错误：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>no such model folder</source>
        <translation>模型文件夹不存在</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>无法列出文件夹内容：%1</translation>
    </message>
    <message>
        <source>holds neither config.json nor weight files to hash</source>
        <translation>既没有 config.json，也没有可计算哈希的权重文件</translation>
    </message>
    <message>
        <source>cannot read size: %1</source>
        <translation>无法读取大小：%1</translation>
    </message>
    <message>
        <source>changed while being hashed</source>
        <translation>在计算哈希期间被修改</translation>
    </message>
    <message>
        <source>cannot claim the pair: %1</source>
        <translation>无法认领该语言对：%1</translation>
    </message>
    <message>
        <source>cannot write the claim</source>
        <translation>无法写入认领记录</translation>
    </message>
</context>
<context>
    <name>Safetensors</name>
    <message>
        <source>tensor &quot;%1&quot;: %2</source>
        <translation>张量 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&quot;shape&quot; must be an array of integers</source>
        <translation>&quot;shape&quot; 必须是整数数组</translation>
    </message>
    <message>
        <source>&quot;shape&quot; holds %1; dimensions must be non-negative integers</source>
        <translation>&quot;shape&quot; 包含 %1；各维度必须是非负整数</translation>
    </message>
    <message>
        <source>&quot;__metadata__&quot; must be an object of strings</source>
        <translation>&quot;__metadata__&quot; 必须是由字符串组成的对象</translation>
    </message>
    <message>
        <source>&quot;__metadata__&quot;: &quot;%1&quot; must be a string, found %2</source>
        <translation>&quot;__metadata__&quot;：&quot;%1&quot; 必须是字符串，实际为 %2</translation>
    </message>
    <message>
        <source>expected an object with dtype, shape and data_offsets</source>
        <translation>应为包含 dtype、shape 和 data_offsets 的对象</translation>
    </message>
    <message>
        <source>&quot;dtype&quot; missing or not a string</source>
        <translation>&quot;dtype&quot; 缺失或不是字符串</translation>
    </message>
    <message>
        <source>dtype %1 is not supported (expected F32, F16, BF16, or I64 for position_ids)</source>
        <translation>不支持 dtype %1（应为 F32、F16、BF16，position_ids 可为 I64）</translation>
    </message>
    <message>
        <source>&quot;shape&quot; missing</source>
        <translation>缺少 &quot;shape&quot;</translation>
    </message>
    <message>
        <source>&quot;data_offsets&quot; must be [begin, end] with non-negative integers</source>
        <translation>&quot;data_offsets&quot; 必须是由非负整数组成的 [begin, end]</translation>
    </message>
    <message>
        <source>data_offsets %1 end before they begin</source>
        <translation>data_offsets %1 的结束位置在起始位置之前</translation>
    </message>
    <message>
        <source>data_offsets %1 run past the end of the data section (%2 bytes; file truncated?)</source>
        <translation>data_offsets %1 超出数据区末尾（%2 字节；文件被截断？）</translation>
    </message>
    <message>
        <source>shape %1 of %2 needs %3 bytes but data_offsets %4 span %5</source>
        <translation>%2 类型的形状 %1 需要 %3 字节，但 data_offsets %4 跨越 %5 字节</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; have overlapping data_offsets</source>
        <translation>张量 &quot;%1&quot; 和 &quot;%2&quot; 的 data_offsets 相互重叠</translation>
    </message>
    <message>
        <source>%1 bytes no tensor describes before the first tensor &quot;%2&quot;</source>
        <translation>第一个张量 &quot;%2&quot; 之前有 %1 字节未被任何张量描述</translation>
    </message>
    <message>
        <source>%1 bytes no tensor describes between tensors &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>张量 &quot;%2&quot; 与 &quot;%3&quot; 之间有 %1 字节未被任何张量描述</translation>
    </message>
    <message>
        <source>%1 bytes after the last tensor that the header does not describe</source>
        <translation>最后一个张量之后有 %1 字节未在头部中描述</translation>
    </message>
    <message>
        <source>the safetensors header is not valid JSON: %1</source>
        <translation>safetensors 头部不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>too short for a safetensors file (%1 bytes; the 8-byte header length is missing)</source>
        <translation>文件太短，不是 safetensors 文件（%1 字节；缺少 8 字节的头部长度）</translation>
    </message>
    <message>
        <source>header length %1 is implausibly large (limit 100 MB); not a safetensors file or corrupt</source>
        <translation>头部长度 %1 大得不合理（上限 100 MB）；不是 safetensors 文件或文件已损坏</translation>
    </message>
    <message>
        <source>header length %1 runs past the end of the file (%2 bytes; truncated?)</source>
        <translation>头部长度 %1 超出文件末尾（%2 字节；文件被截断？）</translation>
    </message>
    <message>
        <source>the safetensors header must be a JSON object</source>
        <translation>safetensors 头部必须是 JSON 对象</translation>
    </message>
    <message>
        <source>cannot write a tensor named &quot;%1&quot;</source>
        <translation>无法写入名为 &quot;%1&quot; 的张量</translation>
    </message>
    <message>
        <source>named twice</source>
        <translation>名称重复</translation>
    </message>
    <message>
        <source>has dtype %1; only float32, float16 and bfloat16 tensors are written</source>
        <translation>dtype 为 %1；只能写入 float32、float16 和 bfloat16 张量</translation>
    </message>
    <message>
        <source>tensor name is not valid UTF-8: %1</source>
        <translation>张量名称不是有效的 UTF-8：%1</translation>
    </message>
    <message>
        <source>the tensor given differs from its announced dtype or shape</source>
        <translation>提供的张量与声明的 dtype 或形状不一致</translation>
    </message>
    <message>
        <source>undefined tensor</source>
        <translation>未定义的张量</translation>
    </message>
</context>
<context>
    <name>SentencePiece</name>
    <message>
        <source>no such file (expected a sentencepiece model)</source>
        <translation>文件不存在（应为 sentencepiece 模型）</translation>
    </message>
    <message>
        <source>not a usable sentencepiece model: %1</source>
        <translation>不是可用的 sentencepiece 模型：%1</translation>
    </message>
    <message>
        <source>not in the XLM-R layout (sentencepiece &lt;unk&gt; must be id 0)</source>
        <translation>不符合 XLM-R 布局（sentencepiece 的 &lt;unk&gt; 必须为 id 0）</translation>
    </message>
    <message>
        <source>cannot train a SentencePiece model: %1</source>
        <translation>无法训练 SentencePiece 模型：%1</translation>
    </message>
    <message>
        <source>the vocabulary size must be positive, not %1</source>
        <translation>词表大小必须为正数，而不是 %1</translation>
    </message>
    <message>
        <source>unknown model type &quot;%1&quot; (expected unigram, bpe, word or char)</source>
        <translation>未知模型类型 &quot;%1&quot;（应为 unigram、bpe、word 或 char）</translation>
    </message>
    <message>
        <source>unknown normalization &quot;%1&quot; (expected nmt_nfkc, nfkc, nmt_nfkc_cf, nfkc_cf or identity)</source>
        <translation>未知规范化方式 &quot;%1&quot;（应为 nmt_nfkc、nfkc、nmt_nfkc_cf、nfkc_cf 或 identity）</translation>
    </message>
    <message>
        <source>the character coverage must be a number</source>
        <translation>字符覆盖率必须是数字</translation>
    </message>
    <message>
        <source>no sentences to train on</source>
        <translation>没有可用于训练的句子</translation>
    </message>
    <message>
        <source>no text to train on (all %1 sentences are blank)</source>
        <translation>没有可用于训练的文本（全部 %1 个句子均为空白）</translation>
    </message>
    <message>
        <source>sentence %1 is %2 bytes long, more than sentencepiece accepts (%3)</source>
        <translation>第 %1 个句子长 %2 字节，超过 sentencepiece 可接受的上限 (%3)</translation>
    </message>
    <message>
        <source>cannot write: no such folder %1</source>
        <translation>无法写入：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no such file; XLQA_SPM_SHIM must name the SentencePiece shim (%1)</source>
        <translation>文件不存在；XLQA_SPM_SHIM 必须指向 SentencePiece shim (%1)</translation>
    </message>
    <message>
        <source>the SentencePiece shim (%1) is missing; looked for %2 (set XLQA_SPM_SHIM to its path)</source>
        <translation>缺少 SentencePiece shim (%1)；已查找 %2（请将 XLQA_SPM_SHIM 设为其路径）</translation>
    </message>
    <message>
        <source>cannot load the SentencePiece shim: %1</source>
        <translation>无法加载 SentencePiece shim：%1</translation>
    </message>
    <message>
        <source>not an XLQA SentencePiece shim (an entry point is missing)</source>
        <translation>不是 XLQA 的 SentencePiece shim（缺少入口点）</translation>
    </message>
    <message>
        <source>SentencePiece shim of interface version %1, expected %2 (a stale build?)</source>
        <translation>SentencePiece shim 的接口版本为 %1，应为 %2（是否为过时的构建？）</translation>
    </message>
</context>
<context>
    <name>SquadFile</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string (%1)</source>
        <translation>字符串 (%1)</translation>
    </message>
    <message>
        <source>a boolean (%1)</source>
        <translation>布尔值 (%1)</translation>
    </message>
    <message>
        <source>a non-integer number (%1)</source>
        <translation>非整数数字 (%1)</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>数字 (%1)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>the file holds no questions</source>
        <translation>该文件不包含任何问题</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;data&quot; array, found %1</source>
        <translation>顶层必须是包含 &quot;data&quot; 数组的对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected a string, found %1; ignored</source>
        <translation>应为字符串，实际为 %1；已忽略</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>missing; using &quot;&quot;</source>
        <translation>缺失；使用 &quot;&quot;</translation>
    </message>
    <message>
        <source>expected a string, found %1; using &quot;&quot;</source>
        <translation>应为字符串，实际为 %1；使用 &quot;&quot;</translation>
    </message>
    <message>
        <source>the question has no answers</source>
        <translation>该问题没有答案</translation>
    </message>
    <message>
        <source>answer_start %1 is negative</source>
        <translation>answer_start %1 为负数</translation>
    </message>
    <message>
        <source>answer_start %1 is out of range: the context has %2 code points</source>
        <translation>answer_start %1 超出范围：上下文共有 %2 个码位</translation>
    </message>
    <message>
        <source>the answer text is empty</source>
        <translation>答案文本为空</translation>
    </message>
    <message>
        <source>answer %1 does not occur at answer_start %2 (the context there reads %3)</source>
        <translation>答案 %1 未出现在 answer_start %2 处（上下文该处为 %3）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>it does not occur anywhere in the context</source>
        <translation>它未出现在上下文中的任何位置</translation>
    </message>
    <message>
        <source>it occurs at code point offset %1</source>
        <translation>它出现在码位偏移 %1 处</translation>
    </message>
    <message>
        <source>it occurs at code point offset %1 (the nearest of %2 occurrences)</source>
        <translation>它出现在码位偏移 %1 处（共出现 %2 次中最近的一处）</translation>
    </message>
    <message>
        <source>duplicate question id %1 (first at %2); both are kept and lookups by id find the first</source>
        <translation>问题 id %1 重复（首次出现在 %2）；两者都会保留，按 id 查找时返回第一个</translation>
    </message>
</context>
<context>
    <name>Tokenizer</name>
    <message>
        <source>&quot;%1&quot; must be true, false or null</source>
        <translation>&quot;%1&quot; 必须为 true、false 或 null</translation>
    </message>
    <message>
        <source>not a folder (expected a model folder)</source>
        <translation>不是文件夹（应为模型文件夹）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>no tokenizer: neither vocab.txt (WordPiece) nor sentencepiece.bpe.model (SentencePiece) is there</source>
        <translation>没有分词器：既没有 vocab.txt (WordPiece)，也没有 sentencepiece.bpe.model (SentencePiece)</translation>
    </message>
</context>
<context>
    <name>TorchCheckpoint</name>
    <message>
        <source>data.pkl: %1 (at byte %2)</source>
        <translation>data.pkl：%1（位于字节 %2）</translation>
    </message>
    <message>
        <source>truncated pickle</source>
        <translation>pickle 被截断</translation>
    </message>
    <message>
        <source>malformed pickle (stack underflow)</source>
        <translation>pickle 格式错误（栈下溢）</translation>
    </message>
    <message>
        <source>malformed pickle (no MARK)</source>
        <translation>pickle 格式错误（没有 MARK）</translation>
    </message>
    <message>
        <source>unsupported pickle protocol</source>
        <translation>不支持的 pickle 协议</translation>
    </message>
    <message>
        <source>malformed pickle (SETITEMS with an odd number of items)</source>
        <translation>pickle 格式错误（SETITEMS 的元素个数为奇数）</translation>
    </message>
    <message>
        <source>malformed STACK_GLOBAL</source>
        <translation>STACK_GLOBAL 格式错误</translation>
    </message>
    <message>
        <source>BUILD on a %1 is not part of a state dict</source>
        <translation>对 %1 执行 BUILD 不属于 state dict 的内容</translation>
    </message>
    <message>
        <source>refusing pickle opcode 0x%1: not part of a state dict</source>
        <translation>拒绝 pickle 操作码 0x%1：不属于 state dict 的内容</translation>
    </message>
    <message>
        <source>integer too large for a state dict</source>
        <translation>整数过大，不可能出现在 state dict 中</translation>
    </message>
    <message>
        <source>malformed pickle (memo entry %1 missing)</source>
        <translation>pickle 格式错误（缺少 memo 条目 %1）</translation>
    </message>
    <message>
        <source>SETITEM on a %1</source>
        <translation>对 %1 执行 SETITEM</translation>
    </message>
    <message>
        <source>APPEND on a %1</source>
        <translation>对 %1 执行 APPEND</translation>
    </message>
    <message>
        <source>tensor storage type %1 is not supported (float32, float16, bfloat16, float64 and int64 tensors are)</source>
        <translation>不支持张量存储类型 %1（支持 float32、float16、bfloat16、float64 和 int64 张量）</translation>
    </message>
    <message>
        <source>refusing to unpickle %1: not part of a state dict</source>
        <translation>拒绝反序列化 %1：不属于 state dict 的内容</translation>
    </message>
    <message>
        <source>malformed REDUCE</source>
        <translation>REDUCE 格式错误</translation>
    </message>
    <message>
        <source>OrderedDict built with arguments</source>
        <translation>OrderedDict 带参数构建</translation>
    </message>
    <message>
        <source>malformed _rebuild_parameter</source>
        <translation>_rebuild_parameter 格式错误</translation>
    </message>
    <message>
        <source>cannot call %1</source>
        <translation>无法调用 %1</translation>
    </message>
    <message>
        <source>unexpected persistent id (expected (&apos;storage&apos;, type, key, location, numel))</source>
        <translation>意外的持久化 ID（应为 (&apos;storage&apos;, type, key, location, numel)）</translation>
    </message>
    <message>
        <source>%1 is not a storage type</source>
        <translation>%1 不是存储类型</translation>
    </message>
    <message>
        <source>storage %1 is used with two different types</source>
        <translation>存储 %1 被用于两种不同的类型</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: %1 is not a tuple</source>
        <translation>_rebuild_tensor_v2：%1 不是元组</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: bad %1</source>
        <translation>_rebuild_tensor_v2：%1 无效</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 arguments</source>
        <translation>_rebuild_tensor_v2 参数格式错误</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: size and stride differ in length</source>
        <translation>_rebuild_tensor_v2：size 与 stride 长度不同</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: size overflows</source>
        <translation>_rebuild_tensor_v2：size 溢出</translation>
    </message>
    <message>
        <source>tensor view (offset %1) reaches past its storage of %2 elements</source>
        <translation>张量视图（偏移 %1）超出其 %2 个元素的存储范围</translation>
    </message>
    <message>
        <source>data.pkl holds a %1, not a state dict (name -&gt; tensor)</source>
        <translation>data.pkl 包含的是 %1，而不是 state dict（名称 -&gt; 张量）</translation>
    </message>
    <message>
        <source>state dict key is a %1</source>
        <translation>state dict 的键是 %1</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a %2, not a tensor (only plain state dicts are supported, not training checkpoints)</source>
        <translation>条目 &quot;%1&quot; 是 %2，而不是张量（仅支持普通 state dict，不支持训练检查点）</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>legacy torch.save format (PyTorch &lt; 1.6, not a zip archive) is not supported; %1</source>
        <translation>不支持旧版 torch.save 格式（PyTorch &lt; 1.6，不是 zip 归档）；%1</translation>
    </message>
    <message>
        <source>re-save it with a current PyTorch or convert it to model.safetensors</source>
        <translation>请用当前版本的 PyTorch 重新保存，或将其转换为 model.safetensors</translation>
    </message>
    <message>
        <source>not a torch.save zip archive</source>
        <translation>不是 torch.save 的 zip 归档</translation>
    </message>
    <message>
        <source>storage record %1 holds %2 bytes, expected %3 elements of %4 bytes</source>
        <translation>存储记录 %1 包含 %2 字节，应为 %3 个 %4 字节的元素</translation>
    </message>
    <message>
        <source>storage record %1 is missing from the archive</source>
        <translation>归档中缺少存储记录 %1</translation>
    </message>
    <message>
        <source>big-endian checkpoint is not supported</source>
        <translation>不支持大端序（big-endian）检查点</translation>
    </message>
    <message>
        <source>data.pkl is missing: not a torch.save state dict</source>
        <translation>缺少 data.pkl：不是 torch.save 保存的 state dict</translation>
    </message>
    <message>
        <source>cannot read the checkpoint archive (truncated or corrupt?): %1</source>
        <translation>无法读取检查点归档（被截断或已损坏？）：%1</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>应为非负整数</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; 不是 %2 之一</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <source>dev_pairs[%1]: %2</source>
        <translation>dev_pairs[%1]：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>student: the student model folder is required</source>
        <translation>student：必须指定学生模型文件夹</translation>
    </message>
    <message>
        <source>train_data: at least one training data file or folder is required</source>
        <translation>train_data：至少需要一个训练数据文件或文件夹</translation>
    </message>
    <message>
        <source>train_data[%1]: empty path</source>
        <translation>train_data[%1]：路径为空</translation>
    </message>
    <message>
        <source>dev_data[%1]: empty path</source>
        <translation>dev_data[%1]：路径为空</translation>
    </message>
    <message>
        <source>output_dir: the output folder is required</source>
        <translation>output_dir：必须指定输出文件夹</translation>
    </message>
    <message>
        <source>features.max_seq_length: must be at least 1</source>
        <translation>features.max_seq_length：至少为 1</translation>
    </message>
    <message>
        <source>features.doc_stride: must not be negative</source>
        <translation>features.doc_stride：不能为负数</translation>
    </message>
    <message>
        <source>features.max_query_length: must be at least 1</source>
        <translation>features.max_query_length：至少为 1</translation>
    </message>
    <message>
        <source>features.doc_stride: must be smaller than max_seq_length (%1)</source>
        <translation>features.doc_stride：必须小于 max_seq_length (%1)</translation>
    </message>
    <message>
        <source>features.max_query_length: must be smaller than max_seq_length (%1)</source>
        <translation>features.max_query_length：必须小于 max_seq_length (%1)</translation>
    </message>
    <message>
        <source>sampling.target_languages: must not be negative (0: all)</source>
        <translation>sampling.target_languages：不能为负数（0：全部）</translation>
    </message>
    <message>
        <source>sampling.languages[%1]: empty language code</source>
        <translation>sampling.languages[%1]：语言代码为空</translation>
    </message>
    <message>
        <source>alpha_ce: must not be negative, got %1</source>
        <translation>alpha_ce：不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>alpha_kl: must not be negative, got %1</source>
        <translation>alpha_kl：不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>temperature: must be positive, got %1</source>
        <translation>temperature：必须为正数，实际为 %1</translation>
    </message>
    <message>
        <source>alpha_ce: must be positive without distillation (the loss would be 0)</source>
        <translation>alpha_ce：不使用蒸馏时必须为正数（否则损失为 0）</translation>
    </message>
    <message>
        <source>alpha_kl: with alpha_ce = 0 as well the loss would be 0</source>
        <translation>alpha_kl：若 alpha_ce 也为 0，损失将为 0</translation>
    </message>
    <message>
        <source>coefficient.k: must be at least 1</source>
        <translation>coefficient.k：至少为 1</translation>
    </message>
    <message>
        <source>coefficient.window: must not be negative</source>
        <translation>coefficient.window：不能为负数</translation>
    </message>
    <message>
        <source>epochs: must be at least 1</source>
        <translation>epochs：至少为 1</translation>
    </message>
    <message>
        <source>batch_size: must be at least 1</source>
        <translation>batch_size：至少为 1</translation>
    </message>
    <message>
        <source>gradient_accumulation: must be at least 1</source>
        <translation>gradient_accumulation：至少为 1</translation>
    </message>
    <message>
        <source>learning_rate: must be positive, got %1</source>
        <translation>learning_rate：必须为正数，实际为 %1</translation>
    </message>
    <message>
        <source>weight_decay: must not be negative</source>
        <translation>weight_decay：不能为负数</translation>
    </message>
    <message>
        <source>adam_epsilon: must be positive</source>
        <translation>adam_epsilon：必须为正数</translation>
    </message>
    <message>
        <source>warmup_fraction: must be within [0, 1], got %1</source>
        <translation>warmup_fraction：必须在 [0, 1] 范围内，实际为 %1</translation>
    </message>
    <message>
        <source>max_grad_norm: must not be negative (0: no clipping)</source>
        <translation>max_grad_norm：不能为负数（0：不裁剪）</translation>
    </message>
    <message>
        <source>device: expected auto, cpu or cuda:N</source>
        <translation>device：应为 auto、cpu 或 cuda:N</translation>
    </message>
    <message>
        <source>dtype: expected fp32 or bf16 (fp16 training needs loss scaling, which is not implemented)</source>
        <translation>dtype：应为 fp32 或 bf16（fp16 训练需要损失缩放，目前尚未实现）</translation>
    </message>
    <message>
        <source>dev_pairs[%1]: incomplete language pair</source>
        <translation>dev_pairs[%1]：语言对不完整</translation>
    </message>
    <message>
        <source>save_every_steps: must not be negative (0: only at the end of each epoch)</source>
        <translation>save_every_steps：不能为负数（0：仅在每个 epoch 结束时）</translation>
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
    <name>WordPiece</name>
    <message>
        <source>not UTF-8 (ill-formed byte sequence at byte %1)</source>
        <translation>不是 UTF-8（第 %1 字节处的字节序列格式错误）</translation>
    </message>
    <message>
        <source>the vocabulary has no %1 token</source>
        <translation>词表中没有 %1 词元</translation>
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
    <name>ZipDirectory</name>
    <message>
        <source>zip directory points past the end of the file (truncated?)</source>
        <translation>zip 目录指向文件末尾之后（文件被截断？）</translation>
    </message>
    <message>
        <source>zip entry name runs past the end of the file</source>
        <translation>zip 条目名称超出文件末尾</translation>
    </message>
    <message>
        <source>too short for a zip archive</source>
        <translation>文件太短，不是 zip 归档</translation>
    </message>
    <message>
        <source>no zip end-of-directory record (truncated?)</source>
        <translation>没有 zip 目录结束记录（文件被截断？）</translation>
    </message>
    <message>
        <source>damaged zip64 end-of-directory record</source>
        <translation>zip64 目录结束记录已损坏</translation>
    </message>
    <message>
        <source>damaged zip central directory</source>
        <translation>zip 中央目录已损坏</translation>
    </message>
    <message>
        <source>zip entry %1: damaged local header</source>
        <translation>zip 条目 %1：本地头已损坏</translation>
    </message>
    <message>
        <source>zip entry %1 runs past the end of the file (truncated?)</source>
        <translation>zip 条目 %1 超出文件末尾（文件被截断？）</translation>
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
        <translation type="vanished">没有 %1 的翻译</translation>
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
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
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
    <name>xlqa::UiLanguage</name>
    <message>
        <source>No translation for %1: %2 is missing or unreadable</source>
        <translation>没有 %1 的翻译：%2 缺失或无法读取</translation>
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
