//@ compile-fail
// A boxed closure returned from a function borrows a local of that function.
fn make_adder(step: i32) -> Box<dyn Fn(i32) -> i32> {
    let offset = step * 2;
    Box::new(|x| x + offset) //~ ERROR E0373
}

fn main() {
    let add = make_adder(3);
    println!("{}", add(1));
}
