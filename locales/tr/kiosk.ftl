# Turkish — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Turkish speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Türkçe
choose-language = Dilinizi seçin

attract-title = Hoş Geldin Portreleri
attract-body = Portrenizi çektirin, evlerini terk etmek zorunda kalan insanlar için birkaç hoş geldin sözü yazın ve basılı kartınızı yanınızda götürün.
start = Başla
attract-recent = Sergiden

consent-title = Başlamadan önce
consent-body = Fotoğrafınız ve mesajınız sizin için bir karta basılacak. Bunların başka nelerde kullanılabileceğini seçin. Fikrinizi daha sonra değiştirebilirsiniz: görevlilere sorun.
consent-print = Kartımı bas (katılmak için gerekli)
consent-archive = Portremi ve mesajımı bugünden sonra da standın arşivinde saklayın
consent-exhibition = Onları bir sergide ve sınıflarda gösterin
consent-social = Onları sosyal medyada paylaşın
consent-note = Görevlilerden portrenizi ve mesajınızı istediğiniz zaman silmelerini isteyebilirsiniz.

cancel = İptal
next = İleri
back = Geri
done = Tamam

camera-title = Kameraya bakın
take-photo = Fotoğrafımı çek
shots-title = Fotoğrafını seç
shots-hint = Fotoğrafçının çektiği fotoğraflar burada görünür. Kartın için istediğine dokun.
shots-waiting = Fotoğrafçının çekeceği fotoğraflar burada görünecek.
shot-label = Fotoğraf { $number }
choose-again = Başka bir fotoğraf seç
camera-unavailable = Kamera kullanılamıyor
camera-unavailable-body = Lütfen görevlilerden yardım isteyin. Stant kendiliğinden yeniden deneyecek.
review-title = Bu fotoğrafı beğendiniz mi?
keep-photo = Bu fotoğrafı tut
retake = Yeniden çek
retakes-left = { $count ->
    [0] Yeniden çekim hakkınız kalmadı
   *[other] { $count } yeniden çekim hakkınız kaldı
}

message-title = Hoş geldin mesajınızı yazın
message-label = Mesajınız
message-hint = Mesajınızı buraya yazın
name-label = Adınız (isteğe bağlı)
room-left = Kartta kalan yer: %{ $percent }
too-long = Mesajınız kart için çok uzun. Lütfen yaklaşık %{ $percent } kısaltın.
cannot-print = Bu karakterler basılamaz: { $characters }
make-card = Kartımı hazırla
making-card = Kartınız hazırlanıyor…

key-shift = ⇧
key-delete = Sil
key-space = Boşluk
key-new-line = Yeni satır
key-to-name = Ad ›
key-to-message = Mesaj ›

preview-title = Kartınız
print = Kartımı bas
change-message = Mesajımı değiştir
printing = Basılıyor…

goodbye-title = Teşekkürler!
goodbye-body = Kartınız basılıyor. Lütfen yazıcıdan alın.
print-trouble = Yazıcının ilgilenilmesi gerekiyor, bu yüzden kartınız şu anda çıkamıyor.
saved-not-printed = Kartınız kaydedildi. Görevlilerden biri size verecek.
goodbye-reference = Kartınızın referans numarası { $reference } (kartın üzerinde de yazıyor). Portrenizin kaldırılmasını isterseniz bu numarayı söyleyin.
goodbye-kept = Portreniz ve mesajınız, onay verdiğiniz gibi standın arşivinde saklanıyor.
goodbye-not-kept = Portreniz ve mesajınız saklanmıyor: stant onları bugünün sonunda siler. O zamana kadar görevliler kartınızı yeniden basabilir.

archive-notice = Stant şu anda kart hazırlayamıyor. Lütfen bir görevliye sorun.
printer-notice = Yazıcı duraklatıldı. Kartınız güvenle saklanacak ve görevlilerden biri size verecek.
not-saved = Kartınız kaydedilemedi, bu yüzden basılmadı. Lütfen bir görevliye sorun; size söylediklerinde «Bas» düğmesine yeniden basabilirsiniz.
engine-stopped = Kart hazırlayıcı durdu. Lütfen görevlilerden standı yeniden başlatmalarını isteyin.

listen = Dinle
a11y-larger = Daha büyük yazı
a11y-contrast = Yüksek kontrast
a11y-speech = Bana sesli oku
heard-message = Mesajınız: { $message }
heard-name = Adınız: { $name }
more-time-title = Daha fazla zamana ihtiyacınız var mı?
more-time-body = Stant { $seconds } saniye sonra başa dönecek.
more-time-button = Daha fazla zamana ihtiyacım var
