//! Folders: every supported file below an input folder is masked into an output folder that mirrors the
//! tree, files in parallel. A failing file is reported and the others go on.

use crate::engine::Masker;
use crate::error::{Error, Result};
use crate::io::Format;
use crate::job::{self, JobOptions, JobResult};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The supported files below a folder, sorted; our own outputs and reports are skipped.
pub fn list_inputs(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = std::fs::read_dir(&d).map_err(|e| Error::Unreadable { path: d.clone(), reason: e.to_string() })?;
        for entry in rd.flatten() {
            let p = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.starts_with("~$") {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file()
                && Format::of(&p).is_some()
                && !name.contains(".masked.")
                && !name.ends_with(".audit.json")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// One file's outcome.
#[derive(Debug)]
pub struct Outcome {
    pub input: PathBuf,
    pub result: Result<JobResult>,
}

/// Masks every file below `input` into `outdir`, mirroring the tree.
pub fn mask_folder(
    m: &Masker,
    input: &Path,
    outdir: &Path,
    jo: &JobOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Outcome>> {
    let files = list_inputs(input)?;
    if let (Ok(a), Ok(b)) = (
        std::fs::canonicalize(input),
        std::fs::canonicalize(outdir).or_else(|_| Ok::<_, std::io::Error>(outdir.to_path_buf())),
    ) {
        if b.starts_with(&a) {
            return Err(Error::Usage(format!(
                "{}: the output folder must not be inside the input folder",
                outdir.display()
            )));
        }
    }
    Ok(files
        .par_iter()
        .map(|f| {
            let rel = f.strip_prefix(input).unwrap_or(f);
            let mut target = outdir.join(rel);
            let ext = Format::output_ext(f);
            target.set_extension(ext);
            let result = (|| {
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| Error::Write { path: parent.into(), reason: e.to_string() })?;
                }
                let o = JobOptions { output: Some(target.clone()), report: None, ..jo.clone() };
                job::mask_file(m, f, &o, progress)
            })();
            Outcome { input: f.clone(), result }
        })
        .collect())
}

/// The masked outputs below a folder (what `verify` checks): supported files, reports skipped.
pub fn list_outputs(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = std::fs::read_dir(&d).map_err(|e| Error::Unreadable { path: d.clone(), reason: e.to_string() })?;
        for entry in rd.flatten() {
            let p = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() && Format::of(&p).is_some() {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}
