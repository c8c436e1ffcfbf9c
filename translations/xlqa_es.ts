<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CheckpointAveraging</name>
    <message>
        <source>the first checkpoint (%1)</source>
        <translation>el primer checkpoint (%1)</translation>
    </message>
    <message>
        <source>config.json: model_type is &quot;%1&quot;, %2 has &quot;%3&quot;</source>
        <translation>config.json: model_type es &quot;%1&quot;, %2 tiene &quot;%3&quot;</translation>
    </message>
    <message>
        <source>config.json: %1 is %2, %3 has %4</source>
        <translation>config.json: %1 es %2, %3 tiene %4</translation>
    </message>
    <message>
        <source>lacks tensor %1 of %2</source>
        <translation>le falta el tensor %1 de %2</translation>
    </message>
    <message>
        <source>has tensor %1, which %2 lacks</source>
        <translation>tiene el tensor %1, que le falta a %2</translation>
    </message>
    <message>
        <source>%1 has shape %2, %3 %4</source>
        <translation>%1 tiene la forma %2, %3 %4</translation>
    </message>
    <message>
        <source>%1 is %2, in %3 %4</source>
        <translation>%1 es %2, en %3 %4</translation>
    </message>
    <message>
        <source>%1 (an integer buffer) differs from %2; integer tensors cannot be averaged</source>
        <translation>%1 (un búfer entero) difiere de %2; los tensores enteros no se pueden promediar</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>existe y no es una carpeta</translation>
    </message>
    <message>
        <source>exists and is not empty; give a new folder for the averaged model</source>
        <translation>existe y no está vacía; indique una carpeta nueva para el modelo promediado</translation>
    </message>
    <message>
        <source>averaging needs at least two checkpoints; only this one was given</source>
        <translation>promediar requiere al menos dos checkpoints; solo se indicó este</translation>
    </message>
</context>
<context>
    <name>DemoRecipe</name>
    <message>
        <source>recipe.%1: %2</source>
        <translation>recipe.%1: %2</translation>
    </message>
    <message>
        <source>the demo folder must be new or empty</source>
        <translation>la carpeta de la demo debe ser nueva o estar vacía</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>this build generates a corpus file (%1) other than the one the demo models were trained on</source>
        <translation>esta compilación genera un archivo de corpus (%1) distinto del que se usó para entrenar los modelos de la demo</translation>
    </message>
    <message>
        <source>%1; rebuild the demo with `xlqa demo --build`</source>
        <translation>%1; vuelva a generar la demo con `xlqa demo --build`</translation>
    </message>
    <message>
        <source>the embedded demo is missing; looked in %1 (set XLQA_DEMO_DIR to its folder)</source>
        <translation>falta la demo integrada; se buscó en %1 (defina XLQA_DEMO_DIR con su carpeta)</translation>
    </message>
    <message>
        <source>cannot lock the demo workspace: %1</source>
        <translation>no se puede bloquear el espacio de trabajo de la demo: %1</translation>
    </message>
</context>
<context>
    <name>ExampleTags</name>
    <message>
        <source>gold wrong</source>
        <translation>referencia errónea</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>ambiguo</translation>
    </message>
    <message>
        <source>model error</source>
        <translation>error del modelo</translation>
    </message>
    <message>
        <source>%1: missing &quot;%2&quot;</source>
        <translation>%1: falta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>unknown format %1; expected &quot;%2&quot;</source>
        <translation>formato desconocido %1; se esperaba &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an object keyed by language pair</source>
        <translation>&quot;tags&quot; debe ser un objeto con pares de idiomas como claves</translation>
    </message>
    <message>
        <source>tags.%1 must be an object keyed by example id</source>
        <translation>tags.%1 debe ser un objeto con identificadores de ejemplo como claves</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>no run folder to save the tags in</source>
        <translation>no hay carpeta de ejecución donde guardar las etiquetas</translation>
    </message>
    <message>
        <source>cannot encode as JSON: %1</source>
        <translation>no se puede codificar como JSON: %1</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>read failed</source>
        <translation>falló la lectura</translation>
    </message>
    <message>
        <source>the file is empty; expected JSON</source>
        <translation>el archivo está vacío; se esperaba JSON</translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1 (%2)</source>
        <translation>UTF-8 no válido en el byte %1 (%2)</translation>
    </message>
    <message>
        <source>unexpected end of file (truncated?) at %1: %2</source>
        <translation>fin de archivo inesperado (¿truncado?) en la %1: %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON mal formado en la %1: %2</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>write failed: %1; the previous file is unchanged</source>
        <translation>falló la escritura: %1; el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1; the previous file is unchanged</source>
        <translation>no se puede volcar al disco: %1; el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <source>cannot replace file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <source>cannot move the previous folder aside: %1</source>
        <translation>no se puede apartar la carpeta anterior: %1</translation>
    </message>
    <message>
        <source>cannot move the new folder into place: %1</source>
        <translation>no se puede colocar la carpeta nueva: %1</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot map the file: %1</source>
        <translation>no se puede mapear el archivo: %1</translation>
    </message>
</context>
<context>
    <name>ModelConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing (an integer is required)</source>
        <translation>falta (se requiere un entero)</translation>
    </message>
    <message>
        <source>must be an integer, found %1</source>
        <translation>debe ser un entero; se encontró %1</translation>
    </message>
    <message>
        <source>value %1 is too large</source>
        <translation>el valor %1 es demasiado grande</translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation>debe ser un número; se encontró %1</translation>
    </message>
    <message>
        <source>missing (a string is required)</source>
        <translation>falta (se requiere una cadena)</translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation>debe ser una cadena; se encontró %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;bert&quot;, &quot;xlm-roberta&quot; or &quot;roberta&quot;</source>
        <translation>&quot;%1&quot; no es compatible; se esperaba &quot;bert&quot;, &quot;xlm-roberta&quot; o &quot;roberta&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; only &quot;gelu&quot; (the exact erf GELU) is implemented</source>
        <translation>&quot;%1&quot; no es compatible; solo está implementado &quot;gelu&quot; (la GELU exacta con erf)</translation>
    </message>
    <message>
        <source>%1 (this one is the tanh approximation)</source>
        <translation>%1 (esta es la aproximación tanh)</translation>
    </message>
    <message>
        <source>must be positive, found %1</source>
        <translation>debe ser positivo; se encontró %1</translation>
    </message>
    <message>
        <source>must be in [0, 1), found %1</source>
        <translation>debe estar en [0, 1); se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not divisible by num_attention_heads %2</source>
        <translation>%1 no es divisible por num_attention_heads %2</translation>
    </message>
    <message>
        <source>%1 is outside the vocabulary [0, %2)</source>
        <translation>%1 está fuera del vocabulario [0, %2)</translation>
    </message>
    <message>
        <source>%1 leaves no usable position after pad_token_id %2 (RoBERTa positions start at pad_token_id + 1)</source>
        <translation>%1 no deja ninguna posición utilizable después de pad_token_id %2 (las posiciones de RoBERTa empiezan en pad_token_id + 1)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level of config.json</source>
        <translation>se esperaba un objeto JSON en el nivel superior de config.json</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; only &quot;absolute&quot;</source>
        <translation>&quot;%1&quot; no es compatible; solo &quot;absolute&quot;</translation>
    </message>
</context>
<context>
    <name>ModelWeights</name>
    <message>
        <source>weight_map: missing or not an object</source>
        <translation>weight_map: falta o no es un objeto</translation>
    </message>
    <message>
        <source>weight_map: lists no tensors</source>
        <translation>weight_map: no enumera ningún tensor</translation>
    </message>
    <message>
        <source>weight_map: &quot;%1&quot;: shard must be a file name string</source>
        <translation>weight_map: &quot;%1&quot;: el fragmento debe ser una cadena con un nombre de archivo</translation>
    </message>
    <message>
        <source>weight_map: &quot;%1&quot;: &quot;%2&quot; is not a plain file name</source>
        <translation>weight_map: &quot;%1&quot;: &quot;%2&quot; no es un nombre de archivo simple</translation>
    </message>
    <message>
        <source>weight_map names shard &quot;%1&quot;, which is missing</source>
        <translation>weight_map nombra el fragmento &quot;%1&quot;, que no existe</translation>
    </message>
    <message>
        <source>holds tensor &quot;%1&quot;, which %2 does not list for this shard</source>
        <translation>contiene el tensor &quot;%1&quot;, que %2 no enumera para este fragmento</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is listed in shard &quot;%2&quot;, which does not contain it</source>
        <translation>el tensor &quot;%1&quot; figura en el fragmento &quot;%2&quot;, que no lo contiene</translation>
    </message>
    <message>
        <source>model folder does not exist</source>
        <translation>la carpeta del modelo no existe</translation>
    </message>
    <message>
        <source>not a folder (expected a model folder)</source>
        <translation>no es una carpeta (se esperaba una carpeta de modelo)</translation>
    </message>
    <message>
        <source>no model weights found: looked for %1, %2, %3 and %4</source>
        <translation>no se encontraron pesos del modelo: se buscaron %1, %2, %3 y %4</translation>
    </message>
    <message>
        <source>%1 (%2 is there, but only PyTorch weights can be read)</source>
        <translation>%1 (%2 está presente, pero solo se pueden leer pesos de PyTorch)</translation>
    </message>
    <message>
        <source>cannot create the folder: %1</source>
        <translation>no se puede crear la carpeta: %1</translation>
    </message>
</context>
<context>
    <name>ParallelDataset</name>
    <message>
        <source>%1 question ids do not start with a language name, e.g. &quot;%2&quot;</source>
        <translation>%1 identificadores de pregunta no empiezan por un nombre de idioma, p. ej. &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1; ids of a mixed TyDiQA file look like &quot;arabic-123-1&quot;</source>
        <translation>%1; los identificadores de un archivo TyDiQA mixto tienen la forma &quot;arabic-123-1&quot;</translation>
    </message>
    <message>
        <source>the %1 file lacks %2 question id that other languages have (e.g. %3)</source>
        <translation>al archivo de %1 le falta %2 identificador de pregunta que tienen otros idiomas (p. ej. %3)</translation>
    </message>
    <message>
        <source>the %1 file lacks %2 question ids that other languages have (e.g. %3)</source>
        <translation>al archivo de %1 le faltan %2 identificadores de pregunta que tienen otros idiomas (p. ej. %3)</translation>
    </message>
    <message>
        <source>%1; pairs with questions in %2 skip those examples</source>
        <translation>%1; los pares con preguntas en %2 omiten esos ejemplos</translation>
    </message>
    <message>
        <source>a second file for language %1 (the first is %2); give one file per language</source>
        <translation>un segundo archivo para el idioma %1 (el primero es %2); indique un archivo por idioma</translation>
    </message>
    <message>
        <source>a second file for language pair %1 (the first is %2)</source>
        <translation>un segundo archivo para el par de idiomas %1 (el primero es %2)</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>expected a JSON object of question id -&gt; answer text, found %1</source>
        <translation>se esperaba un objeto JSON de id de pregunta -&gt; texto de respuesta, se encontró %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a JSON object of question id -&gt; answer text, found %2</source>
        <translation>&quot;%1&quot;: se esperaba un objeto JSON de id de pregunta -&gt; texto de respuesta, se encontró %2</translation>
    </message>
    <message>
        <source>the answer to question &apos;%1&apos; must be a string, found %2</source>
        <translation>la respuesta a la pregunta &apos;%1&apos; debe ser una cadena, se encontró %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the answer to question &apos;%2&apos; must be a string, found %3</source>
        <translation>&quot;%1&quot;: la respuesta a la pregunta &apos;%2&apos; debe ser una cadena, se encontró %3</translation>
    </message>
    <message>
        <source>no prediction files named after a language pair (en-es.json or q-en_c-es.json)</source>
        <translation>no hay archivos de predicciones con el nombre de un par de idiomas (en-es.json o q-en_c-es.json)</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: %2: %3</source>
        <translation>error: %1: %2: %3</translation>
    </message>
    <message>
        <source>warning: %1: %2: %3</source>
        <translation>aviso: %1: %2: %3</translation>
    </message>
    <message>
        <source>load failed</source>
        <translation>falló la carga</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... y %1 problemas más</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The evaluation failed</source>
        <translation>La evaluación falló</translation>
    </message>
