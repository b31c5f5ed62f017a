# Simplified Chinese — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Chinese speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = 简体中文
choose-language = 请选择语言

attract-title = 欢迎肖像
attract-body = 拍一张您的肖像，为那些被迫离开家园的人写几句欢迎的话，然后带走您打印好的卡片。
start = 开始
attract-recent = 展览作品

consent-title = 开始之前
consent-body = 您的照片和留言将打印在一张卡片上送给您。请选择它们还可以用于哪些用途。您以后可以改变主意：请询问工作人员。
consent-print = 打印我的卡片（参与所必需）
consent-archive = 今天之后，将我的肖像和留言保存在本摊位的档案中
consent-exhibition = 在展览和课堂上展示它们
consent-social = 在社交媒体上发布它们
consent-note = 您可以随时请工作人员删除您的肖像和留言。

cancel = 取消
next = 下一步
back = 返回
done = 完成

camera-title = 请看镜头
take-photo = 给我拍照
shots-title = 选择你的照片
shots-hint = 摄影师为你拍的照片会显示在这里。点一下你想用在卡片上的那张。
shots-waiting = 摄影师为你拍的照片将显示在这里。
shot-label = 照片 { $number }
choose-again = 选择另一张照片
camera-unavailable = 相机无法使用
camera-unavailable-body = 请向工作人员求助。摊位会自动重试。
review-title = 您喜欢这张照片吗？
keep-photo = 保留这张照片
retake = 重拍
retakes-left = { $count ->
    [0] 已没有重拍机会
   *[other] 还剩 { $count } 次重拍机会
}

message-title = 写下您的欢迎留言
message-label = 您的留言
message-hint = 在这里输入您的留言
name-label = 您的名字（可不填）
room-left = 卡片剩余空间：{ $percent }%
too-long = 您的留言太长，卡片放不下。请缩短约 { $percent }%。
cannot-print = 这些字符无法打印：{ $characters }
make-card = 制作我的卡片
making-card = 正在制作您的卡片…

key-shift = ⇧
key-delete = 删除
key-space = 空格
key-new-line = 换行
key-to-name = 名字 ›
key-to-message = 留言 ›

preview-title = 您的卡片
print = 打印我的卡片
change-message = 修改我的留言
printing = 正在打印…

goodbye-title = 谢谢！
goodbye-body = 您的卡片正在打印。请从打印机取走。
print-trouble = 打印机需要处理，所以您的卡片现在无法打印出来。
saved-not-printed = 您的卡片已保存。工作人员会把它交给您。
goodbye-reference = 您的卡片编号是 { $reference }（卡片上也有）。如果将来想删除您的肖像，请提供这个编号。
goodbye-kept = 按照您的同意，您的肖像和留言保存在本摊位的档案中。
goodbye-not-kept = 您的肖像和留言不会被保存：摊位会在今天结束时删除它们。在此之前，工作人员可以再次为您打印卡片。

archive-notice = 摊位暂时无法制作卡片。请询问工作人员。
printer-notice = 打印机已暂停。您的卡片会被妥善保存，工作人员会把它交给您。
not-saved = 您的卡片未能保存，因此没有打印。请询问工作人员；他们告诉您时，可以再按一次“打印”。
engine-stopped = 卡片制作程序已停止。请让工作人员重新启动摊位。

listen = 朗读
a11y-larger = 放大文字
a11y-contrast = 高对比度
a11y-speech = 为我朗读
heard-message = 您的留言：{ $message }
heard-name = 您的名字：{ $name }
more-time-title = 您需要更多时间吗？
more-time-body = 摊位将在 { $seconds } 秒后回到开始界面。
more-time-button = 我需要更多时间
