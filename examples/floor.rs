//! I/O floor: reads a CSV and writes it back unchanged through tuomin's own CSV paths (no detection).
//! `cargo run --release --example floor -- IN.csv OUT.csv`

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (input, output) = (std::path::Path::new(&args[1]), std::path::Path::new(&args[2]));
    let info = tuomin::io::csv::sniff(input, tuomin::io::EncodingChoice::Auto, false)?;
    let mut rows = tuomin::io::csv::Rows::open(input, info)?;
    let mut w = tuomin::io::csv::Writer::new(std::fs::File::create(output)?, info.encoding, info.delimiter, info.crlf);
    let mut n = 0u64;
    while let Some(r) = rows.next_row()? {
        w.write_row(r.iter())?;
        n += 1;
    }
    w.finish()?;
    eprintln!("{n} rows");
    Ok(())
}