</context>
<context>
    <name>QaModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, ... and %2 more</source>
        <translation>%1, ... y %2 más</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>faltan (%1): %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>inesperados (%1): %2</translation>
    </message>
    <message>
        <source>wrong shape (%1): %2</source>
        <translation>forma incorrecta (%1): %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the weights use the &quot;%1&quot; prefix: config.json belongs to another model family</source>
        <translation>los pesos usan el prefijo &quot;%1&quot;: config.json pertenece a otra familia de modelos</translation>
    </message>
    <message>
        <source>the weights do not match config.json (model_type &quot;%1&quot;): %2</source>
        <translation>los pesos no coinciden con config.json (model_type &quot;%1&quot;): %2</translation>
    </message>
    <message>
        <source>%1 %2 is not 0, 1, 2, ...: unsupported positions</source>
        <translation>%1 %2 no es 0, 1, 2, ...: posiciones no compatibles</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: se esperaba %2, se encontró %3</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>cannot open the run&apos;s lock: %1</source>
        <translation>no se puede abrir el bloqueo de la ejecución: %1</translation>
    </message>
    <message>
        <source>cannot lock the run: %1</source>
        <translation>no se puede bloquear la ejecución: %1</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>in use by %1: another evaluation is writing this run; wait for it to finish or use another folder</source>
        <translation>en uso por %1: otra evaluación está escribiendo esta ejecución; espere a que termine o use otra carpeta</translation>
    </message>
</context>
<context>
    <name>RunRecords</name>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a non-integer number (%1)</source>
        <translation>un número no entero (%1)</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>un número (%1)</translation>
    </message>
    <message>
        <source>a value of another type</source>
        <translation>un valor de otro tipo</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: se esperaba un objeto, se encontró %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>se esperaba un entero, se encontró %1</translation>
    </message>
    <message>
        <source>out of range (%1; expected %2..%3)</source>
        <translation>fuera de rango (%1; se esperaba %2..%3)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba un array, se encontró %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing; this is not an xlqa run manifest</source>
        <translation>falta; esto no es un manifiesto de ejecución de xlqa</translation>
    </message>
    <message>
        <source>unsupported run format &quot;%1&quot;; xlqa %2 reads &quot;%3&quot; (a run written by a newer xlqa?)</source>
        <translation>formato de ejecución no admitido &quot;%1&quot;; xlqa %2 lee &quot;%3&quot; (¿una ejecución escrita por un xlqa más reciente?)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected running, complete, cancelled or failed)</source>
        <translation>estado desconocido &quot;%1&quot; (se esperaba running, complete, cancelled o failed)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create folder: %1</source>
        <translation>no se puede crear la carpeta: %1</translation>
    </message>
    <message>
        <source>cannot encode as JSON: %1</source>
        <translation>no se puede codificar como JSON: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>read failed</source>
        <translation>error de lectura</translation>
    </message>
    <message>
        <source>already holds a run; use --resume or another folder</source>
        <translation>ya contiene una ejecución; use --resume u otra carpeta</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>no se puede crear: %1</translation>
    </message>
    <message>
        <source>no such run folder</source>
        <translation>no existe esa carpeta de ejecución</translation>
    </message>
    <message>
        <source>missing: %1 is not an xlqa run folder</source>
        <translation>falta: %1 no es una carpeta de ejecución de xlqa</translation>
    </message>
    <message>
        <source>holds pair %1, but its name says %2</source>
        <translation>contiene el par %1, pero su nombre indica %2</translation>
    </message>
    <message>
        <source>line %1: malformed JSON: %2</source>
        <translation>línea %1: JSON mal formado: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>no such model folder</source>
        <translation>no existe esa carpeta de modelo</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>no se puede listar la carpeta: %1</translation>
    </message>
    <message>
        <source>holds neither config.json nor weight files to hash</source>
        <translation>no contiene ni config.json ni archivos de pesos que calcular el hash</translation>
    </message>
    <message>
        <source>cannot read size: %1</source>
        <translation>no se puede leer el tamaño: %1</translation>
    </message>
    <message>
        <source>changed while being hashed</source>
        <translation>cambió mientras se calculaba su hash</translation>
    </message>
    <message>
        <source>cannot claim the pair: %1</source>
        <translation>no se puede reservar el par: %1</translation>
    </message>
    <message>
        <source>cannot write the claim</source>
        <translation>no se puede escribir la reserva</translation>
    </message>
</context>
<context>
    <name>Safetensors</name>
    <message>
        <source>tensor &quot;%1&quot;: %2</source>
        <translation>tensor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;shape&quot; must be an array of integers</source>
        <translation>&quot;shape&quot; debe ser un array de enteros</translation>
    </message>
    <message>
        <source>&quot;shape&quot; holds %1; dimensions must be non-negative integers</source>
        <translation>&quot;shape&quot; contiene %1; las dimensiones deben ser enteros no negativos</translation>
    </message>
    <message>
        <source>&quot;__metadata__&quot; must be an object of strings</source>
        <translation>&quot;__metadata__&quot; debe ser un objeto de cadenas</translation>
    </message>
    <message>
        <source>&quot;__metadata__&quot;: &quot;%1&quot; must be a string, found %2</source>
        <translation>&quot;__metadata__&quot;: &quot;%1&quot; debe ser una cadena; se encontró %2</translation>
    </message>
    <message>
        <source>expected an object with dtype, shape and data_offsets</source>
        <translation>se esperaba un objeto con dtype, shape y data_offsets</translation>
    </message>
    <message>
        <source>&quot;dtype&quot; missing or not a string</source>
        <translation>&quot;dtype&quot; falta o no es una cadena</translation>
    </message>
    <message>
        <source>dtype %1 is not supported (expected F32, F16, BF16, or I64 for position_ids)</source>
        <translation>el dtype %1 no es compatible (se esperaba F32, F16, BF16, o I64 para position_ids)</translation>
    </message>
    <message>
        <source>&quot;shape&quot; missing</source>
        <translation>falta &quot;shape&quot;</translation>
    </message>
    <message>
        <source>&quot;data_offsets&quot; must be [begin, end] with non-negative integers</source>
        <translation>&quot;data_offsets&quot; debe ser [begin, end] con enteros no negativos</translation>
    </message>
    <message>
        <source>data_offsets %1 end before they begin</source>
        <translation>data_offsets %1 termina antes de empezar</translation>
    </message>
    <message>
        <source>data_offsets %1 run past the end of the data section (%2 bytes; file truncated?)</source>
        <translation>data_offsets %1 sobrepasa el final de la sección de datos (%2 bytes; ¿archivo truncado?)</translation>
    </message>
    <message>
        <source>shape %1 of %2 needs %3 bytes but data_offsets %4 span %5</source>
        <translation>la forma %1 de %2 necesita %3 bytes, pero data_offsets %4 abarca %5</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; have overlapping data_offsets</source>
        <translation>los tensores &quot;%1&quot; y &quot;%2&quot; tienen data_offsets superpuestos</translation>
    </message>
    <message>
        <source>%1 bytes no tensor describes before the first tensor &quot;%2&quot;</source>
        <translation>%1 bytes que ningún tensor describe antes del primer tensor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 bytes no tensor describes between tensors &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>%1 bytes que ningún tensor describe entre los tensores &quot;%2&quot; y &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 bytes after the last tensor that the header does not describe</source>
        <translation>%1 bytes después del último tensor que la cabecera no describe</translation>
    </message>
    <message>
        <source>the safetensors header is not valid JSON: %1</source>
        <translation>la cabecera safetensors no es JSON válido: %1</translation>
    </message>
    <message>
        <source>too short for a safetensors file (%1 bytes; the 8-byte header length is missing)</source>
        <translation>demasiado corto para un archivo safetensors (%1 bytes; falta la longitud de cabecera de 8 bytes)</translation>
    </message>
    <message>
        <source>header length %1 is implausibly large (limit 100 MB); not a safetensors file or corrupt</source>
        <translation>la longitud de cabecera %1 es inverosímilmente grande (límite 100 MB); no es un archivo safetensors o está dañado</translation>
    </message>
    <message>
        <source>header length %1 runs past the end of the file (%2 bytes; truncated?)</source>
        <translation>la longitud de cabecera %1 sobrepasa el final del archivo (%2 bytes; ¿truncado?)</translation>
    </message>
    <message>
        <source>the safetensors header must be a JSON object</source>
        <translation>la cabecera safetensors debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>cannot write a tensor named &quot;%1&quot;</source>
        <translation>no se puede escribir un tensor llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>named twice</source>
        <translation>nombrado dos veces</translation>
    </message>
    <message>
        <source>has dtype %1; only float32, float16 and bfloat16 tensors are written</source>
        <translation>tiene dtype %1; solo se escriben tensores float32, float16 y bfloat16</translation>
    </message>
    <message>
        <source>tensor name is not valid UTF-8: %1</source>
        <translation>el nombre del tensor no es UTF-8 válido: %1</translation>
    </message>
    <message>
        <source>the tensor given differs from its announced dtype or shape</source>
        <translation>el tensor proporcionado difiere del dtype o la forma anunciados</translation>
    </message>
    <message>
        <source>undefined tensor</source>
        <translation>tensor no definido</translation>
    </message>
</context>
<context>
    <name>SentencePiece</name>
    <message>
        <source>no such file (expected a sentencepiece model)</source>
        <translation>no existe el archivo (se esperaba un modelo de sentencepiece)</translation>
    </message>
    <message>
        <source>not a usable sentencepiece model: %1</source>
        <translation>no es un modelo de sentencepiece utilizable: %1</translation>
    </message>
    <message>
        <source>not in the XLM-R layout (sentencepiece &lt;unk&gt; must be id 0)</source>
        <translation>no sigue la disposición de XLM-R (el &lt;unk&gt; de sentencepiece debe tener el id 0)</translation>
    </message>
    <message>
        <source>cannot train a SentencePiece model: %1</source>
        <translation>no se puede entrenar un modelo SentencePiece: %1</translation>
    </message>
    <message>
        <source>the vocabulary size must be positive, not %1</source>
        <translation>el tamaño del vocabulario debe ser positivo, no %1</translation>
    </message>
    <message>
        <source>unknown model type &quot;%1&quot; (expected unigram, bpe, word or char)</source>
        <translation>tipo de modelo desconocido &quot;%1&quot; (se esperaba unigram, bpe, word o char)</translation>
    </message>
    <message>
        <source>unknown normalization &quot;%1&quot; (expected nmt_nfkc, nfkc, nmt_nfkc_cf, nfkc_cf or identity)</source>
        <translation>normalización desconocida &quot;%1&quot; (se esperaba nmt_nfkc, nfkc, nmt_nfkc_cf, nfkc_cf o identity)</translation>
    </message>
    <message>
        <source>the character coverage must be a number</source>
        <translation>la cobertura de caracteres debe ser un número</translation>
    </message>
    <message>
        <source>no sentences to train on</source>
        <translation>no hay oraciones con las que entrenar</translation>
    </message>
    <message>
        <source>no text to train on (all %1 sentences are blank)</source>
        <translation>no hay texto con el que entrenar (las %1 oraciones están en blanco)</translation>
    </message>
    <message>
        <source>sentence %1 is %2 bytes long, more than sentencepiece accepts (%3)</source>
        <translation>la oración %1 tiene %2 bytes, más de lo que acepta sentencepiece (%3)</translation>
    </message>
    <message>
        <source>cannot write: no such folder %1</source>
        <translation>no se puede escribir: no existe la carpeta %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file; XLQA_SPM_SHIM must name the SentencePiece shim (%1)</source>
        <translation>no existe el archivo; XLQA_SPM_SHIM debe indicar el shim de SentencePiece (%1)</translation>
    </message>
    <message>
        <source>the SentencePiece shim (%1) is missing; looked for %2 (set XLQA_SPM_SHIM to its path)</source>
        <translation>falta el shim de SentencePiece (%1); se buscó en %2 (defina XLQA_SPM_SHIM con su ruta)</translation>
    </message>
    <message>
        <source>cannot load the SentencePiece shim: %1</source>
        <translation>no se puede cargar el shim de SentencePiece: %1</translation>
    </message>
    <message>
        <source>not an XLQA SentencePiece shim (an entry point is missing)</source>
        <translation>no es un shim de SentencePiece de XLQA (falta un punto de entrada)</translation>
    </message>
    <message>
        <source>SentencePiece shim of interface version %1, expected %2 (a stale build?)</source>
        <translation>shim de SentencePiece con versión de interfaz %1, se esperaba %2 (¿una compilación antigua?)</translation>
    </message>
