//@ compile-fail
// A count copied out of a Vec with a pattern is dereferenced as if it were a reference.
fn main() {
    let counts = vec![3u32, 5, 8];
    let mut total = 0;
    for &c in counts.iter() {
        total += *c; //~ ERROR E0614
    }
    println!("{}", total);
}
