//! The application layer of the binary: builds the engine from the options, runs a command, prints the
//! summary (stderr) or JSON (stdout), and returns the exit code. The library itself never prints.

use crate::cli::{Cli, Command, Common, Enc, MaskArgs, ScanArgs, VerifyArgs};
use anyhow::{Context, Result, bail};
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use tuomin::date::Date;
use tuomin::engine::{MaskOptions, Masker, Punitive};
use tuomin::io::EncodingChoice;
use tuomin::job::{self, JobOptions, JobResult};
use tuomin::patterns::Patterns;
use tuomin::policy::Policy;
use tuomin::report::Report;
use tuomin::table::Encoding;
use tuomin::verify::{self, Verdict, VerifyOptions};

/// Parses the command line and runs it.
pub fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Mask(a) => mask(a),
        Command::Scan(a) => scan(a),
        Command::Verify(a) => verify_cmd(a),
    }
}

fn encoding(e: Enc) -> EncodingChoice {
    match e {
        Enc::Auto => EncodingChoice::Auto,
        Enc::Utf8 => EncodingChoice::Utf8,
        Enc::Utf8Bom => EncodingChoice::Utf8Bom,
        Enc::Gbk => EncodingChoice::Gbk,
    }
}

/// A flag raised by SIGINT/SIGTERM: the engine stops at the next chunk and nothing is written.
fn interrupt_flag() -> Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(sig, Arc::clone(&flag)).context("cannot install the signal handler")?;
    }
    Ok(flag)
}

fn engine(common: &Common, punitive: Option<Punitive>) -> Result<Masker> {
    if let Some(n) = common.jobs {
        if n == 0 {
            bail!("--jobs must be at least 1");
        }
        // Fails only if a pool was already built, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
    }
    let pats = Patterns::load(common.patterns.as_deref())?;
    let policy = match &common.policy {
        Some(p) => {
            let text = std::fs::read_to_string(p).with_context(|| format!("cannot read policy {}", p.display()))?;
            Policy::parse(&text, &p.display().to_string())?
        }
        None => Policy::parse(&pats.policy_text, "patterns/policy.toml")?,
    };
    let as_of = match &common.as_of {
        Some(s) => Date::parse_iso(s).with_context(|| format!("--as-of {s:?} is not a date (YYYY-MM-DD)"))?,
        None => Date::today(),
    };
    let opts = MaskOptions { policy, punitive, as_of, chunk_rows: 4096, interrupt: Some(interrupt_flag()?) };
    Ok(Masker::new(pats, opts)?)
}

fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("{spinner} {pos} rows masked ({per_sec})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb
}

fn out_encoding(a: &MaskArgs) -> Option<Encoding> {
    a.output_encoding.and_then(|e| encoding(e).fixed())
}

fn mask(a: MaskArgs) -> Result<ExitCode> {
    let punitive =
        if a.punitive { Some(Punitive::new(a.legal_basis.as_deref(), a.punitive_rows.as_deref())?) } else { None };
    let m = engine(&a.common, punitive)?;
    let pb = progress_bar(a.common.quiet);
    let tick = |n: u64| pb.inc(n);
    let jo = JobOptions {
        output: a.output.clone(),
        report: a.report.clone(),
        encoding: encoding(a.common.encoding),
        out_encoding: out_encoding(&a),
        force: a.force,
        dry_run: false,
    };
    if a.input.is_dir() {
        let outdir = a.output.clone().unwrap_or_else(|| sibling(&a.input, "-masked"));
        std::fs::create_dir_all(&outdir)
            .with_context(|| format!("{}: cannot create the output folder", outdir.display()))?;
        let outcomes = tuomin::batch::mask_folder(&m, &a.input, &outdir, &JobOptions { report: None, ..jo }, &tick)?;
        pb.finish_and_clear();
        let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
        if a.common.json {
            let rows: Vec<serde_json::Value> = outcomes
                .iter()
                .map(|o| match &o.result {
                    Ok(r) => serde_json::json!({"input": o.input, "status": "ok", "output": r.output, "report": r.report_path,
                        "cells_changed": r.report.cells_changed, "masked": r.report.totals, "warnings": r.report.warnings.len()}),
                    Err(e) => serde_json::json!({"input": o.input, "status": "failed", "error": e.to_string()}),
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&serde_json::json!({"files": rows, "failed": failed}))?);
        }
        if !a.common.quiet {
            eprintln!("{:<8} {:>8} {:>8}  file", "status", "changed", "warns");
            for o in &outcomes {
                match &o.result {
                    Ok(r) => eprintln!(
                        "{:<8} {:>8} {:>8}  {}",
                        "ok",
                        r.report.cells_changed,
                        r.report.warnings.len(),
                        o.input.display()
                    ),
                    Err(e) => eprintln!("{:<8} {:>8} {:>8}  {}", "FAILED", "-", "-", e),
                }
            }
            eprintln!("{} file(s) masked into {}, {failed} failed", outcomes.len() - failed, outdir.display());
        }
        return Ok(ExitCode::from(if failed > 0 { 2 } else { 0 }));
    }
    let r = job::mask_file(&m, &a.input, &jo, &tick)?;
    pb.finish_and_clear();
    if a.common.json {
        std::io::Write::write_all(&mut std::io::stdout().lock(), &[r.report.to_json()?, b"\n".to_vec()].concat())?;
    }
    if !a.common.quiet {
        summary(&r);
    }
    Ok(ExitCode::SUCCESS)
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "roster".into());
    dir.with_file_name(format!("{name}{suffix}"))
}

