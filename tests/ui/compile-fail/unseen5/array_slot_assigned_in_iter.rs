//@ compile-fail
// Writing an array element while iterating over the array by reference.
fn main() {
    let mut levels = [3, 1, 4, 1, 5];
    for l in levels.iter() {
        if *l == 1 {
            levels[0] = 0; //~ ERROR E0506
        }
    }
    println!("{:?}", levels);
}
