//@ compile-fail
// A header slice of the buffer is kept while the buffer is cleared for the next line.
fn main() {
    let mut buf = String::from("HEADER:data");
    let header = &buf[..6];
    buf.clear(); //~ ERROR E0502
    buf.push_str("next"); //~ ERROR E0502
    println!("{} {}", header, buf);
}
