## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Escolha um PIN para profissionais
staff-pin-choose-hint = O PIN protege as opiniões neste aparelho. Só é guardado um hash com salt. Use 6 a 12 dígitos. Só os colegas devem saber o PIN.
staff-pin-new = PIN novo
staff-pin-repeat = O mesmo PIN outra vez
staff-pin-save = Guardar PIN
staff-pin-enter = PIN dos profissionais
staff-pin-wrong = Esse PIN não está certo.
staff-pin-wait = Demasiados PIN errados. Espere { $seconds } s e tente de novo.
staff-pin-not-saved = Não foi possível guardar o PIN neste aparelho.
staff-pin-problem-too-short = Use 6 a 12 dígitos.
staff-pin-problem-not-digits = Use só os dígitos 0–9.
staff-pin-problem-mismatch = Os dois PIN não são iguais.
staff-setup-code = Código de configuração da rede
staff-setup-hint = Um aparelho novo só pode ser configurado com o código de configuração que o coordenador da rede lhe dá. Depois, escolha o PIN deste aparelho.
staff-setup-wrong = Esse código de configuração não está certo.
staff-setup-missing = Ainda não é possível configurar este aparelho: não foi encontrado nenhum código de configuração da rede. Ligue-se à internet ou pergunte ao coordenador da rede.
staff-setup-sample = Este é o código de configuração de exemplo da documentação. Publique um código de configuração próprio antes de começar a usar a sério.
staff-unlock = Abrir
staff-lock = Bloquear

staff-outbox = Opiniões neste aparelho
staff-waiting = { $count ->
    [one] { $count } item pendente de envio ou exportação
    [many] { $count } itens pendentes de envio ou exportação
   *[other] { $count } itens pendentes de envio ou exportação
}
staff-outbox-unreadable = Neste momento não é possível ler as opiniões deste aparelho. Nada foi apagado.
staff-set-aside = { $count ->
    [one] { $count } item foi recusado pelo servidor ou não pôde ser lido. Foi posto de parte para que os outros continuem, e não volta a ser enviado.
    [many] { $count } itens foram recusados pelo servidor ou não puderam ser lidos. Foram postos de parte para que os outros continuem, e não voltam a ser enviados.
   *[other] { $count } itens foram recusados pelo servidor ou não puderam ser lidos. Foram postos de parte para que os outros continuem, e não voltam a ser enviados.
}
staff-set-aside-download = Download dos itens postos de parte
staff-set-aside-delete = Apagar os itens postos de parte
staff-set-aside-confirm = Sim, apagar de vez
staff-period = Período
staff-from = De
staff-to = Até
staff-kind-rating = notas
staff-kind-signal = sinalizações
staff-kind-missing = pesquisas sem resultado
staff-kind-check = avaliações do bairro
staff-ratings = Notas por serviço
staff-offer = Serviço
staff-count = Número
staff-average-3 = Média (1–3)
staff-average-7 = Média (1–7)
staff-checks = Avaliações do bairro
staff-check-count = { $count ->
    [one] { $count } avaliação
    [many] { $count } avaliações
   *[other] { $count } avaliações
}
staff-compass-label = Bússola de todas as avaliações do período: quanto mais para fora, melhor. A tabela abaixo tem os mesmos valores.
staff-themes-caption = Média por tema (respostas das crianças convertidas para 1–7)
staff-messages = Sinalizações e comentários
staff-nothing-yet = Ainda nada neste período.
staff-more-in-export = Mais { $count } na exportação.
staff-export = Exportar
staff-export-hint = Todos os itens do período. O CSV abre no Excel e programas parecidos (também em árabe); o JSON é para outros sistemas.
staff-export-csv = Download CSV
staff-export-json = Download JSON

sync-title = Enviar para um servidor
sync-hint = Opcional. Os itens são enviados em lotes e só saem deste aparelho após confirmação do servidor.
sync-endpoint = Endereço do servidor
sync-endpoint-not-https = O endereço deve ter https:// no início (http só para o próprio aparelho).
sync-endpoint-spaces = O endereço não pode ter espaços.
sync-pin = PIN da equipa (necessário para mudar o endereço)
sync-save = Guardar endereço
sync-send-now = Enviar agora
sync-sending = Envio em curso…
sync-last-sent = Último envio: { $time } (itens: { $count })
sync-failed-network = O servidor não responde. Nova tentativa mais tarde.
sync-failed-status = O servidor respondeu com um erro. Nova tentativa mais tarde.
sync-failed-garbage = A resposta do servidor não foi compreendida. Nada foi apagado. Nova tentativa mais tarde.
sync-failed-device = Não foi possível atualizar as opiniões deste aparelho. Nada foi apagado. Nova tentativa mais tarde.
sync-retry-in = Próxima tentativa em { $seconds } segundos.