/// The short stderr summary after a run: per column, its kind and cells masked; then warnings.
fn summary(r: &JobResult) {
    eprintln!("masked {} -> {}", r.input.display(), r.output.display());
    print_columns(&r.report);
    eprintln!("report: {}", r.report_path.display());
}

fn print_columns(rep: &Report) {
    for s in &rep.sheets {
        eprintln!("  sheet {} (header row {}):", s.name, s.header_row.map_or("none".into(), |h| h.to_string()));
        for c in &s.columns {
            if c.cells_changed == 0 && c.kind == "free_text" && c.header.is_none() {
                continue;
            }
            let label = c.header.as_deref().unwrap_or("-");
            let kinds: Vec<String> = c.masked.iter().map(|(k, n)| format!("{k} {n}")).collect();
            eprintln!(
                "    {:<3} {:<14} {:<16} {:>6} cell(s) masked{}{}",
                c.column,
                label,
                format!("{}{}", c.kind, if c.public { " (public)" } else { "" }),
                c.cells_changed,
                if kinds.is_empty() { String::new() } else { format!("  [{}]", kinds.join(", ")) },
                if c.source == "content" { "  (by content)" } else { "" },
            );
        }
    }
    if let Some(p) = &rep.punitive {
        eprintln!("  punitive disclosure: {} name cell(s) kept readable; basis: {}", p.kept_cells.len(), p.legal_basis);
    }
    for w in &rep.warnings {
        eprintln!("  warning: {w}");
    }
}

