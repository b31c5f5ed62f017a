// The curator desk's one script: the live preview of the translation editor and of the
// interviewer's quote (the card is drawn again by the server a moment after typing stops;
// the newest answer wins), and the interviewer's view of where the participant is now.
// Everything else on the desk is plain forms.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  followParticipant();
  livePreview();
});

// The participant's step, looked up every few seconds while the page is in view; once
// they have finished or walked away, the page says so (what is typed then reaches nobody).
function followParticipant() {
  const now = document.querySelector("[data-now]");
  if (!now) return;
  const looking = setInterval(async () => {
    if (document.hidden) return;
    try {
      const answer = await fetch(now.dataset.now, { cache: "no-store" });
      if (!answer.ok) return;
      const at = await answer.json();
      if (at.token === now.dataset.token) {
        now.textContent = at.now;
        return;
      }
      clearInterval(looking);
      now.textContent = "This participant has finished or walked away: nothing sent from " +
        "this page reaches the booth now. Look again for whoever is there.";
      now.classList.add("problem");
    } catch (e) {
      // The desk is out of reach for a moment; the next look may find it.
    }
  }, 3000);
}

function livePreview() {
  const form = document.querySelector("form.editor[data-preview]");
  if (!form) return;
  const text = form.querySelector("textarea[data-previewed]");
  const img = document.getElementById("preview");
  const note = document.getElementById("preview-note");
  let timer = null;
  let asked = 0;
  let shown = null;

  async function draw() {
    const n = ++asked;
    note.textContent = "Drawing the card…";
    const body = new URLSearchParams({
      csrf: form.querySelector("input[name=csrf]").value,
      text: text.value,
    });
    try {
      const answer = await fetch(form.dataset.preview, { method: "POST", body });
      if (n !== asked) return; // a newer keystroke has asked since
      if (!answer.ok) {
        note.textContent = await answer.text();
        note.classList.add("problem");
        return;
      }
      const url = URL.createObjectURL(await answer.blob());
      img.src = url;
      if (shown) URL.revokeObjectURL(shown);
      shown = url;
      note.classList.remove("problem");
      note.textContent = (form.dataset.drawnNote || "The card as typed") + " (drawn in " +
        answer.headers.get("X-Render-Ms") + " ms).";
      img.dataset.drawn = String(n);
    } catch (e) {
      if (n === asked) note.textContent = "The preview could not be drawn: " + e;
    }
  }

  text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(draw, 350);
  });
  // A quote already written is drawn at once (the translation editor shows the card).
  if (!img.getAttribute("src") && text.value.trim()) draw();
}
