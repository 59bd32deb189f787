//! Command-line options (clap derive); the doc comments are the `--help` text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// tuomin (脱敏): de-identify welfare assistance rosters before they are published.
///
/// Exit codes: 0 success / clean; 1 verify found residual personal data or a changed output;
/// 2 could not run (bad input, bad options, unwritable output, or a file in a batch failed).
#[derive(Debug, Parser)]
#[command(name = "tuomin", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Mask a roster (or every roster below a folder) into a publication-ready file and an audit report.
    Mask(MaskArgs),
    /// Show what would be masked, per sheet, column and kind, with cell references; writes nothing.
    Scan(ScanArgs),
    /// Prove a masked output is clean: re-scan every cell; exit 1 on any residual personal data.
    Verify(VerifyArgs),
}

/// CSV encodings.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Enc {
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "utf-8-bom", alias = "utf8-bom")]
    Utf8Bom,
    #[value(alias = "gb18030")]
    Gbk,
}

/// Options shared by every command.
#[derive(Debug, Args, Clone)]
pub struct Common {
    /// Masking policy (TOML); the default is patterns/policy.toml.
    #[arg(long, value_name = "FILE.toml")]
    pub policy: Option<PathBuf>,
    /// Folder of pattern files overriding the embedded ones (same file names as patterns/).
    #[arg(long, value_name = "DIR")]
    pub patterns: Option<PathBuf>,
    /// CSV encoding of the input (auto: BOM, else UTF-8 if valid, else GBK/GB18030).
    #[arg(long, value_enum, default_value = "auto")]
    pub encoding: Enc,
    /// Worker threads (default: all cores). The output is identical at any count.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Machine-readable JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// Date ages are computed on (minors), YYYY-MM-DD; default today (UTC+8).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, Args)]
pub struct MaskArgs {
    /// Roster to mask (.xlsx .xlsm .xls .ods .csv .tsv), or a folder of them.
    pub input: PathBuf,
    /// Output file (default: <stem>.masked.<ext> beside the input; .xls/.ods become .xlsx).
    /// For a folder: the output folder (default: <folder>-masked beside it).
    #[arg(short, long, value_name = "OUTPUT")]
    pub output: Option<PathBuf>,
    /// Audit report path (default: <output>.audit.json).
    #[arg(long, value_name = "PATH")]
    pub report: Option<PathBuf>,
    /// Encoding of a CSV output (default: the input's; utf-8-bom opens cleanly in Chinese-locale Excel).
    #[arg(long, value_enum, value_name = "ENC")]
    pub output_encoding: Option<Enc>,
    /// Overwrite an existing output and report.
    #[arg(long)]
    pub force: bool,
    /// Punitive disclosure (惩戒公示): keep the names of the disclosed persons readable. Needs --legal-basis.
    #[arg(long)]
    pub punitive: bool,
    /// The legal basis of the punitive disclosure, recorded in the report.
    #[arg(long, value_name = "TEXT", requires = "punitive")]
    pub legal_basis: Option<String>,
    /// Limit the punitive scope to rows where COLUMN equals VALUE.
    #[arg(long, value_name = "COLUMN=VALUE", requires = "punitive")]
    pub punitive_rows: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Roster to scan.
    pub input: PathBuf,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Masked output to verify, or a folder of outputs.
    pub output: PathBuf,
    /// Audit report (default: <output>.audit.json when it exists).
    #[arg(long, value_name = "R")]
    pub report: Option<PathBuf>,
    /// The original input: layout must match and every changed cell must be recorded in the report.
    #[arg(long, value_name = "INPUT")]
    pub original: Option<PathBuf>,
    #[command(flatten)]
    pub common: Common,
}
