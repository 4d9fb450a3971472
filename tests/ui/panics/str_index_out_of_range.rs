// Slicing a &str past its end panics with the byte index and the string.
fn main() {
    let s = "short";
    let n = 10;
    println!("{}", &s[..3]);
    println!("{}", &s[2..n]);
}
