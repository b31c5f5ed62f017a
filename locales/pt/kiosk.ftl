# Portuguese — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers in Brazilian Portuguese (CLDR's default for "pt"); not yet checked by a
# Portuguese speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Português
choose-language = Escolha seu idioma

attract-title = Retratos de Boas-Vindas
attract-body = Tire seu retrato, escreva algumas palavras de boas-vindas para pessoas que tiveram de deixar suas casas e leve seu cartão impresso com você.
start = Começar
attract-recent = Da exposição

consent-title = Antes de começar
consent-body = Sua foto e sua mensagem serão impressas em um cartão para você. Escolha para que mais elas podem ser usadas. Você pode mudar de ideia depois: fale com a equipe.
consent-print = Imprimir meu cartão (necessário para participar)
consent-archive = Guardar meu retrato e minha mensagem no arquivo do estande depois de hoje
consent-exhibition = Mostrá-los em uma exposição e em salas de aula
consent-social = Publicá-los nas redes sociais
consent-note = Você pode pedir à equipe que apague seu retrato e sua mensagem a qualquer momento.

cancel = Cancelar
next = Avançar
back = Voltar
done = Concluir

camera-title = Olhe para a câmera
take-photo = Tirar minha foto
shots-title = Escolha sua foto
shots-hint = As fotos que o fotógrafo tirou de você aparecem aqui. Toque na que você quer para o seu cartão.
shots-waiting = As fotos que o fotógrafo tirar de você vão aparecer aqui.
shot-label = Foto { $number }
choose-again = Escolher outra foto
camera-unavailable = A câmera não está disponível
camera-unavailable-body = Por favor, peça ajuda à equipe. O estande vai tentar de novo sozinho.
review-title = Você gostou desta foto?
keep-photo = Ficar com esta foto
retake = Tirar de novo
retakes-left = { $count ->
    [0] Não restam tentativas para tirar a foto de novo
    [one] Resta { $count } tentativa para tirar a foto de novo
   *[other] Restam { $count } tentativas para tirar a foto de novo
}

message-title = Escreva sua mensagem de boas-vindas
message-label = Sua mensagem
message-hint = Digite sua mensagem aqui
name-label = Seu primeiro nome (opcional)
room-left = Espaço livre no cartão: { $percent }%
too-long = Sua mensagem é longa demais para o cartão. Por favor, encurte-a em cerca de { $percent }%.
cannot-print = Estes caracteres não podem ser impressos: { $characters }
make-card = Criar meu cartão
making-card = Criando seu cartão…

key-shift = ⇧
key-delete = Apagar
key-space = Espaço
key-new-line = Nova linha
key-to-name = Nome ›
key-to-message = Mensagem ›

preview-title = Seu cartão
print = Imprimir meu cartão
change-message = Mudar minha mensagem
printing = Imprimindo…

goodbye-title = Obrigado!
goodbye-body = Seu cartão está sendo impresso. Por favor, pegue-o na impressora.
print-trouble = A impressora precisa de atenção, por isso seu cartão não pode sair dela agora.
saved-not-printed = Seu cartão está salvo. Alguém da equipe vai entregá-lo a você.
goodbye-reference = A referência do seu cartão é { $reference } (ela também está no cartão). Informe-a se um dia quiser que seu retrato seja removido.
goodbye-kept = Seu retrato e sua mensagem ficam guardados no arquivo do estande, como você concordou.
goodbye-not-kept = Seu retrato e sua mensagem não são guardados: o estande os apaga no fim do dia de hoje. Até lá, a equipe pode imprimir seu cartão de novo.

archive-notice = O estande não pode criar cartões agora. Por favor, fale com alguém da equipe.
printer-notice = A impressora está pausada. Seu cartão será guardado em segurança e alguém da equipe vai entregá-lo a você.
not-saved = Não foi possível salvar seu cartão, por isso ele não foi impresso. Por favor, fale com alguém da equipe; quando disserem, você pode tocar em «Imprimir» de novo.
engine-stopped = O criador de cartões parou. Por favor, peça à equipe para reiniciar o estande.

listen = Ouvir
a11y-larger = Texto maior
a11y-contrast = Alto contraste
a11y-speech = Leia para mim
heard-message = Sua mensagem diz: { $message }
heard-name = Seu primeiro nome: { $name }
more-time-title = Você precisa de mais tempo?
more-time-body = { $seconds ->
    [one] O estande voltará ao início em { $seconds } segundo.
   *[other] O estande voltará ao início em { $seconds } segundos.
}
more-time-button = Preciso de mais tempo