</context>
<context>
    <name>SquadFile</name>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>a string (%1)</source>
        <translation>una cadena (%1)</translation>
    </message>
    <message>
        <source>a boolean (%1)</source>
        <translation>un booleano (%1)</translation>
    </message>
    <message>
        <source>a non-integer number (%1)</source>
        <translation>un número no entero (%1)</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>un número (%1)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>the file holds no questions</source>
        <translation>el archivo no contiene preguntas</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;data&quot; array, found %1</source>
        <translation>el nivel superior debe ser un objeto con un array &quot;data&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected a string, found %1; ignored</source>
        <translation>se esperaba una cadena, se encontró %1; se ignora</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>missing; using &quot;&quot;</source>
        <translation>falta; se usa &quot;&quot;</translation>
    </message>
    <message>
        <source>expected a string, found %1; using &quot;&quot;</source>
        <translation>se esperaba una cadena, se encontró %1; se usa &quot;&quot;</translation>
    </message>
    <message>
        <source>the question has no answers</source>
        <translation>la pregunta no tiene respuestas</translation>
    </message>
    <message>
        <source>answer_start %1 is negative</source>
        <translation>answer_start %1 es negativo</translation>
    </message>
    <message>
        <source>answer_start %1 is out of range: the context has %2 code points</source>
        <translation>answer_start %1 está fuera de rango: el contexto tiene %2 puntos de código</translation>
    </message>
    <message>
        <source>the answer text is empty</source>
        <translation>el texto de la respuesta está vacío</translation>
    </message>
    <message>
        <source>answer %1 does not occur at answer_start %2 (the context there reads %3)</source>
        <translation>la respuesta %1 no aparece en answer_start %2 (el contexto ahí dice %3)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>it does not occur anywhere in the context</source>
        <translation>no aparece en ninguna parte del contexto</translation>
    </message>
    <message>
        <source>it occurs at code point offset %1</source>
        <translation>aparece en el desplazamiento de punto de código %1</translation>
    </message>
    <message>
        <source>it occurs at code point offset %1 (the nearest of %2 occurrences)</source>
        <translation>aparece en el desplazamiento de punto de código %1 (la más cercana de %2 apariciones)</translation>
    </message>
    <message>
        <source>duplicate question id %1 (first at %2); both are kept and lookups by id find the first</source>
        <translation>id de pregunta duplicado %1 (el primero en %2); se conservan ambos y las búsquedas por id encuentran el primero</translation>
    </message>
</context>
<context>
    <name>Tokenizer</name>
    <message>
        <source>&quot;%1&quot; must be true, false or null</source>
        <translation>&quot;%1&quot; debe ser true, false o null</translation>
    </message>
    <message>
        <source>not a folder (expected a model folder)</source>
        <translation>no es una carpeta (se esperaba una carpeta de modelo)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>no tokenizer: neither vocab.txt (WordPiece) nor sentencepiece.bpe.model (SentencePiece) is there</source>
        <translation>no hay tokenizador: no está ni vocab.txt (WordPiece) ni sentencepiece.bpe.model (SentencePiece)</translation>
    </message>
</context>
<context>
    <name>TorchCheckpoint</name>
    <message>
        <source>data.pkl: %1 (at byte %2)</source>
        <translation>data.pkl: %1 (en el byte %2)</translation>
    </message>
    <message>
        <source>truncated pickle</source>
        <translation>pickle truncado</translation>
    </message>
    <message>
        <source>malformed pickle (stack underflow)</source>
        <translation>pickle mal formado (desbordamiento inferior de la pila)</translation>
    </message>
    <message>
        <source>malformed pickle (no MARK)</source>
        <translation>pickle mal formado (sin MARK)</translation>
    </message>
    <message>
        <source>unsupported pickle protocol</source>
        <translation>protocolo pickle no compatible</translation>
    </message>
    <message>
        <source>malformed pickle (SETITEMS with an odd number of items)</source>
        <translation>pickle mal formado (SETITEMS con un número impar de elementos)</translation>
    </message>
    <message>
        <source>malformed STACK_GLOBAL</source>
        <translation>STACK_GLOBAL mal formado</translation>
    </message>
    <message>
        <source>BUILD on a %1 is not part of a state dict</source>
        <translation>BUILD sobre un %1 no forma parte de un state dict</translation>
    </message>
    <message>
        <source>refusing pickle opcode 0x%1: not part of a state dict</source>
        <translation>se rechaza el código de operación pickle 0x%1: no forma parte de un state dict</translation>
    </message>
    <message>
        <source>integer too large for a state dict</source>
        <translation>entero demasiado grande para un state dict</translation>
    </message>
    <message>
        <source>malformed pickle (memo entry %1 missing)</source>
        <translation>pickle mal formado (falta la entrada de memo %1)</translation>
    </message>
    <message>
        <source>SETITEM on a %1</source>
        <translation>SETITEM sobre un %1</translation>
    </message>
    <message>
        <source>APPEND on a %1</source>
        <translation>APPEND sobre un %1</translation>
    </message>
    <message>
        <source>tensor storage type %1 is not supported (float32, float16, bfloat16, float64 and int64 tensors are)</source>
        <translation>el tipo de almacenamiento de tensor %1 no es compatible (sí lo son los tensores float32, float16, bfloat16, float64 e int64)</translation>
    </message>
    <message>
        <source>refusing to unpickle %1: not part of a state dict</source>
        <translation>se rechaza deserializar %1: no forma parte de un state dict</translation>
    </message>
    <message>
        <source>malformed REDUCE</source>
        <translation>REDUCE mal formado</translation>
    </message>
    <message>
        <source>OrderedDict built with arguments</source>
        <translation>OrderedDict construido con argumentos</translation>
    </message>
    <message>
        <source>malformed _rebuild_parameter</source>
        <translation>_rebuild_parameter mal formado</translation>
    </message>
    <message>
        <source>cannot call %1</source>
        <translation>no se puede llamar a %1</translation>
    </message>
    <message>
        <source>unexpected persistent id (expected (&apos;storage&apos;, type, key, location, numel))</source>
        <translation>id persistente inesperado (se esperaba (&apos;storage&apos;, type, key, location, numel))</translation>
    </message>
    <message>
        <source>%1 is not a storage type</source>
        <translation>%1 no es un tipo de almacenamiento</translation>
    </message>
    <message>
        <source>storage %1 is used with two different types</source>
        <translation>el almacenamiento %1 se usa con dos tipos distintos</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: %1 is not a tuple</source>
        <translation>_rebuild_tensor_v2: %1 no es una tupla</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: bad %1</source>
        <translation>_rebuild_tensor_v2: %1 incorrecto</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 arguments</source>
        <translation>argumentos de _rebuild_tensor_v2 mal formados</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: size and stride differ in length</source>
        <translation>_rebuild_tensor_v2: size y stride tienen longitudes distintas</translation>
    </message>
    <message>
        <source>_rebuild_tensor_v2: size overflows</source>
        <translation>_rebuild_tensor_v2: size se desborda</translation>
    </message>
    <message>
        <source>tensor view (offset %1) reaches past its storage of %2 elements</source>
        <translation>la vista del tensor (desplazamiento %1) sobrepasa su almacenamiento de %2 elementos</translation>
    </message>
    <message>
        <source>data.pkl holds a %1, not a state dict (name -&gt; tensor)</source>
        <translation>data.pkl contiene un %1, no un state dict (nombre -&gt; tensor)</translation>
    </message>
    <message>
        <source>state dict key is a %1</source>
        <translation>una clave del state dict es un %1</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a %2, not a tensor (only plain state dicts are supported, not training checkpoints)</source>
        <translation>la entrada &quot;%1&quot; es un %2, no un tensor (solo se admiten state dicts simples, no checkpoints de entrenamiento)</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>legacy torch.save format (PyTorch &lt; 1.6, not a zip archive) is not supported; %1</source>
        <translation>el formato heredado de torch.save (PyTorch &lt; 1.6, no es un archivo zip) no es compatible; %1</translation>
    </message>
    <message>
        <source>re-save it with a current PyTorch or convert it to model.safetensors</source>
        <translation>vuelva a guardarlo con un PyTorch actual o conviértalo a model.safetensors</translation>
    </message>
    <message>
        <source>not a torch.save zip archive</source>
        <translation>no es un archivo zip de torch.save</translation>
    </message>
    <message>
        <source>storage record %1 holds %2 bytes, expected %3 elements of %4 bytes</source>
        <translation>el registro de almacenamiento %1 contiene %2 bytes; se esperaban %3 elementos de %4 bytes</translation>
    </message>
    <message>
        <source>storage record %1 is missing from the archive</source>
        <translation>el registro de almacenamiento %1 no está en el archivo zip</translation>
    </message>
    <message>
        <source>big-endian checkpoint is not supported</source>
        <translation>no se admiten checkpoints big-endian</translation>
    </message>
    <message>
        <source>data.pkl is missing: not a torch.save state dict</source>
        <translation>falta data.pkl: no es un state dict de torch.save</translation>
    </message>
    <message>
        <source>cannot read the checkpoint archive (truncated or corrupt?): %1</source>
        <translation>no se puede leer el archivo del checkpoint (¿truncado o dañado?): %1</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>se esperaba un entero</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera de rango</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>se esperaba un entero no negativo</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>se esperaba un array de cadenas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: clave desconocida</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: se esperaba una cadena</translation>
    </message>
    <message>
        <source>dev_pairs[%1]: %2</source>
        <translation>dev_pairs[%1]: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>student: the student model folder is required</source>
        <translation>student: la carpeta del modelo alumno es obligatoria</translation>
    </message>
    <message>
        <source>train_data: at least one training data file or folder is required</source>
        <translation>train_data: se requiere al menos un archivo o carpeta de datos de entrenamiento</translation>
    </message>
    <message>
        <source>train_data[%1]: empty path</source>
        <translation>train_data[%1]: ruta vacía</translation>
    </message>
    <message>
        <source>dev_data[%1]: empty path</source>
        <translation>dev_data[%1]: ruta vacía</translation>
    </message>
    <message>
        <source>output_dir: the output folder is required</source>
        <translation>output_dir: la carpeta de salida es obligatoria</translation>
    </message>
    <message>
        <source>features.max_seq_length: must be at least 1</source>
        <translation>features.max_seq_length: debe ser al menos 1</translation>
    </message>
    <message>
        <source>features.doc_stride: must not be negative</source>
        <translation>features.doc_stride: no debe ser negativo</translation>
    </message>
    <message>
        <source>features.max_query_length: must be at least 1</source>
        <translation>features.max_query_length: debe ser al menos 1</translation>
    </message>
    <message>
        <source>features.doc_stride: must be smaller than max_seq_length (%1)</source>
        <translation>features.doc_stride: debe ser menor que max_seq_length (%1)</translation>
    </message>
    <message>
        <source>features.max_query_length: must be smaller than max_seq_length (%1)</source>
        <translation>features.max_query_length: debe ser menor que max_seq_length (%1)</translation>
    </message>
    <message>
        <source>sampling.target_languages: must not be negative (0: all)</source>
        <translation>sampling.target_languages: no debe ser negativo (0: todos)</translation>
    </message>
    <message>
        <source>sampling.languages[%1]: empty language code</source>
        <translation>sampling.languages[%1]: código de idioma vacío</translation>
    </message>
    <message>
        <source>alpha_ce: must not be negative, got %1</source>
        <translation>alpha_ce: no debe ser negativo, se obtuvo %1</translation>
    </message>
    <message>
        <source>alpha_kl: must not be negative, got %1</source>
        <translation>alpha_kl: no debe ser negativo, se obtuvo %1</translation>
    </message>
    <message>
        <source>temperature: must be positive, got %1</source>
        <translation>temperature: debe ser positivo, se obtuvo %1</translation>
    </message>
    <message>
        <source>alpha_ce: must be positive without distillation (the loss would be 0)</source>
        <translation>alpha_ce: debe ser positivo sin destilación (la pérdida sería 0)</translation>
    </message>
    <message>
        <source>alpha_kl: with alpha_ce = 0 as well the loss would be 0</source>
        <translation>alpha_kl: con alpha_ce = 0 también, la pérdida sería 0</translation>
    </message>
    <message>
        <source>coefficient.k: must be at least 1</source>
        <translation>coefficient.k: debe ser al menos 1</translation>
    </message>
    <message>
        <source>coefficient.window: must not be negative</source>
        <translation>coefficient.window: no debe ser negativo</translation>
    </message>
    <message>
        <source>epochs: must be at least 1</source>
        <translation>epochs: debe ser al menos 1</translation>
    </message>
    <message>
        <source>batch_size: must be at least 1</source>
        <translation>batch_size: debe ser al menos 1</translation>
    </message>
    <message>
        <source>gradient_accumulation: must be at least 1</source>
        <translation>gradient_accumulation: debe ser al menos 1</translation>
    </message>
    <message>
        <source>learning_rate: must be positive, got %1</source>
        <translation>learning_rate: debe ser positivo, se obtuvo %1</translation>
    </message>
    <message>
        <source>weight_decay: must not be negative</source>
        <translation>weight_decay: no debe ser negativo</translation>
    </message>
    <message>
        <source>adam_epsilon: must be positive</source>
        <translation>adam_epsilon: debe ser positivo</translation>
    </message>
    <message>
        <source>warmup_fraction: must be within [0, 1], got %1</source>
        <translation>warmup_fraction: debe estar dentro de [0, 1], se obtuvo %1</translation>
    </message>
    <message>
        <source>max_grad_norm: must not be negative (0: no clipping)</source>
        <translation>max_grad_norm: no debe ser negativo (0: sin recorte)</translation>
    </message>
    <message>
        <source>device: expected auto, cpu or cuda:N</source>
        <translation>device: se esperaba auto, cpu o cuda:N</translation>
    </message>
    <message>
        <source>dtype: expected fp32 or bf16 (fp16 training needs loss scaling, which is not implemented)</source>
        <translation>dtype: se esperaba fp32 o bf16 (el entrenamiento en fp16 necesita escalado de la pérdida, que no está implementado)</translation>
    </message>
    <message>
        <source>dev_pairs[%1]: incomplete language pair</source>
        <translation>dev_pairs[%1]: par de idiomas incompleto</translation>
    </message>
    <message>
        <source>save_every_steps: must not be negative (0: only at the end of each epoch)</source>
        <translation>save_every_steps: no debe ser negativo (0: solo al final de cada época)</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Epoch %1, step %2 of %3, loss %4, %5 examples/s, %6 left</source>
        <translation>Época %1, paso %2 de %3, pérdida %4, %5 ejemplos/s, quedan %6</translation>
    </message>
