//@ compile-fail
// Each iteration borrows the same String mutably and keeps it in a vector.
fn main() {
    let mut s = String::new();
    let mut parts: Vec<&mut String> = Vec::new();
    let mut i = 0;
    while i < 2 {
        parts.push(&mut s); //~ ERROR E0499
        i += 1;
    }
    println!("{}", parts.len());
}
