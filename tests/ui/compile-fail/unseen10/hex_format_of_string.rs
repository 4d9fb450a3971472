//@ compile-fail
// A hex dump formats a whole String with {:x}, which only integers implement.
fn main() {
    let word = String::from("PNG");
    let mut dump = String::new();
    for b in word.bytes() {
        dump.push_str(&format!("{:02x} ", b));
    }
    println!("{} / {:x}", dump, word); //~ ERROR E0277
}