</context>
<context>
    <name>WordPiece</name>
    <message>
        <source>not UTF-8 (ill-formed byte sequence at byte %1)</source>
        <translation>no es UTF-8 (secuencia de bytes mal formada en el byte %1)</translation>
    </message>
    <message>
        <source>the vocabulary has no %1 token</source>
        <translation>el vocabulario no tiene el token %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Open a dataset first.</source>
        <translation>Abra primero un conjunto de datos.</translation>
    </message>
    <message>
        <source>Open a teacher or a student model first.</source>
        <translation>Abra primero un modelo profesor o estudiante.</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>Evaluando</translation>
    </message>
    <message>
        <source>pair %1 of %2 (%3), %4 examples/s, %5 s left</source>
        <translation>par %1 de %2 (%3), %4 ejemplos/s, quedan %5 s</translation>
    </message>
    <message numerus="yes">
        <source>%n language(s), %1 pairs</source>
        <translation>
            <numerusform>%n idioma, %1 pares</numerusform>
            <numerusform>%n idiomas, %1 pares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 parameters, %3, %4</source>
        <translation>%1, %2 parámetros, %3, %4</translation>
    </message>
    <message>
        <source>This run computed in %1, the compared run in %2: the differences include the precision&apos;s</source>
        <translation>Esta ejecución calculó en %1 y la ejecución comparada en %2: las diferencias incluyen las de la precisión</translation>
    </message>
</context>
<context>
    <name>ZipDirectory</name>
    <message>
        <source>zip directory points past the end of the file (truncated?)</source>
        <translation>el directorio zip apunta más allá del final del archivo (¿truncado?)</translation>
    </message>
    <message>
        <source>zip entry name runs past the end of the file</source>
        <translation>el nombre de una entrada zip sobrepasa el final del archivo</translation>
    </message>
    <message>
        <source>too short for a zip archive</source>
        <translation>demasiado corto para un archivo zip</translation>
    </message>
    <message>
        <source>no zip end-of-directory record (truncated?)</source>
        <translation>no hay registro de fin de directorio zip (¿truncado?)</translation>
    </message>
    <message>
        <source>damaged zip64 end-of-directory record</source>
        <translation>registro de fin de directorio zip64 dañado</translation>
    </message>
    <message>
        <source>damaged zip central directory</source>
        <translation>directorio central zip dañado</translation>
    </message>
    <message>
        <source>zip entry %1: damaged local header</source>
        <translation>entrada zip %1: cabecera local dañada</translation>
    </message>
    <message>
        <source>zip entry %1 runs past the end of the file (truncated?)</source>
        <translation>la entrada zip %1 sobrepasa el final del archivo (¿truncado?)</translation>
    </message>
</context>
<context>
    <name>xlqa::DocumentTree</name>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>en curso o interrumpida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>%1 of %2 pairs, %3</source>
        <translation>%1 de %2 pares, %3</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparada con</translation>
    </message>
</context>
<context>
    <name>xlqa::EvaluationDialog</name>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>All pairs (XLT and G-XLT)</source>
        <translation>Todos los pares (XLT y G-XLT)</translation>
    </message>
    <message>
        <source>XLT: same language (diagonal)</source>
        <translation>XLT: mismo idioma (diagonal)</translation>
    </message>
    <message>
        <source>G-XLT: different languages</source>
        <translation>G-XLT: idiomas distintos</translation>
    </message>
    <message>
        <source>These pairs…</source>
        <translation>Estos pares…</translation>
    </message>
    <message>
        <source>en-es, es-en, de-zh</source>
        <translation>en-es, es-en, de-zh</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Carpeta de la ejecución</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Continue the run already in this folder</source>
        <translation>Continuar la ejecución que ya está en esta carpeta</translation>
    </message>
    <message>
        <source>MLQA (language-aware normalisation)</source>
        <translation>MLQA (normalización según el idioma)</translation>
    </message>
    <message>
        <source>SQuAD v1.1</source>
        <translation>SQuAD v1.1</translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation>Pares de idiomas</translation>
    </message>
    <message>
        <source>Examples per pair</source>
        <translation>Ejemplos por par</translation>
    </message>
    <message>
        <source>Official score</source>
        <translation>Puntuación oficial</translation>
    </message>
    <message>
        <source>Write sbatch script…</source>
        <translation>Escribir script de sbatch…</translation>
    </message>
    <message>
        <source>Write this evaluation as a Slurm array job instead of running it here</source>
        <translation>Escribir esta evaluación como un trabajo de array de Slurm en lugar de ejecutarla aquí</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleBrowser</name>
    <message>
        <source>Question language - context language</source>
        <translation>Idioma de la pregunta - idioma del contexto</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Failing only:</source>
        <translation>Solo fallos:</translation>
    </message>
    <message>
        <source>teacher or student</source>
        <translation>profesor o estudiante</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>An answer is wrong when its F1 (0-100) is below this, right otherwise</source>
        <translation>Una respuesta es incorrecta si su F1 (0-100) es inferior a este valor; si no, es correcta</translation>
    </message>
    <message>
        <source>F1 below</source>
        <translation>F1 inferior a</translation>
    </message>
    <message>
        <source>Teacher right, student wrong</source>
        <translation>Profesor acierta, estudiante falla</translation>
    </message>
    <message>
        <source>Student right, teacher wrong</source>
        <translation>Estudiante acierta, profesor falla</translation>
    </message>
    <message>
        <source>Search ids, gold answers and predictions</source>
        <translation>Buscar en ids, respuestas de referencia y predicciones</translation>
    </message>
    <message>
        <source>Tagged only</source>
        <translation>Solo etiquetados</translation>
    </message>
    <message>
        <source>Export tags as CSV…</source>
        <translation>Exportar etiquetas como CSV…</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 examples</source>
        <translation>%1 de %2 ejemplos</translation>
    </message>
    <message>
        <source>Export tags as CSV</source>
        <translation>Exportar etiquetas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Teacher vs student: any</source>
        <translation>Profesor frente a estudiante: cualquiera</translation>
    </message>
    <message>
        <source>Student moved the gold to rank 1</source>
        <translation>El estudiante llevó la referencia al puesto 1</translation>
    </message>
    <message>
        <source>The student&apos;s best span is the gold answer; the teacher ranked it lower or not among its kept spans</source>
        <translation>El mejor fragmento del estudiante es la respuesta de referencia; el profesor la puso más abajo o no entre sus fragmentos guardados</translation>
    </message>
    <message>
        <source>Show this question in every language pair</source>
        <translation>Mostrar esta pregunta en todos los pares de idiomas</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleDetailView</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Gold answer</source>
        <translation>Respuesta de referencia</translation>
    </message>
    <message>
        <source>Teacher&apos;s answer (upper bar)</source>
        <translation>Respuesta del profesor (barra superior)</translation>
    </message>
    <message>
        <source>Student&apos;s answer (lower bar)</source>
        <translation>Respuesta del estudiante (barra inferior)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
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
        <translation>Mejores fragmentos</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Choose or type a label</source>
        <translation>Elija o escriba una etiqueta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save tag</source>
        <translation>Guardar etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>No example selected</source>
        <translation>Ningún ejemplo seleccionado</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>No gold answer</source>
        <translation>Sin respuesta de referencia</translation>
    </message>
    <message>
        <source>Gold: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>The question and the context are not available: the run keeps scores, not texts. Open the run&apos;s dataset to read them.</source>
        <translation>La pregunta y el contexto no están disponibles: la ejecución guarda puntuaciones, no textos. Abra el conjunto de datos de la ejecución para leerlos.</translation>
    </message>
    <message>
        <source>The gold answer&apos;s position in the context is not known; it is not marked.</source>
        <translation>Se desconoce la posición de la respuesta de referencia en el contexto; no se marca.</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>Tagged; last changed %1</source>
        <translation>Etiquetado; último cambio: %1</translation>
    </message>
    <message>
        <source>Tags are unavailable: no run is open.</source>
        <translation>Las etiquetas no están disponibles: no hay ninguna ejecución abierta.</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Tag not saved</source>
        <translation>Etiqueta no guardada</translation>
    </message>
    <message>
        <source>The tag could not be saved.

%1</source>
        <translation>No se pudo guardar la etiqueta.

%1</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleInspector</name>
    <message>
        <source>Inspecting %1</source>
        <translation>Inspeccionando %1</translation>
    </message>
    <message>
        <source>Cannot inspect the example</source>
        <translation>No se puede inspeccionar el ejemplo</translation>
    </message>
</context>
<context>
    <name>xlqa::ExampleTableModel</name>
    <message>
        <source>Question language - context language</source>
        <translation>Idioma de la pregunta - idioma del contexto</translation>
    </message>
    <message>
        <source>Per-example F1 as the official script computes it, 0-100</source>
        <translation>F1 por ejemplo según el script oficial, 0-100</translation>
    </message>
    <message>
        <source>Student F1 minus teacher F1</source>
        <translation>F1 del estudiante menos F1 del profesor</translation>
    </message>
    <message>
        <source>The annotator&apos;s tag; hover a tag to read its note</source>
        <translation>Etiqueta del anotador; pase el cursor sobre una etiqueta para leer su nota</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Teacher prediction</source>
        <translation>Predicción del profesor</translation>
    </message>
    <message>
        <source>Teacher F1</source>
        <translation>F1 del profesor</translation>
    </message>
    <message>
        <source>Student prediction</source>
        <translation>Predicción del estudiante</translation>
    </message>
    <message>
        <source>Student F1</source>
        <translation>F1 del estudiante</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>ΔF1</source>
        <translation>ΔF1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Where the gold answer is in the model&apos;s n-best list (1: its prediction); &quot;&gt; %1&quot;: not among the %1 spans the run kept</source>
        <translation>Posición de la respuesta de referencia en la lista n-best del modelo (1: su predicción); «&gt; %1»: no está entre los %1 fragmentos que guardó la ejecución</translation>
    </message>
    <message>
        <source>Teacher gold rank</source>
        <translation type="vanished">Puesto de la referencia (profesor)</translation>
    </message>
    <message>
        <source>Student gold rank</source>
        <translation type="vanished">Puesto de la referencia (estudiante)</translation>
    </message>
    <message>
        <source>Teacher rank</source>
        <translation>Puesto (profesor)</translation>
    </message>
    <message>
        <source>Student rank</source>
        <translation>Puesto (estudiante)</translation>
    </message>
