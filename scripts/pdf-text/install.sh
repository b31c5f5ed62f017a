#!/usr/bin/env bash
# Installs the PDF readers the tests copy the cards' words back with, into a cache folder
# (not the repository): PDFium, Chrome's PDF engine, through pypdfium2 (PyPI), and pdf.js,
# Firefox's PDF viewer, through pdfjs-dist (npm). Versions are pinned so that a reader's
# new release changes the tests' figures only when the pins are moved on purpose.
# Usage: scripts/pdf-text/install.sh [FOLDER]   (default: ~/.cache/welcome-booth/pdf-readers,
# where the tests look unless WELCOME_BOOTH_PDF_READERS names another folder)
set -euo pipefail
folder=${1:-${WELCOME_BOOTH_PDF_READERS:-$HOME/.cache/welcome-booth/pdf-readers}}
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
need=()
command -v node >/dev/null || need+=(nodejs npm)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
# pdfjs-dist 5 runs on Node.js 20.19 or later (Debian 13's; Debian 12 ships 18).
node_new_enough() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number);
           process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null
}
if ! node_new_enough; then
  echo "pdf.js needs Node.js 20.19 or later; this machine has $(node --version 2>/dev/null || echo none)." >&2
  echo "Install a newer Node.js (Debian 13 has one; for Debian 12 see nodejs.org), then run $0 again." >&2
  exit 1
fi
mkdir -p "$folder"
# --target keeps it out of the system's Python (which Debian guards: hence the flag).
python3 -m pip install --quiet --disable-pip-version-check --break-system-packages --root-user-action=ignore \
  --upgrade --target "$folder/py" pypdfium2==5.15.2
npm install --silent --no-fund --no-audit --prefix "$folder/js" pdfjs-dist@5.6.205
echo "PDF readers in $folder: PDFium (pypdfium2 5.15.2), pdf.js (pdfjs-dist 5.6.205)"