kiosk-title = Modo quiosque (tablet de uso comum)
kiosk-hint = Para um tablet numa sala de espera. Depois de algum tempo sem toque, começa uma contagem de 10 segundos; depois, tudo o que a família anterior deixou é apagado (idioma, favoritos, pesquisas, texto não enviado) e aparece a mensagem «toque para começar». As opiniões enviadas ficam. Para sair do modo quiosque é preciso este PIN.
kiosk-on = Modo quiosque ativado
kiosk-idle = Segundos sem toque antes da contagem (5–3600)
kiosk-language = Idioma inicial para cada família
kiosk-save = Guardar ajustes do quiosque
kiosk-saved = Ajustes do quiosque guardados.
kiosk-not-saved = Não foi possível guardar os ajustes do quiosque neste aparelho.

## Importing and exporting the offer
import-title = Importar serviços
import-hint = Um ficheiro CSV conforme o modelo, um ficheiro HSDS 3 (JSON) ou uma exportação anterior. Nada muda enquanto houver erros.
import-file = Escolher um ficheiro
import-reading = Leitura do ficheiro em curso…
import-errors = { $count ->
    [one] { $count } erro. Nada mudou.
   *[other] { $count } erros. Nada mudou.
}
import-in-file = Ficheiro
import-row = Linha { $row }
import-where = Onde
import-column = Coluna
import-what = Problema
import-value = Valor
import-problem = { $code ->
    [empty] Ficheiro vazio
    [too-large] Ficheiro grande demais (máx. 8 MB)
    [binary] Não é um ficheiro de texto (UTF-8)
    [unbalanced-quotes] Aspas não fechadas
    [column-count] Número errado de colunas
    [unknown-column] Coluna desconhecida
    [missing-column] Falta uma coluna ou campo
    [wrong-type] Tipo de valor errado
    [unsupported-version] Versão desconhecida
    [wrong-language] A terceira coluna não é um código de idioma (ou é neerlandês)
    [unknown-key] Chave desconhecida: este texto não existe (ou já não existe)
    [duplicate-key] A mesma chave duas vezes
    [source-changed] O neerlandês mudou entretanto: faça o download de uma nova folha de tradução
   *[unreadable] Impossível de ler
}
import-ok = Serviços: { $offers }; organizações: { $organizations }. Sem erros.
import-preview = Pré-visualizar
import-apply = Aplicar
import-apply-sure = Substituir os serviços deste aparelho pelos deste ficheiro?
import-apply-confirm = Sim, substituir
import-cancel = Cancelar
import-applied = A nova lista de serviços está em uso neste aparelho. Publique a exportação JSON para a ter em todos os aparelhos.
import-failed = Não foi possível guardar. Nada mudou.
export-title = Exportar serviços
export-json = JSON para o Buurtwijzer
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Modelo CSV

## Every device's feedback, from the network's receiver
staff-source = Que opiniões
staff-source-device = Este aparelho
staff-source-network = Todos os aparelhos
staff-network-no-endpoint = Este bairro não tem servidor. Configure um abaixo ou exporte a partir de cada aparelho.
staff-token = Chave do servidor
staff-network-fetch = Obter
staff-network-failed = { $code ->
    [unauthorized] O servidor não aceita esta chave.
   *[failed] Não foi possível obter os dados. Tente novamente mais tarde.
}
staff-network-from = Números de todos os aparelhos (obtidos: { $time }).
staff-network-offline = Sem internet: estes são os últimos números obtidos.

## Translations of the offer and the questions
translations-title = Traduções
translations-hint = Quanto dos serviços e das perguntas está escrito em cada idioma. Faça o download de uma folha de tradução (CSV) para um tradutor: uma linha por texto, com o neerlandês ao lado. Depois, carregue aqui a folha preenchida.
translations-language = Idioma
translations-offer = Serviços
translations-questions = Perguntas
translations-sheet = Folha de tradução
translations-percent = { $percent }%
translations-loading = Carregamento de todos os idiomas em curso…
translations-import = Carregar uma folha de tradução preenchida
translations-ok = Textos em { $language }: { $count }. Sem erros.
translations-apply = Adicionar aos serviços deste aparelho
translations-applied = A tradução já está nos serviços deste aparelho. Ponha os dois ficheiros ao lado de catalogue.json no site para a ter em todos os aparelhos.
translations-publish = Ficheiros a publicar