</context>
<context>
    <name>xlqa::GoldRankView</name>
    <message>
        <source>Pairs:</source>
        <translation>Pares:</translation>
    </message>
    <message>
        <source>Show the examples the student moved to rank 1</source>
        <translation>Mostrar los ejemplos que el estudiante llevó al puesto 1</translation>
    </message>
    <message>
        <source>k (spans looked at, best first)</source>
        <translation>k (fragmentos considerados, el mejor primero)</translation>
    </message>
    <message>
        <source>EM@k: gold among the top k (%)</source>
        <translation>EM@k: referencia entre los k primeros (%)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>All pairs (G-XLT mean)</source>
        <translation>Todos los pares (media G-XLT)</translation>
    </message>
    <message>
        <source>Same-language pairs (XLT mean)</source>
        <translation>Pares del mismo idioma (media XLT)</translation>
    </message>
    <message>
        <source>Open a run to see where the gold answer sits in each model&apos;s n-best list.</source>
        <translation>Abra una ejecución para ver dónde queda la respuesta de referencia en la lista n-best de cada modelo.</translation>
    </message>
    <message>
        <source>The student moved the gold to rank 1 in %1 of %2 examples.</source>
        <translation>El estudiante llevó la referencia al puesto 1 en %1 de %2 ejemplos.</translation>
    </message>
    <message>
        <source>EM@1 %1 → %2, EM@%3 %4 → %5 (teacher → student); the run kept %3 spans per example, so EM@k is known up to k = %3.</source>
        <translation>EM@1 %1 → %2, EM@%3 %4 → %5 (profesor → estudiante); la ejecución guardó %3 fragmentos por ejemplo, así que EM@k se conoce hasta k = %3.</translation>
    </message>
</context>
<context>
    <name>xlqa::HeatmapView</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
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
        <translation>Coincidencia exacta</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student − teacher</source>
        <translation>Estudiante − profesor</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG, SVG or PDF</source>
        <translation>Guardar el mapa de calor como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the displayed matrix as CSV</source>
        <translation>Guardar la matriz mostrada como CSV</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>Context language</source>
        <translation>Idioma del contexto</translation>
    </message>
    <message>
        <source>Question language</source>
        <translation>Idioma de la pregunta</translation>
    </message>
    <message>
        <source>No completed pairs in this run yet</source>
        <translation>Esta ejecución aún no tiene pares completados</translation>
    </message>
    <message>
        <source>This run has no teacher scores</source>
        <translation>Esta ejecución no tiene puntuaciones del profesor</translation>
    </message>
    <message>
        <source>This run has no student scores</source>
        <translation>Esta ejecución no tiene puntuaciones del estudiante</translation>
    </message>
    <message>
        <source>Student − teacher needs pairs that both models were scored on</source>
        <translation>Estudiante − profesor requiere pares puntuados con ambos modelos</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>coincidencia exacta</translation>
    </message>
    <message>
        <source>Teacher %1 (%)</source>
        <translation>Profesor: %1 (%)</translation>
    </message>
    <message>
        <source>Student %1 (%)</source>
        <translation>Estudiante: %1 (%)</translation>
    </message>
    <message>
        <source>Student − teacher %1 (points)</source>
        <translation>Estudiante − profesor: %1 (puntos)</translation>
    </message>
    <message>
        <source>XLT (diagonal) average: %1     G-XLT average (all pairs): %2     Off-diagonal average: %3</source>
        <translation>Media XLT (diagonal): %1     Media G-XLT (todos los pares): %2     Media fuera de la diagonal: %3</translation>
    </message>
    <message>
        <source>No significance tests were computed for this run</source>
        <translation>No se calcularon pruebas de significación para esta ejecución</translation>
    </message>
    <message>
        <source>(faded, in parentheses): not significant, p ≥ 0.05 (Wilcoxon signed-rank test on per-example F1)</source>
        <translation>(atenuado, entre paréntesis): no significativo, p ≥ 0.05 (prueba de rangos con signo de Wilcoxon sobre el F1 por ejemplo)</translation>
    </message>
    <message>
        <source>Significance is tested on F1; choose F1 to see it</source>
        <translation>La significación se prueba sobre F1; elija F1 para verla</translation>
    </message>
    <message>
        <source>Student − teacher (points)</source>
        <translation>Estudiante − profesor (puntos)</translation>
    </message>
    <message>
        <source>F1 (%)</source>
        <translation>F1 (%)</translation>
    </message>
    <message>
        <source>Exact match (%)</source>
        <translation>Coincidencia exacta (%)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>Question: %1    Context: %2</source>
        <translation>Pregunta: %1    Contexto: %2</translation>
    </message>
    <message>
        <source>Not evaluated in this run</source>
        <translation>No evaluado en esta ejecución</translation>
    </message>
    <message>
        <source>1 example</source>
        <translation>1 ejemplo</translation>
    </message>
    <message>
        <source>%1 examples</source>
        <translation>%1 ejemplos</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Profesor: %1</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Estudiante: %1</translation>
    </message>
    <message>
        <source>Δ F1 (student − teacher): %1</source>
        <translation>Δ F1 (estudiante − profesor): %1</translation>
    </message>
    <message>
        <source>p = %1 (Wilcoxon signed-rank, %2)</source>
        <translation>p = %1 (rangos con signo de Wilcoxon, %2)</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significativo</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>no significativo</translation>
    </message>
    <message>
        <source>p: not computed</source>
        <translation>p: no calculado</translation>
    </message>
    <message>
        <source>Question language %1: mean over context languages %2</source>
        <translation>Idioma de la pregunta %1: media sobre los idiomas de contexto %2</translation>
    </message>
    <message>
        <source>Context language %1: mean over question languages %2</source>
        <translation>Idioma del contexto %1: media sobre los idiomas de pregunta %2</translation>
    </message>
    <message>
        <source>G-XLT average (all pairs): %1</source>
        <translation>Media G-XLT (todos los pares): %1</translation>
    </message>
    <message>
        <source>There is no heatmap to export: %1</source>
        <translation>No hay ningún mapa de calor que exportar: %1</translation>
    </message>
    <message>
        <source>Unknown image type “%1”: use .png, .svg or .pdf</source>
        <translation>Tipo de imagen desconocido «%1»: use .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>There is no matrix to export: %1</source>
        <translation>No hay ninguna matriz que exportar: %1</translation>
    </message>
    <message>
        <source>Export heatmap image</source>
        <translation>Exportar imagen del mapa de calor</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>Exportar matriz como CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>Compared run − this run</source>
        <translation>Ejecución comparada − esta ejecución</translation>
    </message>
    <message>
        <source>The compared run shares no scored pair with this run</source>
        <translation>La ejecución comparada no comparte ningún par puntuado con esta</translation>
    </message>
    <message>
        <source>Choose File → Compare with run… to set another run against this one</source>
        <translation>Elija Archivo → Comparar con ejecución… para enfrentar otra ejecución a esta</translation>
    </message>
    <message>
        <source>%1 − this run, %2 %3 (points)</source>
        <translation>%1 − esta ejecución, %3 del %2 (puntos)</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Comparada con %1</translation>
    </message>
    <message>
        <source>Compared run − this run (points)</source>
        <translation>Ejecución comparada − esta (puntos)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Δ F1 (%1 − this run): %2</source>
        <translation>Δ F1 (%1 − esta ejecución): %2</translation>
    </message>
    <message>
        <source>XLT %1 · G-XLT %2</source>
        <translation>XLT %1 · G-XLT %2</translation>
    </message>
    <message>
        <source>±: %1% interval, paired bootstrap over questions (%2 resamples)</source>
        <translation>±: intervalo del %1%, bootstrap pareado sobre las preguntas (%2 remuestreos)</translation>
    </message>
    <message>
        <source>Show a question of %1 in every language pair</source>
        <translation>Mostrar una pregunta de %1 en todos los pares de idiomas</translation>
    </message>
