// Slicing a &str past its end panics with the byte index and the string.
fn main() {
    let s = "short";
    let n = 10;
    println!("{}", s.len());
    println!("{}", &s[2..]);
    println!("{}", &s[..3]);
    println!("{:?}", s.get(2..n));
    println!("{}", &s[2..n]);
}
