//! Reading and writing rosters: CSV/TSV in UTF-8 or GBK ([`csv`]), xlsx/xls/ods through calamine
//! ([`excel`]), xlsx through rust_xlsxwriter ([`xlsx`]). Outputs are written to a temporary file in the
//! output's folder and renamed at the end, so an error or a kill never leaves a half-written output.

pub mod csv;
pub mod excel;
pub mod xlsx;

use crate::error::{Error, Result};
use crate::table::{Encoding, Workbook};
use std::io::Read;
use std::path::{Path, PathBuf};

/// File formats by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    Xlsx,
    Xls,
    Ods,
}

impl Format {
    /// The format an extension names.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" | "txt" => Format::Csv,
            "tsv" => Format::Tsv,
            "xlsx" | "xlsm" => Format::Xlsx,
            "xls" => Format::Xls,
            "ods" => Format::Ods,
            _ => return None,
        })
    }

    /// Whether calamine reads it.
    pub fn is_excel(self) -> bool {
        matches!(self, Format::Xlsx | Format::Xls | Format::Ods)
    }

    /// The extension an output of this input gets (.xls and .ods become .xlsx).
    pub fn output_ext(path: &Path) -> String {
        match Format::of(path) {
            Some(Format::Xls | Format::Ods) => "xlsx".into(),
            _ => path.extension().and_then(|e| e.to_str()).unwrap_or("csv").to_ascii_lowercase(),
        }
    }
}

/// Encoding asked for on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EncodingChoice {
    #[default]
    Auto,
    Utf8,
    Utf8Bom,
    Gbk,
}

impl EncodingChoice {
    /// The fixed encoding, if one was chosen.
    pub fn fixed(self) -> Option<Encoding> {
        match self {
            EncodingChoice::Auto => None,
            EncodingChoice::Utf8 => Some(Encoding::Utf8),
            EncodingChoice::Utf8Bom => Some(Encoding::Utf8Bom),
            EncodingChoice::Gbk => Some(Encoding::Gbk),
        }
    }
}

/// `<stem>.masked.<ext>` beside the input.
pub fn default_output(input: &Path) -> PathBuf {
    let stem = input.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
    input.with_file_name(format!("{stem}.masked.{}", Format::output_ext(input)))
}

/// Checks that an input exists and is a supported, readable file; returns its format.
pub fn check_input(path: &Path) -> Result<Format> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound { path: path.into() },
        _ => Error::Unreadable { path: path.into(), reason: e.to_string() },
    })?;
    if meta.is_dir() {
        return Err(Error::Unreadable { path: path.into(), reason: "is a folder".into() });
    }
    let format = Format::of(path).ok_or_else(|| Error::Unsupported { path: path.into() })?;
    if meta.len() == 0 {
        return Err(Error::Empty { path: path.into() });
    }
    let mut head = [0u8; 8];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| Error::Unreadable { path: path.into(), reason: e.to_string() })?;
    let head = &head[..n];
    let zip = head.starts_with(b"PK\x03\x04");
    let ole = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    match format {
        Format::Csv | Format::Tsv if zip || ole => Err(Error::Corrupt {
            path: path.into(),
            format: "CSV",
            reason: "this is a spreadsheet workbook, not CSV text; give it its .xlsx/.xls extension".into(),
        }),
        Format::Xlsx | Format::Ods if ole => {
            if excel::ole_is_encrypted(path) {
                Err(Error::Encrypted { path: path.into() })
            } else {
                Err(Error::Corrupt {
                    path: path.into(),
                    format: if format == Format::Ods { "ODS" } else { "xlsx" },
                    reason: "this is an old binary workbook; give it the .xls extension".into(),
                })
            }
        }
        Format::Xlsx | Format::Ods if !zip => Err(Error::Corrupt {
            path: path.into(),
            format: if format == Format::Ods { "ODS" } else { "xlsx" },
            reason: "not a zip-based workbook (is it CSV text? give it the .csv extension)".into(),
        }),
        // A password-protected xlsx saved or renamed as .xls: say so, not "corrupt".
        Format::Xls if ole && excel::ole_is_encrypted(path) => Err(Error::Encrypted { path: path.into() }),
        Format::Xls if !ole => Err(Error::Corrupt {
            path: path.into(),
            format: "xls",
            reason: "not a binary Excel workbook (is it xlsx or CSV? fix the extension)".into(),
        }),
        _ => Ok(format),
    }
}

