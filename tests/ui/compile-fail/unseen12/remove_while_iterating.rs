//@ compile-fail
// The learner removes negative readings from a Vec while iterating over it.
fn main() {
    let mut readings = vec![3, -1, 4, -5, 9];
    for (i, r) in readings.iter().enumerate() {
        if *r < 0 {
            readings.remove(i); //~ ERROR E0502
        }
    }
    println!("{:?}", readings);
}
