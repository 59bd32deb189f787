fn main() {
    let d = tuomin::detect::address::AddressDetector::new();
    for a in std::env::args().skip(1) {
        println!("{a} -> {:?}", d.cut(&a).map(|k| &a[..k]));
    }
}