/// Reads a whole workbook into memory.
pub fn read(path: &Path, enc: EncodingChoice) -> Result<Workbook> {
    let format = check_input(path)?;
    match format {
        Format::Csv | Format::Tsv => csv::read_all(path, enc, format == Format::Tsv),
        _ => excel::read(path),
    }
}

/// Options for writing an output.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// Overwrite an existing output.
    pub force: bool,
    /// CSV output encoding (None: the input's).
    pub encoding: Option<Encoding>,
}

/// Refuses outputs that equal the input or exist without `force`.
pub fn check_output(input: &Path, output: &Path, force: bool) -> Result<()> {
    let same = match (std::fs::canonicalize(input), std::fs::canonicalize(output)) {
        (Ok(a), Ok(b)) => a == b,
        _ => input == output,
    };
    if same {
        return Err(Error::OutputIsInput { path: output.into() });
    }
    check_target(output, force)?;
    let dir = parent_dir(output);
    if !dir.is_dir() {
        return Err(Error::Write { path: output.into(), reason: "the output folder does not exist".into() });
    }
    Format::of(output).ok_or_else(|| Error::Unsupported { path: output.into() })?;
    Ok(())
}

/// Refuses to replace an existing `path` without `force`, and ever to replace anything but a regular
/// file: the rename of [`Atomic::commit`] would swap a device or pipe (`-o /dev/full --force` as root)
/// for a plain file.
pub fn check_target(path: &Path, force: bool) -> Result<()> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if !meta.is_file() {
        return Err(Error::Write { path: path.into(), reason: "exists and is not a regular file".into() });
    }
    if !force {
        return Err(Error::OutputExists { path: path.into() });
    }
    Ok(())
}

fn parent_dir(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A file being written that hashes every byte passed to it, so its SHA-256 needs no second read, and
/// flushes what it has to disk every [`SYNC_EVERY`] bytes, so the flush before the rename waits only for
/// the tail instead of the whole file.
pub struct HashingFile {
    file: std::fs::File,
    hash: sha2::Sha256,
    unsynced: usize,
}

/// Bytes written between two flushes to disk by [`HashingFile`].
const SYNC_EVERY: usize = 32 << 20;

impl HashingFile {
    pub fn new(file: std::fs::File) -> HashingFile {
        HashingFile { file, hash: sha2::Digest::new(), unsynced: 0 }
    }

    /// The hex SHA-256 of everything written.
    pub fn sha256(self) -> String {
        crate::patterns::hex(&sha2::Digest::finalize(self.hash))
    }
}

impl std::io::Write for HashingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = std::io::Write::write(&mut self.file, buf)?;
        sha2::Digest::update(&mut self.hash, &buf[..n]);
        self.unsynced += n;
        if self.unsynced >= SYNC_EVERY {
            self.file.sync_data()?;
            self.unsynced = 0;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::Write::flush(&mut self.file)
    }
}

/// A temporary file beside `output`, renamed onto it by [`Atomic::commit`] and removed when dropped.
pub struct Atomic {
    tmp: tempfile::NamedTempFile,
    output: PathBuf,
    force: bool,
}

impl Atomic {
    /// Creates the temporary file in the output's folder.
    pub fn new(output: &Path, force: bool) -> Result<Atomic> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(".tuomin-").suffix(".part");
        // An output is meant to be published: the usual mode of a new file (umask applies), not 0600.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        let tmp = builder
            .tempfile_in(parent_dir(output))
            .map_err(|e| Error::Write { path: output.into(), reason: e.to_string() })?;
        Ok(Atomic { tmp, output: output.into(), force })
    }

    /// The open temporary file.
    pub fn file(&mut self) -> &mut std::fs::File {
        self.tmp.as_file_mut()
    }

    /// Path of the temporary file.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Flushes to disk and renames onto the output.
    pub fn commit(self) -> Result<()> {
        let out = self.output.clone();
        let werr = |e: std::io::Error| Error::Write { path: out.clone(), reason: e.to_string() };
        self.tmp.as_file().sync_all().map_err(werr)?;
        if self.force {
            self.tmp.persist(&self.output).map_err(|e| werr(e.error))?;
        } else {
            self.tmp.persist_noclobber(&self.output).map_err(|e| werr(e.error))?;
        }
        Ok(())
    }
}

