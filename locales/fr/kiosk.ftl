# French — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a French speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Français
choose-language = Choisissez votre langue

attract-title = Portraits de bienvenue
attract-body = Faites faire votre portrait, écrivez quelques mots de bienvenue pour les personnes qui ont dû quitter leur foyer, et repartez avec votre carte imprimée.
start = Commencer
attract-recent = De l'exposition

consent-title = Avant de commencer
consent-body = Votre photo et votre message seront imprimés sur une carte pour vous. Choisissez à quoi d'autre ils peuvent servir. Vous pourrez changer d'avis plus tard : demandez à l'équipe.
consent-print = Imprimer ma carte (nécessaire pour participer)
consent-archive = Garder mon portrait et mon message dans les archives du stand après aujourd'hui
consent-exhibition = Les montrer dans une exposition et dans des salles de classe
consent-social = Les publier sur les réseaux sociaux
consent-note = Vous pouvez demander à l'équipe d'effacer votre portrait et votre message à tout moment.

cancel = Annuler
next = Suivant
back = Retour
done = Terminé

camera-title = Regardez l'appareil photo
take-photo = Prendre ma photo
shots-title = Choisissez votre photo
shots-hint = Les photos du photographe apparaissent ici. Touchez celle que vous voulez pour votre carte.
shots-waiting = Les photos du photographe apparaîtront ici.
shot-label = Photo { $number }
choose-again = Choisir une autre photo
camera-unavailable = L'appareil photo n'est pas disponible
camera-unavailable-body = Veuillez demander de l'aide à l'équipe. Le stand réessaiera de lui-même.
review-title = Cette photo vous plaît-elle ?
keep-photo = Garder cette photo
retake = La reprendre
retakes-left = { $count ->
    [0] Plus aucun essai pour reprendre la photo
    [one] Il reste { $count } essai pour reprendre la photo
   *[other] Il reste { $count } essais pour reprendre la photo
}

message-title = Écrivez votre message de bienvenue
message-label = Votre message
message-hint = Tapez votre message ici
name-label = Votre prénom (facultatif)
room-left = Place restante sur la carte : { $percent } %
too-long = Votre message est trop long pour la carte. Raccourcissez-le d'environ { $percent } %.
cannot-print = Ces caractères ne peuvent pas être imprimés : { $characters }
make-card = Créer ma carte
making-card = Création de votre carte…

key-shift = ⇧
key-delete = Effacer
key-space = Espace
key-new-line = Nouvelle ligne
key-to-name = Prénom ›
key-to-message = Message ›

preview-title = Votre carte
print = Imprimer ma carte
change-message = Modifier mon message
printing = Impression…

goodbye-title = Merci !
goodbye-body = Votre carte est en cours d'impression. Prenez-la à l'imprimante.
print-trouble = L'imprimante a besoin d'attention : votre carte ne peut pas en sortir pour l'instant.
saved-not-printed = Votre carte est enregistrée. Un membre de l'équipe vous la remettra.
goodbye-reference = La référence de votre carte est { $reference } (elle figure aussi sur la carte). Indiquez-la si un jour vous voulez que votre portrait soit retiré.
goodbye-kept = Votre portrait et votre message sont conservés dans les archives du stand, comme vous l'avez accepté.
goodbye-not-kept = Votre portrait et votre message ne sont pas conservés : le stand les efface à la fin de la journée. D'ici là, l'équipe peut réimprimer votre carte.

archive-notice = Le stand ne peut pas créer de cartes pour le moment. Veuillez demander à un membre de l'équipe.
printer-notice = L'imprimante est en pause. Votre carte sera gardée en sécurité et un membre de l'équipe vous la remettra.
not-saved = Votre carte n'a pas pu être enregistrée, elle n'a donc pas été imprimée. Veuillez demander à un membre de l'équipe ; quand on vous le dira, vous pourrez appuyer de nouveau sur « Imprimer ».
engine-stopped = Le créateur de cartes s'est arrêté. Veuillez demander à l'équipe de redémarrer le stand.

listen = Écouter
a11y-larger = Texte plus grand
a11y-contrast = Contraste élevé
a11y-speech = Lisez-moi à voix haute
heard-message = Votre message dit : { $message }
heard-name = Votre prénom : { $name }
more-time-title = Avez-vous besoin de plus de temps ?
more-time-body = { $seconds ->
    [one] Le stand reviendra au début dans { $seconds } seconde.
   *[other] Le stand reviendra au début dans { $seconds } secondes.
}
more-time-button = J'ai besoin de plus de temps
