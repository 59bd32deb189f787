//! The xlsx reader (calamine behind `tuomin::io::read`) on arbitrary bytes written to a `.xlsx` file.
//! Errors are fine; panics (and aborts from huge allocations) are not.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::read_as("input.xlsx", data);
});
