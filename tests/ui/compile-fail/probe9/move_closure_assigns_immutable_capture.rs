//@ compile-fail
// A `move` closure owns its copy of `count`, but the copy is as immutable as the variable it came from.
fn main() {
    let count = 0;
    let mut next = move || {
        count += 1; //~ ERROR E0594
        count
    };
    println!("{}", next());
}
