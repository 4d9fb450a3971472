//@ compile-fail
// Writing through an index while the same Vec is being iterated by reference.
fn main() {
    let mut readings = vec![12, -3, 7, -8, 5];
    for (i, r) in readings.iter().enumerate() {
        if *r < 0 {
            readings[i] = 0; //~ ERROR E0502
        }
    }
    println!("{:?}", readings);
}
