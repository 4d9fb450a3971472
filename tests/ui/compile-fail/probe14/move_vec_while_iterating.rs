//@ compile-fail
// Moving the Vec while iterating over it by reference.
fn main() {
    let v = vec![1, 2, 3];
    for x in &v {
        if *x == 2 {
            drop(v); //~ ERROR E0505
            println!("{}", x);
            break;
        }
    }
}
