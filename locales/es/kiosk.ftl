# Spanish — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers in a neutral Spanish; not yet checked by a Spanish speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Español
choose-language = Elige tu idioma

attract-title = Retratos de Bienvenida
attract-body = Hazte un retrato, escribe unas palabras de bienvenida para las personas que han tenido que dejar sus hogares y llévate tu tarjeta impresa.
start = Empezar
attract-recent = De la exposición

consent-title = Antes de empezar
consent-body = Tu foto y tu mensaje se imprimirán en una tarjeta para ti. Elige para qué más se pueden usar. Puedes cambiar de opinión más adelante: pregunta al personal.
consent-print = Imprimir mi tarjeta (necesario para participar)
consent-archive = Guardar mi retrato y mi mensaje en el archivo del puesto después de hoy
consent-exhibition = Mostrarlos en una exposición y en aulas
consent-social = Publicarlos en redes sociales
consent-note = Puedes pedir al personal que borre tu retrato y tu mensaje en cualquier momento.

cancel = Cancelar
next = Siguiente
back = Atrás
done = Listo

camera-title = Mira a la cámara
take-photo = Hazme la foto
shots-title = Elige tu foto
shots-hint = Aquí aparecen las fotos que te ha hecho el fotógrafo. Toca la que quieras para tu tarjeta.
shots-waiting = Aquí aparecerán las fotos que te haga el fotógrafo.
shot-label = Foto { $number }
choose-again = Elegir otra foto
camera-unavailable = La cámara no está disponible
camera-unavailable-body = Pide ayuda al personal, por favor. El puesto volverá a intentarlo por sí solo.
review-title = ¿Te gusta esta foto?
keep-photo = Quedarme con esta foto
retake = Repetir la foto
retakes-left = { $count ->
    [0] No quedan intentos para repetir la foto
    [one] Queda { $count } intento para repetir la foto
   *[other] Quedan { $count } intentos para repetir la foto
}

message-title = Escribe tu mensaje de bienvenida
message-label = Tu mensaje
message-hint = Escribe tu mensaje aquí
name-label = Tu nombre (opcional)
room-left = Espacio libre en la tarjeta: { $percent } %
too-long = Tu mensaje es demasiado largo para la tarjeta. Acórtalo aproximadamente un { $percent } %.
cannot-print = Estos caracteres no se pueden imprimir: { $characters }
make-card = Crear mi tarjeta
making-card = Creando tu tarjeta…

key-shift = ⇧
key-delete = Borrar
key-space = Espacio
key-new-line = Nueva línea
key-to-name = Nombre ›
key-to-message = Mensaje ›

preview-title = Tu tarjeta
print = Imprimir mi tarjeta
change-message = Cambiar mi mensaje
printing = Imprimiendo…

goodbye-title = ¡Gracias!
goodbye-body = Tu tarjeta se está imprimiendo. Recógela de la impresora, por favor.
print-trouble = La impresora necesita atención, así que tu tarjeta no puede salir ahora.
saved-not-printed = Tu tarjeta está guardada. Alguien del personal te la entregará.
goodbye-reference = La referencia de tu tarjeta es { $reference } (también aparece en la tarjeta). Indícala si algún día quieres que se retire tu retrato.
goodbye-kept = Tu retrato y tu mensaje se guardan en el archivo del puesto, como aceptaste.
goodbye-not-kept = Tu retrato y tu mensaje no se guardan: el puesto los borra al final del día de hoy. Hasta entonces, el personal puede volver a imprimir tu tarjeta.

archive-notice = El puesto no puede crear tarjetas en este momento. Pregunta a alguien del personal, por favor.
printer-notice = La impresora está en pausa. Tu tarjeta se guardará a salvo y alguien del personal te la entregará.
not-saved = No se pudo guardar tu tarjeta, así que no se imprimió. Pregunta a alguien del personal; cuando te lo digan, puedes volver a pulsar «Imprimir».
engine-stopped = El creador de tarjetas se ha detenido. Pide al personal que reinicie el puesto, por favor.

listen = Escuchar
a11y-larger = Texto más grande
a11y-contrast = Alto contraste
a11y-speech = Léemelo en voz alta
heard-message = Tu mensaje dice: { $message }
heard-name = Tu nombre: { $name }
more-time-title = ¿Necesitas más tiempo?
more-time-body = { $seconds ->
    [one] El puesto volverá al inicio en { $seconds } segundo.
   *[other] El puesto volverá al inicio en { $seconds } segundos.
}
more-time-button = Necesito más tiempo
