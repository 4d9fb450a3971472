// Slicing a &str in the middle of a multi-byte char panics with the byte index.
fn main() {
    let hello = "Здравствуйте";
    println!("{}", &hello[0..2]);
    println!("{}", hello.is_char_boundary(1));
    println!("{:?}", hello.get(0..1));
    println!("{}", &hello[2..4]);
    let s = &hello[0..1];
    println!("{s}");
}
