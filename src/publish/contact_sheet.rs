//! The contact sheet: every card of the exhibition as a thumbnail, twelve to an A4 page,
//! each labelled with its number, name and reference.

use super::PublishError;
use crate::archive::CardRecord;
use crate::card::geometry::{RectPt, Rgb, mm_to_pt};
use crate::card::text::TextBlock;
use crate::card::{CardEngine, Scene, TextField};

/// Contact sheet: A4 landscape, 4 x 3 thumbnails.
pub(super) const SHEET_W_MM: f32 = 297.0;
pub(super) const SHEET_H_MM: f32 = 210.0;
pub(super) const SHEET_COLS: usize = 4;
pub(super) const SHEET_ROWS: usize = 3;
pub(super) const SHEET_DPI: f32 = 150.0;
/// The label under card number `n`'s thumbnail on the contact sheet, laid out.
pub(super) fn sheet_caption(
    engine: &mut CardEngine,
    n: usize,
    card: &CardRecord,
) -> Result<TextBlock, PublishError> {
    let slot = n % (SHEET_COLS * SHEET_ROWS);
    Ok(engine.caption(
        TextField::Attribution,
        &sheet_label(n, card),
        label_rect(slot),
        7.0,
    )?)
}

/// "#3 · Amal · K7QM-4XRT": the number on the sheet, the name and the card's reference.
fn sheet_label(n: usize, card: &CardRecord) -> String {
    let short = card.id.reference();
    match &card.name {
        Some(name) => format!("#{} · {name} · {short}", n + 1),
        None => format!("#{} · {short}", n + 1),
    }
}

pub(super) fn blank_sheet() -> Scene {
    Scene {
        layout_name: "contact-sheet".into(),
        width_pt: mm_to_pt(SHEET_W_MM),
        height_pt: mm_to_pt(SHEET_H_MM),
        bleed_pt: 0.0,
        dpi: SHEET_DPI,
        background: Rgb([255, 255, 255]),
        images: Vec::new(),
        texts: Vec::new(),
        photo_ppi: SHEET_DPI,
    }
}

/// The cell of slot `i` on a contact sheet page (10 mm margins, 6 mm label strip).
pub(super) fn cell_rect(i: usize) -> RectPt {
    let (margin, gap) = (mm_to_pt(10.0), mm_to_pt(6.0));
    let w =
        (mm_to_pt(SHEET_W_MM) - 2.0 * margin - (SHEET_COLS as f32 - 1.0) * gap) / SHEET_COLS as f32;
    let h =
        (mm_to_pt(SHEET_H_MM) - 2.0 * margin - (SHEET_ROWS as f32 - 1.0) * gap) / SHEET_ROWS as f32;
    let (col, row) = ((i % SHEET_COLS) as f32, (i / SHEET_COLS) as f32);
    RectPt {
        x: margin + col * (w + gap),
        y: margin + row * (h + gap),
        w,
        h: h - mm_to_pt(6.0),
    }
}

fn label_rect(i: usize) -> RectPt {
    let cell = cell_rect(i);
    RectPt {
        x: cell.x,
        y: cell.bottom() + mm_to_pt(1.0),
        w: cell.w,
        h: mm_to_pt(5.0),
    }
}

/// The largest rectangle of this aspect ratio centred in `cell`.
pub(super) fn fit_rect(cell: RectPt, aspect: f32) -> RectPt {
    let (w, h) = if cell.w / cell.h > aspect {
        (cell.h * aspect, cell.h)
    } else {
        (cell.w, cell.w / aspect)
    };
    RectPt {
        x: cell.x + (cell.w - w) / 2.0,
        y: cell.y + (cell.h - h) / 2.0,
        w,
        h,
    }
}
