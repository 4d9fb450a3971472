//@ compile-fail
// Comparing a usize with an i32 (E0308).
fn main() {
    let v = vec![1, 2];
    let n: i32 = 2;
    if v.len() == n { //~ ERROR E0308
        println!("same");
    }
}
