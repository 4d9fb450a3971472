//@ compile-fail
// A variable assigned only inside an `if` within a loop may be uninitialised after it.
fn main() {
    let mut result: i32;
    for i in 0..3 {
        if i == 2 {
            result = i;
        }
    }
    println!("{}", result); //~ ERROR E0381
}
