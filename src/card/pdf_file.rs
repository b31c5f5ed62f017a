//! A PDF file written object by object as its pages are made, so that a document of
//! thousands of cards never sits in memory whole.
//!
//! Pages are made by printpdf in small batches and converted to lopdf documents; this
//! module copies a batch's objects into the file under the file's own object numbers
//! (objects shared by every batch, such as the fonts, only once). pdf-writer serialises
//! each object; what is left here is the file's frame (PDF 1.7, section 7.5): the header,
//! the cross-reference table of byte offsets kept while writing, and the trailer.

use std::collections::HashMap;
use std::io::{self, Write};

use lopdf::{Object, ObjectId};
use pdf_writer::{Chunk, Name, Obj, Ref, Settings, Str};

/// Objects of a batch already written to the file, by their number in the batch.
pub(super) type Copied = HashMap<ObjectId, Ref>;

/// The file being written.
pub(super) struct PdfFile<W: Write> {
    out: W,
    written: u64,
    /// Byte offset of each object, by object number - 1: the cross-reference table.
    offsets: Vec<Option<u64>>,
    /// Font programs written, by the SHA-256 of their bytes: a face embedded under
    /// several ToUnicode maps (see `pdf::Subset`) is in the file once.
    programs: HashMap<Vec<u8>, Ref>,
}

impl<W: Write> PdfFile<W> {
    /// Starts the file with its header (the second line marks it as binary for tools
    /// that guess).
    pub fn new(out: W) -> io::Result<PdfFile<W>> {
        let mut file = PdfFile {
            out,
            written: 0,
            offsets: Vec::new(),
            programs: HashMap::new(),
        };
        file.put(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(file)
    }

    /// A number for an object written later (objects that refer to each other).
    pub fn reserve(&mut self) -> Ref {
        self.offsets.push(None);
        Ref::new(self.offsets.len() as i32)
    }

    /// Writes one object made with pdf-writer (the chunk must hold exactly one).
    pub fn write(&mut self, chunk: &Chunk) -> io::Result<()> {
        let mut refs = chunk.refs();
        if let (Some(r), None) = (refs.next(), refs.next()) {
            let slot = usize::try_from(r.get() - 1).ok();
            if let Some(slot) = slot.and_then(|i| self.offsets.get_mut(i)) {
                *slot = Some(self.written);
                return self.put(chunk.as_bytes());
            }
        }
        Err(io::Error::other(
            "PDF: a chunk must hold one reserved object",
        ))
    }

    /// Writes object `at` as `write` makes it.
    pub fn write_with(&mut self, at: Ref, write: impl FnOnce(Obj<'_>)) -> io::Result<()> {
        let mut chunk = Chunk::with_settings(Settings { pretty: false });
        write(chunk.indirect(at));
        self.write(&chunk)
    }

    /// Copies object `id` of the batch `doc` into the file, after every object it refers
    /// to that is not in `copied` yet; returns its number in the file. The object is
    /// taken out of `doc`, so a photo is never held twice.
    pub fn copy(
        &mut self,
        doc: &mut lopdf::Document,
        id: ObjectId,
        copied: &mut Copied,
    ) -> io::Result<Ref> {
        if let Some(&r) = copied.get(&id) {
            return Ok(r);
        }
        // An embedded TrueType program is the stream with a /Length1.
        let program = match doc.objects.get(&id) {
            Some(Object::Stream(s)) if s.dict.has(b"Length1") => {
                use sha2::Digest;
                Some(sha2::Sha256::digest(&s.content).to_vec())
            }
            _ => None,
        };
        if let Some(&r) = program.as_ref().and_then(|p| self.programs.get(p)) {
            doc.objects.remove(&id);
            copied.insert(id, r);
            return Ok(r);
        }
        let r = self.reserve();
        self.copy_to(doc, id, r, copied)?;
        if let Some(program) = program {
            self.programs.insert(program, r);
        }
        Ok(r)
    }

    /// Like [`PdfFile::copy`], into the reserved number `at`.
    pub fn copy_to(
        &mut self,
        doc: &mut lopdf::Document,
        id: ObjectId,
        at: Ref,
        copied: &mut Copied,
    ) -> io::Result<()> {
        copied.insert(id, at);
        // An object that is not there is null, as a reference to it would read.
        let mut object = doc.objects.remove(&id).unwrap_or(Object::Null);
        let mut children = Vec::new();
        references(&object, &mut children);
        for child in children {
            self.copy(doc, child, copied)?;
        }
        let mut chunk = Chunk::with_settings(Settings { pretty: false });
        match &mut object {
            Object::Stream(stream) => {
                if stream.allows_compression && !stream.dict.has(b"Filter") {
                    // Content streams, fonts and colour maps: deflated here, one at a time.
                    let _ = stream.compress();
                }
                let mut out = chunk.stream(at, &stream.content);
                for (key, value) in stream.dict.iter().filter(|(k, _)| *k != b"Length") {
                    value_into(out.insert(Name(key)), value, copied);
                }
            }
            other => value_into(chunk.indirect(at), other, copied),
        }
        self.write(&chunk)
    }

    /// Ends the file: cross-reference table and trailer. Every reserved number must have
    /// been written by now; one that was not is listed as free.
    pub fn finish(mut self, root: Ref, info: Ref) -> io::Result<W> {
        let xref = self.written;
        let mut table = format!("xref\n0 {}\n0000000000 65535 f\r\n", self.offsets.len() + 1);
        for offset in &self.offsets {
            match offset {
                Some(at) => table.push_str(&format!("{at:010} 00000 n\r\n")),
                None => table.push_str("0000000000 00000 f\r\n"),
            }
        }
        table.push_str(&format!(
            "trailer\n<< /Size {} /Root {} 0 R /Info {} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len() + 1,
            root.get(),
            info.get()
        ));
        self.put(table.as_bytes())?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }
}

/// The objects `object` refers to, in order.
fn references(object: &Object, out: &mut Vec<ObjectId>) {
    match object {
        Object::Reference(id) => out.push(*id),
        Object::Array(items) => items.iter().for_each(|i| references(i, out)),
        Object::Dictionary(dict) => dict.iter().for_each(|(_, v)| references(v, out)),
        Object::Stream(stream) => stream.dict.iter().for_each(|(_, v)| references(v, out)),
        _ => {}
    }
}

/// Writes a lopdf value with pdf-writer, references renumbered.
fn value_into(obj: Obj<'_>, value: &Object, copied: &Copied) {
    match value {
        Object::Null | Object::Stream(_) => obj.primitive(pdf_writer::Null),
        Object::Boolean(b) => obj.primitive(*b),
        Object::Integer(i) => obj.primitive(i32::try_from(*i).unwrap_or(i32::MAX)),
        Object::Real(r) => obj.primitive(*r),
        Object::Name(name) => obj.primitive(Name(name)),
        Object::String(bytes, _) => obj.primitive(Str(bytes)),
        Object::Array(items) => {
            let mut array = obj.array();
            for item in items {
                value_into(array.push(), item, copied);
            }
        }
        Object::Dictionary(dict) => {
            let mut out = obj.dict();
            for (key, value) in dict.iter() {
                value_into(out.insert(Name(key)), value, copied);
            }
        }
        Object::Reference(id) => match copied.get(id) {
            Some(&r) => obj.primitive(r),
            None => obj.primitive(pdf_writer::Null),
        },
    }
}
