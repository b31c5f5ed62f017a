# Vietnamese — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Vietnamese speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Tiếng Việt
choose-language = Chọn ngôn ngữ của bạn

attract-title = Chân dung Chào đón
attract-body = Hãy chụp chân dung, viết vài lời chào đón gửi những người đã phải rời bỏ mái nhà của mình, và mang tấm thiệp in sẵn về cùng bạn.
start = Bắt đầu
attract-recent = Từ triển lãm

consent-title = Trước khi bắt đầu
consent-body = Ảnh và lời nhắn của bạn sẽ được in lên một tấm thiệp dành cho bạn. Hãy chọn những việc khác mà chúng có thể được dùng vào. Bạn có thể đổi ý sau: hãy hỏi nhân viên.
consent-print = In thiệp của tôi (cần để tham gia)
consent-archive = Lưu chân dung và lời nhắn của tôi trong kho lưu trữ của gian hàng sau hôm nay
consent-exhibition = Trưng bày chúng tại triển lãm và trong lớp học
consent-social = Đăng chúng lên mạng xã hội
consent-note = Bạn có thể yêu cầu nhân viên xóa chân dung và lời nhắn của bạn bất cứ lúc nào.

cancel = Hủy
next = Tiếp
back = Quay lại
done = Xong

camera-title = Hãy nhìn vào máy ảnh
take-photo = Chụp ảnh cho tôi
shots-title = Chọn ảnh của bạn
shots-hint = Ảnh nhiếp ảnh gia chụp bạn hiện ở đây. Chạm vào ảnh bạn muốn dùng cho thiệp.
shots-waiting = Ảnh nhiếp ảnh gia chụp bạn sẽ hiện ở đây.
shot-label = Ảnh { $number }
choose-again = Chọn ảnh khác
camera-unavailable = Máy ảnh không hoạt động
camera-unavailable-body = Vui lòng nhờ nhân viên giúp đỡ. Gian hàng sẽ tự thử lại.
review-title = Bạn có thích bức ảnh này không?
keep-photo = Giữ ảnh này
retake = Chụp lại
retakes-left = { $count ->
    [0] Không còn lượt chụp lại nào
   *[other] Còn { $count } lượt chụp lại
}

message-title = Viết lời chào đón của bạn
message-label = Lời nhắn của bạn
message-hint = Gõ lời nhắn của bạn vào đây
name-label = Tên của bạn (không bắt buộc)
room-left = Chỗ trống còn lại trên thiệp: { $percent }%
too-long = Lời nhắn của bạn quá dài so với tấm thiệp. Vui lòng rút ngắn khoảng { $percent }%.
cannot-print = Không thể in các ký tự này: { $characters }
make-card = Tạo thiệp của tôi
making-card = Đang tạo thiệp của bạn…

key-shift = ⇧
key-delete = Xóa
key-space = Dấu cách
key-new-line = Dòng mới
key-to-name = Tên ›
key-to-message = Lời nhắn ›

preview-title = Thiệp của bạn
print = In thiệp của tôi
change-message = Sửa lời nhắn
printing = Đang in…

goodbye-title = Cảm ơn bạn!
goodbye-body = Thiệp của bạn đang được in. Vui lòng lấy thiệp ở máy in.
print-trouble = Máy in cần được kiểm tra, vì vậy thiệp của bạn chưa thể ra lúc này.
saved-not-printed = Thiệp của bạn đã được lưu. Một nhân viên sẽ trao thiệp cho bạn.
goodbye-reference = Mã tham chiếu thiệp của bạn là { $reference } (mã này cũng có trên thiệp). Hãy đọc mã này nếu sau này bạn muốn gỡ chân dung của mình.
goodbye-kept = Chân dung và lời nhắn của bạn được lưu trong kho lưu trữ của gian hàng, như bạn đã đồng ý.
goodbye-not-kept = Chân dung và lời nhắn của bạn không được lưu giữ: gian hàng sẽ xóa chúng vào cuối ngày hôm nay. Trước lúc đó, nhân viên vẫn có thể in lại thiệp cho bạn.

archive-notice = Gian hàng hiện chưa thể tạo thiệp. Vui lòng hỏi một nhân viên.
printer-notice = Máy in đang tạm dừng. Thiệp của bạn sẽ được giữ an toàn và một nhân viên sẽ trao cho bạn.
not-saved = Không lưu được thiệp của bạn nên thiệp chưa được in. Vui lòng hỏi một nhân viên; khi được báo, bạn có thể bấm «In» lại.
engine-stopped = Bộ tạo thiệp đã dừng. Vui lòng nhờ nhân viên khởi động lại gian hàng.

listen = Nghe
a11y-larger = Chữ lớn hơn
a11y-contrast = Độ tương phản cao
a11y-speech = Đọc cho tôi nghe
heard-message = Lời nhắn của bạn: { $message }
heard-name = Tên của bạn: { $name }
more-time-title = Bạn có cần thêm thời gian không?
more-time-body = Gian hàng sẽ quay về màn hình đầu sau { $seconds } giây.
more-time-button = Tôi cần thêm thời gian