/// Writes a workbook to `output` atomically; the format follows the output's extension.
pub fn write(wb: &Workbook, output: &Path, opts: WriteOptions, bold_header: &[Option<usize>]) -> Result<()> {
    write_uncommitted(wb, output, opts, bold_header)?.commit()
}

/// Writes a workbook into a temporary file beside `output`; the caller commits it.
pub fn write_uncommitted(
    wb: &Workbook,
    output: &Path,
    opts: WriteOptions,
    bold_header: &[Option<usize>],
) -> Result<Atomic> {
    let format = Format::of(output).ok_or_else(|| Error::Unsupported { path: output.into() })?;
    let mut atomic = Atomic::new(output, opts.force)?;
    match format {
        Format::Csv | Format::Tsv => {
            let (enc, delim, crlf) = csv::output_params(wb, opts.encoding, format == Format::Tsv);
            let file =
                atomic.file().try_clone().map_err(|e| Error::Write { path: output.into(), reason: e.to_string() })?;
            let mut w = csv::Writer::new(file, enc, delim, crlf);
            for sheet in &wb.sheets {
                for row in &sheet.rows {
                    w.write_row(row.iter().map(|c| c.as_text()))
                        .map_err(|e| Error::Write { path: output.into(), reason: e.to_string() })?;
                }
            }
            w.finish().map_err(|e| Error::Write { path: output.into(), reason: e.to_string() })?;
        }
        Format::Xlsx => {
            let file =
                atomic.file().try_clone().map_err(|e| Error::Write { path: output.into(), reason: e.to_string() })?;
            xlsx::write(wb, file, bold_header).map_err(|reason| Error::Write { path: output.into(), reason })?;
        }
        Format::Xls | Format::Ods => {
            return Err(Error::Usage(format!(
                "{}: tuomin writes .xlsx, .csv or .tsv; choose one of those for the output",
                output.display()
            )));
        }
    }
    Ok(atomic)
}

/// SHA-256 of a file, hex.
pub fn sha256_file(path: &Path) -> Result<String> {
    sha256_file_until(path, &|| false)
}

/// [`sha256_file`], giving up with [`Error::Interrupted`] as soon as `stop` says so (checked every 64 KB), so
/// an interrupted job does not wait for the digest of a large input.
pub fn sha256_file_until(path: &Path, stop: &dyn Fn() -> bool) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut f =
        std::fs::File::open(path).map_err(|e| Error::Unreadable { path: path.into(), reason: e.to_string() })?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        if stop() {
            return Err(Error::Interrupted);
        }
        let n = f.read(&mut buf).map_err(|e| Error::Unreadable { path: path.into(), reason: e.to_string() })?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(crate::patterns::hex(&h.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashing_file_digest_matches_the_file_across_flushes_to_disk() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.bin");
        let mut f = HashingFile::new(std::fs::File::create(&path).unwrap());
        let block: Vec<u8> = (0..=255u8).cycle().take(1 << 20).collect();
        // Past one flush to disk, ending mid-block.
        for _ in 0..(SYNC_EVERY >> 20) + 1 {
            f.write_all(&block).unwrap();
        }
        f.write_all(&block[..1234]).unwrap();
        let digest = f.sha256();
        assert_eq!(std::fs::metadata(&path).unwrap().len() as usize, SYNC_EVERY + (1 << 20) + 1234);
        assert_eq!(digest, sha256_file(&path).unwrap());
        assert!(matches!(sha256_file_until(&path, &|| true), Err(Error::Interrupted)));
    }
}