fn scan(a: ScanArgs) -> Result<ExitCode> {
    let m = engine(&a.common, None)?;
    let pb = progress_bar(a.common.quiet);
    let tick = |n: u64| pb.inc(n);
    let jo = JobOptions { encoding: encoding(a.common.encoding), dry_run: true, ..JobOptions::default() };
    let r = job::mask_file(&m, &a.input, &jo, &tick)?;
    pb.finish_and_clear();
    if a.common.json {
        println!("{}", serde_json::to_string_pretty(&scan_json(&r.report))?);
    } else {
        println!("{}: would mask {} cell(s)", a.input.display(), r.report.cells_changed);
        for s in &r.report.sheets {
            println!("sheet {} (header row {})", s.name, s.header_row.map_or("none".into(), |h| h.to_string()));
            for c in &s.columns {
                if c.cells_changed == 0 {
                    continue;
                }
                let kinds: Vec<String> = c.masked.iter().map(|(k, n)| format!("{k} {n}")).collect();
                println!(
                    "  {} {:<14} {:<16} {:>6} cell(s) [{}] at {}",
                    c.column,
                    c.header.as_deref().unwrap_or("-"),
                    c.kind,
                    c.cells_changed,
                    kinds.join(", "),
                    ranges(&c.column, &c.changed_rows)
                );
            }
            for w in &s.warnings {
                println!("  warning: {w}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn ranges(col: &str, r: &[(u64, u64)]) -> String {
    let mut parts: Vec<String> = r
        .iter()
        .take(20)
        .map(|(a, b)| if a == b { format!("{col}{a}") } else { format!("{col}{a}:{col}{b}") })
        .collect();
    if r.len() > 20 {
        parts.push(format!("… ({} more ranges)", r.len() - 20));
    }
    parts.join(" ")
}

fn scan_json(rep: &Report) -> serde_json::Value {
    let sheets: Vec<serde_json::Value> = rep
        .sheets
        .iter()
        .map(|s| {
            let cols: Vec<serde_json::Value> = s
                .columns
                .iter()
                .map(|c| {
                    serde_json::json!({"column": c.column, "header": c.header, "kind": c.kind, "source": c.source,
                        "public": c.public, "cells": c.cells_changed, "masked": c.masked,
                        "cell_ranges": ranges(&c.column, &c.changed_rows).split(' ').filter(|x| !x.is_empty()).collect::<Vec<_>>(),
                        "validation_failures": c.validation_failure_cells, "damaged_ids": c.damaged_id_cells})
                })
                .collect();
            serde_json::json!({"name": s.name, "header_row": s.header_row, "columns": cols, "warnings": s.warnings})
        })
        .collect();
    serde_json::json!({"input": rep.input.path, "cells": rep.cells_changed, "totals": rep.totals, "sheets": sheets})
}

fn verify_cmd(a: VerifyArgs) -> Result<ExitCode> {
    let m = engine(&a.common, None)?;
    let vo =
        VerifyOptions { report: a.report.clone(), original: a.original.clone(), encoding: encoding(a.common.encoding) };
    let targets: Vec<PathBuf> = if a.output.is_dir() {
        if a.report.is_some() || a.original.is_some() {
            bail!("--report and --original take a single output, not a folder");
        }
        tuomin::batch::list_outputs(&a.output)?
    } else {
        vec![a.output.clone()]
    };
    let mut verdicts: Vec<(PathBuf, Result<Verdict, tuomin::Error>)> = Vec::new();
    for t in &targets {
        verdicts.push((t.clone(), verify::verify_file(&m, t, &vo)));
    }
    // A single file that cannot be verified is an error of the run (exit 2), reported once.
    if single_error(&verdicts)
        && let Some((_, Err(e))) = verdicts.pop()
    {
        return Err(e.into());
    }
    let errors = verdicts.iter().filter(|(_, v)| v.is_err()).count();
    let dirty = verdicts.iter().filter(|(_, v)| v.as_ref().is_ok_and(|v| !v.is_clean())).count();
    if a.common.json {
        let rows: Vec<serde_json::Value> = verdicts
            .iter()
            .map(|(p, v)| match v {
                Ok(v) => serde_json::json!({"file": p, "clean": v.is_clean(), "verdict": v}),
                Err(e) => serde_json::json!({"file": p, "clean": false, "error": e.to_string()}),
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({"files": rows, "dirty": dirty, "errors": errors}))?
        );
    }
    if !a.common.quiet || !a.common.json {
        for (p, v) in &verdicts {
            match v {
                Ok(v) => print_verdict(p, v, a.common.json),
                Err(e) => eprintln!("{}: could not verify: {e}", p.display()),
            }
        }
    }
    Ok(ExitCode::from(if errors > 0 {
        2
    } else if dirty > 0 {
        1
    } else {
        0
    }))
}

fn single_error(v: &[(PathBuf, Result<Verdict, tuomin::Error>)]) -> bool {
    v.len() == 1 && v[0].1.is_err()
}

fn print_verdict(p: &Path, v: &Verdict, json: bool) {
    let out = |s: String| {
        if json { eprintln!("{s}") } else { println!("{s}") }
    };
    match v.output_hash_matches {
        Some(false) => {
            out(format!("{}: CHANGED after masking: its SHA-256 does not match the audit report", p.display()))
        }
        None => out(format!("{}: no audit report found; checked the content only", p.display())),
        Some(true) => {}
    }
    for f in &v.findings {
        out(format!("{}: residual {} at {} ({})", p.display(), f.kind, f.cell, f.reason));
    }
    for m in &v.original_mismatches {
        out(format!("{}: {m}", p.display()));
    }
    if v.is_clean() {
        out(format!("{}: clean ({} cells checked)", p.display(), v.cells_checked));
    } else {
        out(format!("{}: NOT clean: {} finding(s)", p.display(), v.findings.len() + v.original_mismatches.len()));
    }
}
