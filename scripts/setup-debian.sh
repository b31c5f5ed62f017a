#!/usr/bin/env bash
# Installs what Welcome Booth needs on a fresh Debian (12 or later) machine: the Rust
# toolchain if missing, and the system packages for building and for the tests; with
# --tests also the PDF readers the tests compare (PDFium and pdf.js; Node.js 20.19 or later).
set -euo pipefail

# Root needs no sudo (containers, CI); everyone else does.
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

PACKAGES=(
  build-essential pkg-config curl ca-certificates
  libclang-dev linux-libc-dev nasm   # the webcam driver's bindings (bindgen) and fast JPEG decoding (mozjpeg SIMD)
  libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0   # the kiosk window (X11)
  libwayland-dev  # the screen reader bridge (AccessKit) builds winit's Wayland side too
  espeak-ng alsa-utils   # spoken guidance in the participant's language, played through aplay
  sox             # the speech tests measure the spoken WAV files
  libgl1 libegl1 libgl1-mesa-dri   # OpenGL for the window; Mesa draws in software where there is no GPU
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji   # participants' scripts and emoji on the cards
  poppler-utils   # pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm: the PDF tests
  mupdf-tools     # mutool: a second PDF text extractor in the tests
  chromium chromium-driver   # the gallery and curator desk tests drive headless Chromium (WebDriver)
  cups cups-client cups-bsd printer-driver-cups-pdf   # printing, and a virtual PDF printer for the tests
  mount procps    # the tests mount a small disk and a stand-in USB stick, and restart CUPS
)

$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"

# With --tests: the PDF readers besides poppler that the tests copy the cards' words back
# with (PDFium, pdf.js), pinned, into a cache folder. The kiosk does not need them.
if [ "${1:-}" = "--tests" ]; then
  bash "$(dirname "$0")/pdf-text/install.sh"
fi

# The print tests talk to a real CUPS server: start it if it is not running (containers
# and CI have no systemd).
cups_running() { lpstat -r 2>/dev/null | grep -qx "scheduler is running"; }
if ! cups_running; then
  if ! $SUDO systemctl start cups >/dev/null 2>&1; then
    $SUDO mkdir -p /run/cups
    $SUDO /usr/sbin/cupsd
  fi
  for _ in $(seq 1 50); do cups_running && break; sleep 0.2; done
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "Rust is installed in ~/.cargo/bin; run: source \"\$HOME/.cargo/env\"" >&2
  else
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    echo "Rust installed; run: source \"\$HOME/.cargo/env\" (or open a new shell)" >&2
  fi
fi