</context>
<context>
    <name>xlqa::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;teacher model…</source>
        <translation>Abrir modelo &amp;profesor…</translation>
    </message>
    <message>
        <source>Teacher model folder</source>
        <translation>Carpeta del modelo profesor</translation>
    </message>
    <message>
        <source>Open &amp;student model…</source>
        <translation>Abrir modelo &amp;estudiante…</translation>
    </message>
    <message>
        <source>Student model folder</source>
        <translation>Carpeta del modelo estudiante</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>Abrir &amp;conjunto de datos…</translation>
    </message>
    <message>
        <source>Dataset files (SQuAD format)</source>
        <translation>Archivos del conjunto de datos (formato SQuAD)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>Abrir e&amp;jecución…</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Carpeta de la ejecución</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Survey the teacher&apos;s mAP@k coefficients</source>
        <translation>Examinar los coeficientes mAP@k del profesor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About XLQA Studio</source>
        <translation>Acerca &amp;de XLQA Studio</translation>
    </message>
    <message>
        <source>About XLQA Studio</source>
        <translation>Acerca de XLQA Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;XLQA Studio&lt;/b&gt; %1&lt;br&gt;Cross-lingual extractive question answering workbench.</source>
        <translation>&lt;b&gt;XLQA Studio&lt;/b&gt; %1&lt;br&gt;Entorno de trabajo para respuesta extractiva a preguntas entre idiomas.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Span probabilities</source>
        <translation>Probabilidades de fragmentos</translation>
    </message>
    <message>
        <source>mAP@k</source>
        <translation>mAP@k</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Busy: wait for the current task or cancel it</source>
        <translation>Ocupado: espere a que termine la tarea actual o cancélela</translation>
    </message>
    <message>
        <source>No translation for %1</source>
        <translation type="vanished">No hay traducción para %1</translation>
    </message>
    <message>
        <source>&amp;Compare with run…</source>
        <translation>&amp;Comparar con ejecución…</translation>
    </message>
    <message>
        <source>Run to compare with the open one</source>
        <translation>Ejecución que comparar con la abierta</translation>
    </message>
    <message>
        <source>A training is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Stop the training and quit? A checkpoint is saved; Resume in the Training tab continues it.</source>
        <translation>¿Detener el entrenamiento y salir? Se guarda un punto de control; Reanudar, en la pestaña Entrenamiento, lo continúa.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Training started</source>
        <translation>Entrenamiento iniciado</translation>
    </message>
    <message>
        <source>A training is running: switch the language once it has finished or been cancelled</source>
        <translation>Hay un entrenamiento en curso: cambie el idioma cuando haya terminado o se haya cancelado</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Open the demo at start</source>
        <translation>Abrir la demostración al inicio</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Question grid</source>
        <translation>Cuadrícula de la pregunta</translation>
    </message>
    <message>
        <source>EM@k</source>
        <translation>EM@k</translation>
    </message>
    <message>
        <source>Cannot write the script</source>
        <translation>No se puede escribir el script</translation>
    </message>
    <message>
        <source>Open a dataset and a teacher or a student model first.</source>
        <translation>Abra primero un conjunto de datos y un modelo profesor o estudiante.</translation>
    </message>
    <message>
        <source>Wrote %1: submit it with sbatch</source>
        <translation>Se escribió %1: envíelo con sbatch</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>xlqa::MapAtKView</name>
    <message>
        <source>This example</source>
        <translation>Este ejemplo</translation>
    </message>
    <message>
        <source>Across the dataset</source>
        <translation>En todo el conjunto de datos</translation>
    </message>
    <message>
        <source>How many of the teacher&apos;s best start (and end) positions are ranked</source>
        <translation>Cuántas de las mejores posiciones de inicio (y fin) del profesor se clasifican</translation>
    </message>
    <message>
        <source>mAP@k counts a top-k position as a hit within this many tokens of gold</source>
        <translation>mAP@k cuenta una posición top-k como acierto si está a esta distancia en tokens de la referencia</translation>
    </message>
    <message>
        <source>Symmetric window</source>
        <translation>Ventana simétrica</translation>
    </message>
    <message>
        <source>Off: gold − w … gold + w − 1, as the reference code&apos;s range(g − w, g + w). On: gold − w … gold + w.</source>
        <translation>Desactivada: ref − w … ref + w − 1, como range(g − w, g + w) del código de referencia. Activada: ref − w … ref + w.</translation>
    </message>
    <message>
        <source>mAP@k: hit within the window</source>
        <translation>mAP@k: acierto dentro de la ventana</translation>
    </message>
    <message>
        <source>MRR@k: hit at gold exactly</source>
        <translation>MRR@k: acierto exactamente en la referencia</translation>
    </message>
    <message>
        <source>Coefficient:</source>
        <translation>Coeficiente:</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>α_CE:</source>
        <translation>α_CE:</translation>
    </message>
    <message>
        <source>teacher P(start)</source>
        <translation>profesor P(inicio)</translation>
    </message>
    <message>
        <source>teacher P(end)</source>
        <translation>profesor P(fin)</translation>
    </message>
    <message>
        <source>gold answer</source>
        <translation>respuesta de referencia</translation>
    </message>
    <message>
        <source>context tokens of the gold window</source>
        <translation>tokens de contexto de la ventana de referencia</translation>
    </message>
    <message>
        <source>gold one-hot (CE target)</source>
        <translation>one-hot de referencia (objetivo CE)</translation>
    </message>
    <message>
        <source>teacher at T (KL target)</source>
        <translation>profesor a T (objetivo KL)</translation>
    </message>
    <message>
        <source>blended target</source>
        <translation>objetivo mezclado</translation>
    </message>
    <message>
        <source>start target</source>
        <translation>objetivo de inicio</translation>
    </message>
    <message>
        <source>end target</source>
        <translation>objetivo de fin</translation>
    </message>
    <message>
        <source>coefficient per example</source>
        <translation>coeficiente por ejemplo</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>ejemplos</translation>
    </message>
    <message>
        <source>mean coefficient</source>
        <translation>coeficiente medio</translation>
    </message>
    <message>
        <source>no example</source>
        <translation>ningún ejemplo</translation>
    </message>
    <message>
        <source>none: no window holds the whole gold answer</source>
        <translation>ninguna: ninguna ventana contiene toda la respuesta de referencia</translation>
    </message>
    <message>
        <source>teacher soft labels at T = %1</source>
        <translation>etiquetas suaves del profesor con T = %1</translation>
    </message>
    <message>
        <source>top-%1 hit</source>
        <translation>acierto top-%1</translation>
    </message>
    <message>
        <source>top-%1 miss</source>
        <translation>fallo top-%1</translation>
    </message>
    <message>
        <source>hit window: %1</source>
        <translation>ventana de acierto: %1</translation>
    </message>
    <message>
        <source>Open an example to see how far the student trusts the teacher on it.</source>
        <translation>Abra un ejemplo para ver cuánto confía el estudiante en el profesor en ese ejemplo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No coefficient&lt;/b&gt;: no window holds the whole gold answer, so there are no gold positions to rank the teacher&apos;s top-%1 against. The soft labels of the first window are shown.</source>
        <translation>&lt;b&gt;Sin coeficiente&lt;/b&gt;: ninguna ventana contiene toda la respuesta de referencia, así que no hay posiciones de referencia con las que clasificar el top-%1 del profesor. Se muestran las etiquetas suaves de la primera ventana.</translation>
    </message>
    <message>
        <source>%1: AP = %2, no hit in the top %3</source>
        <translation>%1: AP = %2, ningún acierto en el top %3</translation>
    </message>
    <message>
        <source>%1: AP = %2, first hit at rank %3</source>
        <translation>%1: AP = %2, primer acierto en la posición %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n of the top positions fall outside the context)</source>
        <translation>
            <numerusform> (%n de las mejores posiciones queda fuera del contexto)</numerusform>
            <numerusform> (%n de las mejores posiciones quedan fuera del contexto)</numerusform>
        </translation>
    </message>
    <message>
        <source> Gold window %1 of %2.</source>
        <translation> Ventana de referencia %1 de %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 coefficient c = %2&lt;/b&gt; &amp;nbsp; (hit: %3; c = mean of the start and end AP).%4&lt;br&gt;%5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;Coeficiente %1 c = %2&lt;/b&gt; &amp;nbsp; (acierto: %3; c = media del AP de inicio y de fin).%4&lt;br&gt;%5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No survey yet: it ranks the teacher&apos;s top-k on every example&apos;s gold window over the selected pairs.</source>
        <translation>Aún no hay examen: clasifica el top-k del profesor en la ventana de referencia de cada ejemplo de los pares seleccionados.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) over %1 language pair(s); mean coefficient %2 (dashed line). High cells: pairs where the teacher is trusted.</source>
        <translation>
            <numerusform>%n ejemplo en %1 par(es) de idiomas; coeficiente medio %2 (línea discontinua). Celdas altas: pares en los que se confía en el profesor.</numerusform>
            <numerusform>%n ejemplos en %1 par(es) de idiomas; coeficiente medio %2 (línea discontinua). Celdas altas: pares en los que se confía en el profesor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logarithmic probability axis</source>
        <translation>Eje de probabilidad logarítmico</translation>
    </message>
    <message>
        <source>Shows the teacher&apos;s mass away from gold, which a linear axis flattens</source>
        <translation>Muestra la masa del profesor lejos de la referencia, que un eje lineal aplana</translation>
    </message>
    <message>
        <source>Weight of the cross-entropy to the gold labels in α_CE·CE + c·KL</source>
        <translation>Peso de la entropía cruzada respecto a las etiquetas de referencia en α_CE·CE + c·KL</translation>
    </message>
    <message>
        <source>The target plot shows where α_CE·CE + c·KL pulls the student: its minimum is (α_CE·one-hot + c·teacher) / (α_CE + c). This is exact at T = 1; at other temperatures the KL term compares tempered distributions, so the blend is indicative.</source>
        <translation>El gráfico de objetivos muestra hacia dónde lleva α_CE·CE + c·KL al estudiante: su mínimo es (α_CE·one-hot + c·profesor) / (α_CE + c). Es exacto con T = 1; con otras temperaturas el término KL compara distribuciones atemperadas, así que la mezcla es orientativa.</translation>
    </message>
</context>
<context>
    <name>xlqa::ParallelGridView</name>
    <message>
        <source>no result</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Rows: question language; columns: context language. T = teacher, S = student: ✓ exact match, then F1. &lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;student only right&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;teacher only right&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;both right&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;both wrong&amp;nbsp;&lt;/span&gt;. Click a cell to open that example.</source>
        <translation>Filas: idioma de la pregunta; columnas: idioma del contexto. P = profesor, E = estudiante: ✓ coincidencia exacta, luego F1. &lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;solo el estudiante acierta&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;solo el profesor acierta&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;ambos aciertan&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;ambos fallan&amp;nbsp;&lt;/span&gt;. Pulse una celda para abrir ese ejemplo.</translation>
    </message>
    <message>
        <source>Open an example (or right-click one in the Examples tab, or a heatmap cell) to see its question in every language pair.</source>
        <translation>Abra un ejemplo (o haga clic derecho en uno de la pestaña Ejemplos, o en una celda del mapa de calor) para ver su pregunta en todos los pares de idiomas.</translation>
    </message>
    <message>
        <source>Question &lt;b&gt;%1&lt;/b&gt;: the student alone is right in %2 pairs, the teacher alone in %3; both right in %4, both wrong in %5 (%6 pairs hold the question).</source>
        <translation>Pregunta &lt;b&gt;%1&lt;/b&gt;: solo el estudiante acierta en %2 pares, solo el profesor en %3; ambos aciertan en %4 y ambos fallan en %5 (%6 pares contienen la pregunta).</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>P %1</translation>
    </message>
    <message>
        <source>C %1</source>
        <translation>C %1</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>no such question</source>
        <translation>no existe la pregunta</translation>
    </message>
    <message>
        <source>T</source>
        <translation>P</translation>
    </message>
    <message>
        <source>S</source>
        <translation>E</translation>
    </message>
    <message>
        <source>%1
Gold: %2
Teacher: %3
Student: %4</source>
        <translation>%1
Referencia: %2
Profesor: %3
Estudiante: %4</translation>
    </message>
</context>
<context>
    <name>xlqa::PrecisionMenu</name>
    <message>
        <source>Model &amp;precision</source>
        <translation>Precisión del &amp;modelo</translation>
    </message>
    <message>
        <source>Compute in 32-bit floats: the reference precision</source>
        <translation>Calcular con coma flotante de 32 bits: la precisión de referencia</translation>
    </message>
    <message>
        <source>Compute in bfloat16: half the memory of fp32. This CPU: %1</source>
        <translation>Calcular en bfloat16: la mitad de memoria que fp32. Esta CPU: %1</translation>
    </message>
    <message>
        <source>Compute in float16 on the GPU: half the memory of fp32</source>
        <translation>Calcular en float16 en la GPU: la mitad de memoria que fp32</translation>
    </message>
    <message>
        <source>fp16 needs a CUDA GPU: LibTorch has no float16 matrix kernels for the CPU</source>
        <translation>fp16 necesita una GPU CUDA: LibTorch no tiene núcleos de matrices float16 para la CPU</translation>
    </message>
    <message>
        <source>fp32 (default)</source>
        <translation>fp32 (predeterminado)</translation>
    </message>
    <message>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <source>fp16 (CUDA GPU)</source>
        <translation>fp16 (GPU CUDA)</translation>
    </message>
