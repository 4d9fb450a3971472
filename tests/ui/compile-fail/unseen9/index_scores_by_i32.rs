//@ compile-fail
// A vector is indexed with an i32 loop counter.
fn main() {
    let scores = vec![12, 45, 7, 30];
    let mut i: i32 = 0;
    while i < 4 {
        println!("{}", scores[i]); //~ ERROR E0277
        i += 1;
    }
}
