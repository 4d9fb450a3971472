// Slicing a &str in the middle of a multi-byte char panics with the byte index.
fn main() {
    let hello = "Здравствуйте";
    println!("{}", &hello[0..2]);
    let s = &hello[0..1];
    println!("{s}");
}