</context>
<context>
    <name>xlqa::PresenterMode</name>
    <message>
        <source>The difference, pair by pair</source>
        <translation>La diferencia, par a par</translation>
    </message>
    <message>
        <source>Student − teacher F1 for every question × context language: purple where self-distillation helped, faded where the change is not significant.</source>
        <translation>F1 del alumno − maestro para cada idioma de pregunta × contexto: morado donde la autodestilación ayudó, atenuado donde el cambio no es significativo.</translation>
    </message>
    <message>
        <source>Where the student gains most</source>
        <translation>Donde más gana el alumno</translation>
    </message>
    <message>
        <source>%1: every question of the pair, with both models&apos; answers and F1.</source>
        <translation>%1: cada pregunta del par, con las respuestas y el F1 de ambos modelos.</translation>
    </message>
    <message>
        <source>An answer only the student finds</source>
        <translation>Una respuesta que solo encuentra el alumno</translation>
    </message>
    <message>
        <source>Where each model puts its probability over the context: the student on the gold answer, the teacher elsewhere.</source>
        <translation>Dónde pone cada modelo su probabilidad sobre el contexto: el alumno en la respuesta correcta, el maestro en otra parte.</translation>
    </message>
    <message>
        <source>How mAP@k weighs the teacher</source>
        <translation>Cómo pondera mAP@k al maestro</translation>
    </message>
    <message>
        <source>The teacher&apos;s soft labels count as much as its top-k starts and ends land near the gold: mAP@k sets the weight of the distillation loss.</source>
        <translation>Las etiquetas suaves del maestro cuentan tanto como sus k mejores inicios y finales caen cerca de la respuesta correcta: mAP@k fija el peso de la pérdida de destilación.</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Leave presenter mode (Esc)</source>
        <translation>Salir del modo presentación (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>xlqa::SlurmJobDialog</name>
    <message>
        <source>Write an sbatch script</source>
        <translation>Escribir un script de sbatch</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Ranks per node</source>
        <translation>Rangos por nodo</translation>
    </message>
    <message>
        <source>Array tasks: each evaluates its share of the pairs into the same run folder</source>
        <translation>Tareas del array: cada una evalúa su parte de los pares en la misma carpeta de ejecución</translation>
    </message>
    <message>
        <source>Shards (array tasks)</source>
        <translation>Fragmentos (tareas del array)</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPU por tarea</translation>
    </message>
    <message>
        <source>Memory per node</source>
        <translation>Memoria por nodo</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>sbatch script</source>
        <translation>Script de sbatch</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts de shell (*.sh)</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
</context>
<context>
    <name>xlqa::SpanProbabilityView</name>
    <message>
        <source>gold exactly</source>
        <translation>exactamente la referencia</translation>
    </message>
    <message>
        <source>empty window</source>
        <translation>ventana vacía</translation>
    </message>
    <message>
        <source>gold %1 … %2</source>
        <translation>ref. %1 … %2</translation>
    </message>
    <message>
        <source>Long contexts are split into overlapping windows; the gold window is the first that holds the whole answer</source>
        <translation>Los contextos largos se dividen en ventanas solapadas; la ventana de referencia es la primera que contiene toda la respuesta</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>P(start)</source>
        <translation>P(inicio)</translation>
    </message>
    <message>
        <source>P(end)</source>
        <translation>P(fin)</translation>
    </message>
    <message>
        <source>gold answer</source>
        <translation>respuesta de referencia</translation>
    </message>
    <message>
        <source>context tokens of the window</source>
        <translation>tokens de contexto de la ventana</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>%1 of %2: context tokens %3–%4</source>
        <translation>%1 de %2: tokens de contexto %3–%4</translation>
    </message>
    <message>
        <source> (gold)</source>
        <translation> (referencia)</translation>
    </message>
    <message>
        <source>No example opened.</source>
        <translation>Ningún ejemplo abierto.</translation>
    </message>
    <message>
        <source>Gold answer: positions %1–%2 (starting at “%3”).</source>
        <translation>Respuesta de referencia: posiciones %1–%2 (empieza en «%3»).</translation>
    </message>
    <message>
        <source>This window does not hold the whole gold answer.</source>
        <translation>Esta ventana no contiene toda la respuesta de referencia.</translation>
    </message>
    <message>
        <source>No teacher in this run: the student alone.</source>
        <translation>No hay profesor en esta ejecución: solo el estudiante.</translation>
    </message>
    <message>
        <source>No student in this run: the teacher alone.</source>
        <translation>No hay estudiante en esta ejecución: solo el profesor.</translation>
    </message>
    <message>
        <source>The student splits this context into different tokens, so its probabilities are not drawn on the teacher&apos;s tokens.</source>
        <translation>El estudiante divide este contexto en tokens distintos, así que sus probabilidades no se dibujan sobre los tokens del profesor.</translation>
    </message>
    <message>
        <source>teacher top-%1</source>
        <translation>top-%1 del profesor</translation>
    </message>
    <message>
        <source>student top-%1</source>
        <translation>top-%1 del estudiante</translation>
    </message>
    <message>
        <source>mAP@k hit window: %1</source>
        <translation>ventana de acierto de mAP@k: %1</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <source>teacher P(start)</source>
        <translation>profesor P(inicio)</translation>
    </message>
    <message>
        <source>teacher P(end)</source>
        <translation>profesor P(fin)</translation>
    </message>
    <message>
        <source>student P(start)</source>
        <translation>estudiante P(inicio)</translation>
    </message>
    <message>
        <source>student P(end)</source>
        <translation>estudiante P(fin)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Context tokens in this window: %1.</source>
        <translation>Tokens de contexto en esta ventana: %1.</translation>
    </message>
</context>
<context>
    <name>xlqa::TemperatureControl</name>
    <message>
        <source>Softmax temperature T (logarithmic scale): higher T spreads the probability mass</source>
        <translation>Temperatura T del softmax (escala logarítmica): una T mayor reparte la masa de probabilidad</translation>
    </message>
    <message>
        <source>T = </source>
        <translation>T = </translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingJob</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>A training is running already</source>
        <translation>Ya hay un entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingMonitor</name>
    <message>
        <source>No training yet: fill in the settings and press Start.</source>
        <translation>Aún no hay entrenamiento: rellene los ajustes y pulse Iniciar.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
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
        <translation>paso del optimizador</translation>
    </message>
    <message>
        <source>KL weight (α_KL or coefficient)</source>
        <translation>peso de KL (α_KL o coeficiente)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>peso de KL</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
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
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Dev scores of the student after each epoch; select a row to see its heatmap</source>
        <translation>Puntuaciones de desarrollo del estudiante tras cada época; seleccione una fila para ver su mapa de calor</translation>
    </message>
    <message>
        <source>Open as student model</source>
        <translation>Abrir como modelo estudiante</translation>
    </message>
    <message>
        <source>Open the teacher/student heatmap</source>
        <translation>Abrir el mapa de calor profesor/estudiante</translation>
    </message>
    <message>
        <source>The latest epoch&apos;s dev heatmap appears here.</source>
        <translation>Aquí aparece el mapa de calor de desarrollo de la última época.</translation>
    </message>
    <message>
        <source>The epoch with the best dev G-XLT F1: kept in best/</source>
        <translation>La época con el mejor F1 G-XLT de desarrollo: se guarda en best/</translation>
    </message>
    <message>
        <source>Student after epoch %1 on the dev pairs</source>
        <translation>Estudiante tras la época %1 en los pares de desarrollo</translation>
    </message>
    <message>
        <source>The starting model (teacher) and the trained student on the dev pairs</source>
        <translation>El modelo inicial (profesor) y el estudiante entrenado en los pares de desarrollo</translation>
    </message>
    <message>
        <source>Cannot read the run: %1</source>
        <translation>No se puede leer la ejecución: %1</translation>
    </message>
    <message>
        <source>Set the selected epoch against another epoch: the heatmap shows the difference</source>
        <translation>Comparar la época seleccionada con otra: el mapa de calor muestra la diferencia</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>Frente a:</translation>
    </message>
    <message>
        <source>epoch (generation)</source>
        <translation>época (generación)</translation>
    </message>
    <message>
        <source>dev F1</source>
        <translation>F1 de desarrollo</translation>
    </message>
    <message>
        <source>nothing (the epoch&apos;s own scores)</source>
        <translation>nada (las puntuaciones de la época)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>Student after epoch %1 minus after %2, dev F1 per pair</source>
        <translation>Estudiante tras la época %1 menos tras la %2, F1 de desarrollo por par</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingPanel</name>
    <message>
        <source>Load config…</source>
        <translation>Cargar configuración…</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>Guardar configuración…</translation>
    </message>
    <message>
        <source>Show a training folder…</source>
        <translation>Mostrar una carpeta de entrenamiento…</translation>
    </message>
    <message>
        <source>Shows the curves and scores of an earlier training and puts its settings in the form</source>
        <translation>Muestra las curvas y puntuaciones de un entrenamiento anterior y pone sus ajustes en el formulario</translation>
    </message>
    <message>
        <source>Count steps</source>
        <translation>Contar pasos</translation>
    </message>
    <message>
        <source>Samples the training data and builds its windows (no model is loaded) to tell how many steps the training takes</source>
        <translation>Muestrea los datos de entrenamiento y construye sus ventanas (sin cargar ningún modelo) para saber cuántos pasos dura el entrenamiento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continues the training in the output folder from its last checkpoint</source>
        <translation>Continúa el entrenamiento de la carpeta de salida desde su último punto de control</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops after the current step and saves a checkpoint; Resume continues from it</source>
        <translation>Se detiene tras el paso actual y guarda un punto de control; Reanudar continúa desde él</translation>
    </message>
    <message>
        <source>Training output folder</source>
        <translation>Carpeta de salida del entrenamiento</translation>
    </message>
    <message>
        <source>The output folder is not empty: Resume continues the training in it, or choose a new folder to start afresh.</source>
        <translation>La carpeta de salida no está vacía: Reanudar continúa el entrenamiento que contiene, o elija una carpeta nueva para empezar de cero.</translation>
    </message>
    <message>
        <source>Load a training config</source>
        <translation>Cargar una configuración de entrenamiento</translation>
    </message>
    <message>
        <source>Training configs (*.json)</source>
        <translation>Configuraciones de entrenamiento (*.json)</translation>
    </message>
    <message>
        <source>Cannot load the config</source>
        <translation>No se puede cargar la configuración</translation>
    </message>
    <message>
        <source>Save the training config</source>
        <translation>Guardar la configuración de entrenamiento</translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation>No se puede guardar la configuración</translation>
    </message>
    <message>
        <source>Saved %1: run it with xlqa train --config %1</source>
        <translation>Guardada en %1: ejecútela con xlqa train --config %1</translation>
    </message>
    <message>
        <source>Counting steps</source>
        <translation>Contando pasos</translation>
    </message>
    <message>
        <source>Sampling the training data and building its windows…</source>
        <translation>Muestreando los datos de entrenamiento y construyendo sus ventanas…</translation>
    </message>
    <message>
        <source>Cannot count the steps</source>
        <translation>No se pueden contar los pasos</translation>
    </message>
    <message>
        <source>%1 questions, %2 examples, %3 windows: %4 steps per epoch, %5 in all</source>
        <translation>%1 preguntas, %2 ejemplos, %3 ventanas: %4 pasos por época, %5 en total</translation>
    </message>
    <message>
        <source>Preparing: %1</source>
        <translation>Preparando: %1</translation>
    </message>
    <message>
        <source>Resuming from the checkpoint…</source>
        <translation>Reanudando desde el punto de control…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling: saving a checkpoint…</source>
        <translation>Cancelando: guardando un punto de control…</translation>
    </message>
    <message>
        <source>The training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <source>Cancelled after step %1: Resume continues from the checkpoint.</source>
        <translation>Cancelado tras el paso %1: Reanudar continúa desde el punto de control.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n optimizer step(s).</source>
        <translation>
            <numerusform>Terminado: %n paso del optimizador.</numerusform>
            <numerusform>Terminado: %n pasos del optimizador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the training</source>
        <translation>No se puede mostrar el entrenamiento</translation>
    </message>
    <message>
        <source>Cannot read the training&apos;s config</source>
        <translation>No se puede leer la configuración del entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %3, %n epoch(s) scored</source>
        <translation>
            <numerusform>%1: paso %2 de %3, %n época puntuada</numerusform>
            <numerusform>%1: paso %2 de %3, %n épocas puntuadas</numerusform>
        </translation>
    </message>
    <message>
        <source>sbatch script…</source>
        <translation>Script de sbatch…</translation>
    </message>
    <message>
        <source>Write this training as a Slurm job of data-parallel ranks instead of running it here</source>
        <translation>Escribir este entrenamiento como un trabajo de Slurm con rangos en paralelo de datos en lugar de ejecutarlo aquí</translation>
    </message>
    <message>
        <source>Cannot write the script</source>
        <translation>No se puede escribir el script</translation>
    </message>
    <message>
        <source>Wrote %1 and %2: submit it with sbatch</source>
        <translation>Se escribieron %1 y %2: envíelo con sbatch</translation>
    </message>
</context>
<context>
    <name>xlqa::TrainingSettingsForm</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>One input a line: a file, a folder, or lang=path</source>
        <translation>Una entrada por línea: un archivo, una carpeta o lang=path</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Dataset files (SQuAD format)</source>
        <translation>Archivos del conjunto de datos (formato SQuAD)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>CE fine-tuning</source>
        <translation>Ajuste fino con CE</translation>
    </message>
    <message>
        <source>SKD (constant KL weight)</source>
        <translation>SKD (peso de KL constante)</translation>
    </message>
    <message>
        <source>SKD + mAP@k</source>
        <translation>SKD + mAP@k</translation>
    </message>
    <message>
        <source>Sets the loss settings of a published recipe; the other settings stay</source>
        <translation>Aplica los ajustes de pérdida de una receta publicada; los demás ajustes se mantienen</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Hugging Face model folder the student starts from</source>
        <translation>Carpeta del modelo de Hugging Face del que parte el estudiante</translation>
    </message>
    <message>
        <source>self (the student&apos;s start)</source>
        <translation>autodestilación (el estudiante inicial)</translation>
    </message>
    <message>
        <source>Empty: self-distillation, the teacher is the student&apos;s starting point. A folder: that teacher, frozen.</source>
        <translation>Vacío: autodestilación, el profesor es el punto de partida del estudiante. Una carpeta: ese profesor, congelado.</translation>
    </message>
    <message>
        <source>Renew the teacher each epoch</source>
        <translation>Renovar el profesor en cada época</translation>
    </message>
    <message>
        <source>Self-distillation only: the student at the start of each epoch becomes its teacher (one generation per epoch)</source>
        <translation>Solo en autodestilación: el estudiante al inicio de cada época pasa a ser su profesor (una generación por época)</translation>
    </message>
    <message>
        <source>Teacher model folder</source>
        <translation>Carpeta del modelo profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student model folder</source>
        <translation>Carpeta del modelo estudiante</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>all languages of the data (or: en, es, de)</source>
        <translation>todos los idiomas de los datos (o: en, es, de)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Non-English context languages drawn per question</source>
        <translation>Idiomas de contexto distintos del inglés sorteados por pregunta</translation>
    </message>
    <message>
        <source>Add English</source>
        <translation>Añadir inglés</translation>
    </message>
    <message>
        <source>English is trained on for every question, besides the drawn target languages</source>
        <translation>Se entrena con inglés en cada pregunta, además de los idiomas objetivo sorteados</translation>
    </message>
    <message>
        <source>The first questions of the English file are used</source>
        <translation>Se usan las primeras preguntas del archivo en inglés</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Targets per question</source>
        <translation>Objetivos por pregunta</translation>
    </message>
    <message>
        <source>Questions at most</source>
        <translation>Preguntas como máximo</translation>
    </message>
    <message>
        <source>Max sequence length</source>
        <translation>Longitud máx. de secuencia</translation>
    </message>
    <message>
        <source>Document stride</source>
        <translation>Paso del documento</translation>
    </message>
    <message>
        <source>Max question length</source>
        <translation>Longitud máx. de pregunta</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Distil from a teacher</source>
        <translation>Destilar de un profesor</translation>
    </message>
    <message>
        <source>Off: plain cross-entropy fine-tuning, no teacher is loaded</source>
        <translation>Desactivado: ajuste fino solo con entropía cruzada, no se carga ningún profesor</translation>
    </message>
    <message>
        <source>The KL weight when the weighting is constant</source>
        <translation>El peso de KL cuando la ponderación es constante</translation>
    </message>
    <message>
        <source>Forward: KL(teacher ‖ student)</source>
        <translation>Directa: KL(profesor ‖ estudiante)</translation>
    </message>
    <message>
        <source>Reverse: KL(student ‖ teacher)</source>
        <translation>Inversa: KL(estudiante ‖ profesor)</translation>
    </message>
    <message>
        <source>Symmetric: both</source>
        <translation>Simétrica: ambas</translation>
    </message>
    <message>
        <source>Constant (α_KL)</source>
        <translation>Constante (α_KL)</translation>
    </message>
    <message>
        <source>mAP@k of the teacher, per batch</source>
        <translation>mAP@k del profesor, por lote</translation>
    </message>
    <message>
        <source>MRR@k of the teacher, per batch</source>
        <translation>MRR@k del profesor, por lote</translation>
    </message>
    <message>
        <source>mAP@k counts a top-k position as a hit within this many tokens of gold</source>
        <translation>mAP@k cuenta una posición top-k como acierto si está a esta distancia en tokens de la referencia</translation>
    </message>
    <message>
        <source>Symmetric window</source>
        <translation>Ventana simétrica</translation>
    </message>
    <message>
        <source>Off: gold − w … gold + w − 1, as the reference code. On: gold − w … gold + w.</source>
        <translation>Desactivada: ref − w … ref + w − 1, como el código de referencia. Activada: ref − w … ref + w.</translation>
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
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>KL direction</source>
        <translation>Dirección de KL</translation>
    </message>
    <message>
        <source>KL weighting</source>
        <translation>Ponderación de KL</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <source>Windows per forward pass</source>
        <translation>Ventanas por pasada hacia delante</translation>
    </message>
    <message>
        <source>Forward passes per optimizer step</source>
        <translation>Pasadas hacia delante por paso del optimizador</translation>
    </message>
    <message>
        <source>Of all optimizer steps; then the rate decays linearly to 0</source>
        <translation>Del total de pasos del optimizador; después la tasa decae linealmente hasta 0</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>sin recorte</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Acumulación de gradientes</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>ε de Adam</translation>
    </message>
    <message>
        <source>Warm-up fraction</source>
        <translation>Fracción de calentamiento</translation>
    </message>
    <message>
        <source>Max gradient norm</source>
        <translation>Norma máx. del gradiente</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Dev evaluation after each epoch</source>
        <translation>Evaluación de desarrollo tras cada época</translation>
    </message>
    <message>
        <source>Same as the training data</source>
        <translation>Igual que los datos de entrenamiento</translation>
    </message>
    <message>
        <source>all, xlt, gxlt or en-es, es-en</source>
        <translation>all, xlt, gxlt o en-es, es-en</translation>
    </message>
    <message>
        <source>all: every pair; xlt: same language; gxlt: different languages; or a list of pairs</source>
        <translation>all: todos los pares; xlt: mismo idioma; gxlt: idiomas distintos; o una lista de pares</translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation>Pares de idiomas</translation>
    </message>
    <message>
        <source>Examples per pair</source>
        <translation>Ejemplos por par</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>A new or empty folder (Resume: the folder of the training to continue)</source>
        <translation>Una carpeta nueva o vacía (Reanudar: la carpeta del entrenamiento que se continúa)</translation>
    </message>
    <message>
        <source>at epoch ends only</source>
        <translation>solo al final de cada época</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Training output folder</source>
        <translation>Carpeta de salida del entrenamiento</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Punto de control cada</translation>
    </message>
    <message>
        <source>Dev language pairs: %1</source>
        <translation>Pares de idiomas de desarrollo: %1</translation>
    </message>
    <message>
        <source>Learning rate: not a number</source>
        <translation>Tasa de aprendizaje: no es un número</translation>
    </message>
    <message>
        <source>Adam ε: not a number</source>
        <translation>ε de Adam: no es un número</translation>
    </message>
    <message>
        <source>Seed: not a whole number ≥ 0</source>
        <translation>Semilla: no es un número entero ≥ 0</translation>
    </message>
    <message>
        <source>%1: no model folder (config.json) at %2</source>
        <translation>%1: no hay ninguna carpeta de modelo (config.json) en %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder: %2</source>
        <translation>%1: no existe el archivo o la carpeta: %2</translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation>Aún no se puede iniciar:</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Listo para iniciar.</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 (mixed precision)</source>
        <translation>bf16 (precisión mixta)</translation>
    </message>
    <message>
        <source>bf16: the matrix products in bfloat16 over fp32 master weights, gradients and Adam moments</source>
        <translation>bf16: los productos de matrices en bfloat16 sobre pesos maestros, gradientes y momentos de Adam en fp32</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
</context>
<context>
    <name>xlqa::UiLanguage</name>
    <message>
        <source>No translation for %1: %2 is missing or unreadable</source>
        <translation>No hay traducción para %1: %2 falta o no se puede leer</translation>
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
        <translation>Un entorno de trabajo para la respuesta extractiva a preguntas entre idiomas: evalúe modelos profesor y estudiante en cada par idioma de la pregunta × idioma del contexto, lea los mapas de calor, explore los ejemplos fallidos y entrene con autodestilación de conocimiento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Engine&lt;/b&gt;&lt;br&gt;LibTorch %1 on %2&lt;br&gt;BLAS: %3&lt;br&gt;%4 threads</source>
        <translation>&lt;b&gt;Motor&lt;/b&gt;&lt;br&gt;LibTorch %1 en %2&lt;br&gt;BLAS: %3&lt;br&gt;%4 hilos</translation>
    </message>
    <message>
        <source>The demo</source>
        <translation>La demostración</translation>
    </message>
    <message>
        <source>A parallel corpus generated by XLQA Studio itself: short articles about fictional towns, people and companies in English, Spanish, German, Arabic, Hindi, Vietnamese and Chinese, with the same questions in every language. The &lt;b&gt;teacher&lt;/b&gt;, a small XLM-R-layout model, was fine-tuned on English only. The &lt;b&gt;student&lt;/b&gt; was self-distilled from it on a few hundred questions sampled across languages, its KL term weighted by the teacher&apos;s mAP@k. The heatmap shows student − teacher F1 for every question × context language; the examples open where the student answers and the teacher does not.</source>
        <translation type="vanished">Un corpus paralelo generado por el propio XLQA Studio: artículos breves sobre ciudades, personas y empresas ficticias en inglés, español, alemán, árabe, hindi, vietnamita y chino, con las mismas preguntas en todos los idiomas. El &lt;b&gt;maestro&lt;/b&gt;, un modelo pequeño con la arquitectura de XLM-R, se ajustó solo en inglés. El &lt;b&gt;alumno&lt;/b&gt; se autodestiló a partir de él con unos cientos de preguntas muestreadas entre idiomas, con el término KL ponderado por el mAP@k del maestro. El mapa de calor muestra el F1 del alumno − el del maestro para cada idioma de pregunta × contexto; los ejemplos se abren donde el alumno responde y el maestro no.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Teacher (English only)&lt;/td&gt;%1%2&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Student (self-distilled)&lt;/td&gt;%3%4&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Maestro (solo inglés)&lt;/td&gt;%1%2&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alumno (autodestilado)&lt;/td&gt;%3%4&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>A parallel corpus generated by XLQA Studio itself: short articles about fictional towns, people and companies in English, Spanish, German, Arabic, Hindi, Vietnamese and Chinese, with the same questions in every language. The &lt;b&gt;teacher&lt;/b&gt;, a small XLM-R-layout model, was fine-tuned on English only. The &lt;b&gt;student&lt;/b&gt; was self-distilled from it on 2,000 questions sampled across languages, its KL term weighted by the teacher&apos;s mAP@k. The heatmap shows student − teacher F1 for every question × context language; the examples open where the student answers and the teacher does not.</source>
        <translation>Un corpus paralelo generado por el propio XLQA Studio: artículos breves sobre ciudades, personas y empresas ficticias en inglés, español, alemán, árabe, hindi, vietnamita y chino, con las mismas preguntas en todos los idiomas. El &lt;b&gt;maestro&lt;/b&gt;, un modelo pequeño con la arquitectura de XLM-R, se ajustó solo en inglés. El &lt;b&gt;alumno&lt;/b&gt; se autodestiló a partir de él con 2000 preguntas muestreadas entre idiomas, con el término KL ponderado por el mAP@k del maestro. El mapa de calor muestra el F1 del alumno − el del maestro para cada idioma de pregunta × contexto; los ejemplos se abren donde el alumno responde y el maestro no.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;English F1&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Teacher (English only)&lt;/td&gt;%1%2%3&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Student (self-distilled)&lt;/td&gt;%4%5%6&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;F1 en inglés&lt;/th&gt;&lt;th&gt;XLT F1&lt;/th&gt;&lt;th&gt;G-XLT F1&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Maestro (solo inglés)&lt;/td&gt;%1%2%3&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alumno (autodestilado)&lt;/td&gt;%4%5%6&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>xlqa::WorkbenchTasks</name>
    <message>
        <source>Loading %1 (%2)…</source>
        <translation>Cargando %1 (%2)…</translation>
    </message>
    <message>
        <source>Reading pair %1 of %2</source>
        <translation>Leyendo el par %1 de %2</translation>
    </message>
    <message>
        <source>The run&apos;s %1 model could not be opened: %2</source>
        <translation>No se pudo abrir el modelo %1 de la ejecución: %2</translation>
    </message>
    <message>
        <source>The run&apos;s dataset could not be opened: %1</source>
        <translation>No se pudo abrir el conjunto de datos de la ejecución: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>No se puede abrir el modelo</translation>
    </message>
    <message>
        <source>Loading the dataset</source>
        <translation>Cargando el conjunto de datos</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>No se puede abrir el conjunto de datos</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>The run opened with warnings</source>
        <translation>La ejecución se abrió con advertencias</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>No se puede abrir la ejecución</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Open a run first, then the run to compare it with.</source>
        <translation>Abra primero una ejecución y después la ejecución con la que compararla.</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Comparando con %1</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>No se pueden comparar las ejecuciones</translation>
    </message>
    <message>
        <source>Cannot evaluate</source>
        <translation>No se puede evaluar</translation>
    </message>
    <message>
        <source>Evaluation cancelled: finished pairs are kept; evaluate again with &quot;Continue&quot; to resume</source>
        <translation>Evaluación cancelada: se conservan los pares terminados; vuelva a evaluar con «Continuar» para reanudarla</translation>
    </message>
    <message>
        <source>The evaluation failed</source>
        <translation type="vanished">La evaluación falló</translation>
    </message>
    <message>
        <source>Evaluating the demo&apos;s teacher and student: pair %1 of %2</source>
        <translation>Evaluando el maestro y el alumno de la demostración: par %1 de %2</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparando la demostración</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message>
        <source>Cannot survey</source>
        <translation>No se puede examinar</translation>
    </message>
    <message>
        <source>Open a teacher model and a dataset (or a run) first.</source>
        <translation>Abra primero un modelo profesor y un conjunto de datos (o una ejecución).</translation>
    </message>
    <message>
        <source>Pair %1 of %2 (%3)</source>
        <translation>Par %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Surveying coefficients</source>
        <translation>Examinando coeficientes</translation>
    </message>
    <message>
        <source>The survey failed</source>
        <translation>El examen falló</translation>
    </message>
    <message>
        <source>Models open in %1 from now on</source>
        <translation>A partir de ahora los modelos se abren en %1</translation>
    </message>
    <message>
        <source>the open models keep their precision; models opened from now on use %1</source>
        <translation>los modelos abiertos conservan su precisión; los que se abran a partir de ahora usan %1</translation>
    </message>
    <message>
        <source>Reloaded the models in %1</source>
        <translation>Modelos recargados en %1</translation>
    </message>
    <message>
        <source>Reloading the models in %1</source>
        <translation>Recargando los modelos en %1</translation>
    </message>
    <message>
        <source>Cannot reload the models</source>
        <translation>No se pueden recargar los modelos</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>la demo</translation>
    </message>
    <message>
        <source>Reading the new pairs of %1</source>
        <translation>Leyendo los pares nuevos de %1</translation>
    </message>
    <message>
        <source>Cannot read the run</source>
        <translation>No se puede leer la ejecución</translation>
    </message>
</context>
</TS>
