//@ compile-fail
// Moved in a loop that breaks right after, then used after the loop.
fn main() {
    let s = String::from("abc");
    let mut kept = Vec::new();
    loop {
        kept.push(s);
        break;
    }
    println!("{} {}", s, kept.len()); //~ ERROR E0382
}
