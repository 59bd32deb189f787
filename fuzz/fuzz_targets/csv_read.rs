//! The CSV reader on arbitrary bytes: written to a `.csv` file, read with encoding detection.
//! Errors (corrupt, empty, undecodable) are fine; panics are not.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::read_as("input.csv", data);
    // The same bytes as TSV (other delimiter path).
    common::read_as("input.tsv", data);
});
