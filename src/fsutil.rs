//! Crash-safe file writing (nothing the booth writes is ever seen half-written), and
//! careful reading of files that come from outside (a USB stick, a bundle, a photo).

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder is written,
/// flushed to disk, then renamed over `path`, and the folder itself is synced so the rename
/// survives a power cut. Readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Like [`write_atomic`], with the content written by `write` (large files streamed).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut AtomicFile) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    write(&mut file)?;
    file.commit()
}

/// A file written bit by bit and seen whole or not at all: the content goes to a
/// temporary file beside `path` (buffered), and [`AtomicFile::commit`] flushes it to disk
/// and renames it over `path`. Dropped without commit, the temporary file is removed.
/// Exports that take minutes are written this way, so that memory holds only a buffer.
pub struct AtomicFile {
    out: Option<BufWriter<File>>,
    tmp: PathBuf,
    path: PathBuf,
}

impl AtomicFile {
    /// Starts writing `path` (nothing appears there until commit).
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        // Renaming over a device or a folder would replace it (as root, /dev/null itself).
        if let Ok(meta) = fs::symlink_metadata(path)
            && !meta.is_file()
            && !meta.file_type().is_symlink()
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a file that can be replaced", path.display()),
            ));
        }
        let dir = folder_of(path);
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            std::process::id()
        ));
        Ok(AtomicFile {
            out: Some(BufWriter::with_capacity(1 << 16, File::create(&tmp)?)),
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// Flushes to disk and puts the file in place; the folder is synced so the rename
    /// survives a power cut.
    pub fn commit(mut self) -> io::Result<()> {
        let file = self
            .out
            .take()
            .expect("an AtomicFile holds its file until commit")
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        fs::rename(&self.tmp, &self.path)?;
        File::open(folder_of(&self.path))?.sync_all()
    }

    fn out(&mut self) -> &mut BufWriter<File> {
        self.out
            .as_mut()
            .expect("an AtomicFile holds its file until commit")
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out().write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out().flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Reads a file given from outside, refusing anything but a regular file of at most
/// `max` bytes: `/dev/zero`, a FIFO or a 20 GB file never fill memory. The size is checked
/// before reading and again while reading (a file that grows is cut off, not followed).
pub fn read_limited(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    read_regular(File::open(path)?, max)
}

/// Like [`read_limited`], for a text file (a layout, a keyboard): it must be UTF-8.
pub fn read_text_limited(path: &Path, max: u64) -> io::Result<String> {
    String::from_utf8(read_limited(path, max)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

/// A folder from outside (a card folder on a USB stick, a bundle being unpacked) whose
/// files are read by name without ever following a link: the folder itself must not be
/// one, and each file is opened relative to it with `O_NOFOLLOW`, so a record cannot make
/// the booth read a file elsewhere on the machine.
pub struct UntrustedDir {
    fd: rustix::fd::OwnedFd,
    path: PathBuf,
}

impl UntrustedDir {
    /// Opens `path`, which must be a real folder (not a link to one).
    pub fn open(path: &Path) -> io::Result<UntrustedDir> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let fd = rustix::fs::open(path, flags, Mode::empty()).map_err(|e| match e {
            rustix::io::Errno::LOOP | rustix::io::Errno::NOTDIR => io::Error::new(
                io::ErrorKind::InvalidInput,
                "it is a link or not a folder, which an archive never holds",
            ),
            e => e.into(),
        })?;
        Ok(UntrustedDir {
            fd,
            path: path.to_path_buf(),
        })
    }

    /// Reads the regular file `name` (one name, no folders) inside, at most `max` bytes.
    pub fn read(&self, name: &str, max: u64) -> io::Result<Vec<u8>> {
        read_regular(self.open_file(name)?, max)
    }

    /// Checks `name` as [`read`](Self::read) does, without reading it whole: its first
    /// `head` bytes (enough to tell what kind of file it is).
    pub fn head(&self, name: &str, max: u64, head: u64) -> io::Result<Vec<u8>> {
        use std::io::Read;
        let file = regular(self.open_file(name)?, max)?;
        let mut bytes = Vec::new();
        file.take(head).read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn open_file(&self, name: &str) -> io::Result<File> {
        use rustix::fs::{Mode, OFlags};
        if name.is_empty() || name.contains('/') || name == ".." || name == "." {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{name:?} is not a file name"),
            ));
        }
        // NONBLOCK: opening a FIFO planted in the folder must not hang the booth.
        let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK;
        let fd = rustix::fs::openat(&self.fd, name, flags, Mode::empty()).map_err(|e| match e {
            rustix::io::Errno::LOOP => io::Error::new(
                io::ErrorKind::InvalidInput,
                "it is a link, which an archive never holds",
            ),
            e => e.into(),
        })?;
        Ok(File::from(fd))
    }

    /// The folder's path, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The file, if it is a regular file of at most `max` bytes.
fn regular(file: File, max: u64) -> io::Result<File> {
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is not a regular file (a device, a pipe or a folder)",
        ));
    }
    if meta.len() > max {
        return Err(too_big(max));
    }
    Ok(file)
}

fn read_regular(file: File, max: u64) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let file = regular(file, max)?;
    let mut bytes = Vec::with_capacity(file.metadata()?.len() as usize);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big(max));
    }
    Ok(bytes)
}

/// The error for a file over its size limit.
pub fn too_big(max: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        format!("it is larger than the {} the booth accepts", size_text(max)),
    )
}

/// A size in the words people read sizes in ("64 MB").
pub fn size_text(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{} GB", b >> 30),
        b if b >= 1 << 20 => format!("{} MB", b >> 20),
        b if b >= 1 << 10 => format!("{} KB", b >> 10),
        b => format!("{b} bytes"),
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("card.pdf");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("card.pdf")]);
    }

    #[test]
    fn an_unfinished_file_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("exhibition.pdf");
        write_atomic(&path, b"old").unwrap();
        let mut file = AtomicFile::create(&path).unwrap();
        file.write_all(b"half of a new one").unwrap();
        drop(file);
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn outside_files_are_read_only_when_regular_small_and_not_links() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("photo.jpg"), b"12345").unwrap();
        std::os::unix::fs::symlink("/etc/hostname", dir.path().join("card.json")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("link")).unwrap();
        let folder = UntrustedDir::open(dir.path()).unwrap();
        assert_eq!(folder.read("photo.jpg", 5).unwrap(), b"12345");
        assert_eq!(
            folder.read("photo.jpg", 4).unwrap_err().kind(),
            io::ErrorKind::FileTooLarge
        );
        for name in ["card.json", "../photo.jpg", "link", ""] {
            let err = folder.read(name, 100).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput, "{name}: {err}");
        }
        let err = UntrustedDir::open(&dir.path().join("link")).err().unwrap();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        let err = read_limited(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput, "{err}");
    }

    #[test]
    fn missing_folder_is_an_error_not_a_panic() {
        let err = write_atomic(Path::new("/nonexistent/folder/card.pdf"), b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }
}
