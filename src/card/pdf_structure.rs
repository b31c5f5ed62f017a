//! The document's logical structure (tagged PDF, PDF 1.7 section 14.8): each page's text
//! blocks are paragraphs, each in its language where it can be told, its portrait is a
//! figure with a description, and what only decorates (the background, a frame) is an
//! artifact. Screen readers read a tagged PDF in this order, with a voice for each
//! paragraph's language; the document's language (`/Lang`) is its messages' language.

use std::collections::BTreeSet;
use std::io::{self, Write};

use pdf_writer::writers::{Catalog, StructElement, StructTreeRoot};
use pdf_writer::{Name, Ref, TextStr};
use printpdf::{DictItem, Op};

use super::error::TextField;
use super::pdf_file::PdfFile;
use super::text::{TextBlock, extractable};

/// One marked part of a page. Its marked-content id is its place among the page's parts.
enum Part {
    /// A block of text, in its language (BCP 47) where it can be told, with its words
    /// in reading order.
    Paragraph {
        lang: Option<&'static str>,
        text: String,
    },
    /// A picture that shows something, with its description (in English, like the
    /// document's title).
    Figure { alt: String },
}

/// The parts of every page so far, in page order and reading order.
#[derive(Default)]
pub(super) struct Structure {
    pages: Vec<Vec<Part>>,
    /// The language of each page's message, where it has one.
    message_langs: BTreeSet<Option<&'static str>>,
}

impl Structure {
    /// Starts the next page's parts.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
    }

    /// Opens the marked-content sequence of a text block; close it with
    /// `Op::EndMarkedContent` once it is drawn.
    pub fn begin_text(&mut self, ops: &mut Vec<Op>, block: &TextBlock) {
        let lines: Vec<String> = block
            .lines
            .iter()
            .map(|l| extractable(l.text.trim_end()))
            .collect();
        let text = lines.join("\n");
        if block.field == TextField::Message {
            self.message_langs.insert(block.lang);
        }
        self.begin(
            ops,
            Part::Paragraph {
                lang: block.lang,
                text,
            },
        );
    }

    /// Opens the marked-content sequence of a picture: a figure with the description
    /// `alt`, or an artifact (`None`: decoration) that screen readers skip.
    pub fn begin_picture(&mut self, ops: &mut Vec<Op>, alt: Option<&str>) {
        match alt {
            Some(alt) => self.begin(ops, Part::Figure { alt: alt.into() }),
            None => begin_artifact(ops),
        }
    }

    fn begin(&mut self, ops: &mut Vec<Op>, part: Part) {
        let Some(parts) = self.pages.last_mut() else {
            return begin_artifact(ops);
        };
        let role = match part {
            Part::Paragraph { .. } => "P",
            Part::Figure { .. } => "Figure",
        };
        ops.push(Op::BeginMarkedContentWithProperties {
            tag: role.into(),
            properties: DictItem::Dict {
                map: [("MCID".to_string(), DictItem::Int(parts.len() as i64))].into(),
            },
        });
        parts.push(part);
    }

    /// Writes the structure tree of the pages `kids` (the file's page objects, in the
    /// order their parts were noted; each page names its key in the parent tree, its
    /// index, as `/StructParents`) and returns the root's number.
    pub fn write<W: Write>(&self, file: &mut PdfFile<W>, kids: &[Ref]) -> io::Result<Ref> {
        let root = file.reserve();
        let document = file.reserve();
        let mut elements = Vec::new();
        let mut parent_tree = Vec::new();
        for (parts, &page) in self.pages.iter().zip(kids) {
            let mut by_mcid = Vec::new();
            for (mcid, part) in parts.iter().enumerate() {
                let id = file.reserve();
                file.write_with(id, |obj| {
                    let mut element = obj.start::<StructElement>();
                    element.parent(document).page(page);
                    element.children().marked_content_id(mcid as i32);
                    match part {
                        Part::Paragraph { lang, text } => {
                            // Readers of the structure (screen readers, Acrobat's
                            // accessible text) take the words from here in reading
                            // order, whatever order the glyphs are drawn in.
                            element.kind(pdf_writer::types::StructRole::P);
                            element.actual_text(TextStr(text));
                            if let Some(lang) = lang {
                                element.lang(TextStr(lang));
                            }
                        }
                        Part::Figure { alt } => {
                            element.kind(pdf_writer::types::StructRole::Figure);
                            element.alt(TextStr(alt)).lang(TextStr("en"));
                        }
                    }
                })?;
                by_mcid.push(id);
            }
            let array = file.reserve();
            file.write_with(array, |obj| {
                obj.array().items(by_mcid.iter().copied());
            })?;
            parent_tree.push(array);
            elements.extend(by_mcid);
        }
        file.write_with(document, |obj| {
            let mut element = obj.start::<StructElement>();
            element.kind(pdf_writer::types::StructRole::Document);
            element.parent(root);
            element.children().items(elements.iter().copied());
        })?;
        file.write_with(root, |obj| {
            let mut tree = obj.start::<StructTreeRoot>();
            tree.child(document);
            {
                let mut parents = tree.parent_tree();
                let mut nums = parents.nums();
                for (key, &array) in parent_tree.iter().enumerate() {
                    nums.insert(key as i32, array);
                }
            }
            tree.parent_tree_next_key(parent_tree.len() as i32);
        })?;
        Ok(root)
    }

    /// Fills the catalog's tagging entries: the structure tree `root`, that the file is
    /// tagged, and the document's language where every message shares one.
    pub fn catalog(&self, catalog: &mut Catalog<'_>, root: Ref) {
        catalog.pair(Name(b"StructTreeRoot"), root);
        catalog.mark_info().marked(true);
        if let [Some(lang)] = self.message_langs.iter().collect::<Vec<_>>()[..] {
            catalog.lang(TextStr(lang));
        }
        catalog.viewer_preferences().display_doc_title(true);
    }
}

/// Opens an artifact's marked-content sequence: drawn, but not part of what the page says.
pub(super) fn begin_artifact(ops: &mut Vec<Op>) {
    ops.push(Op::BeginMarkedContent {
        tag: "Artifact".into(),
    });
}
