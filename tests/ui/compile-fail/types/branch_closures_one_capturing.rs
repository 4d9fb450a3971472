//@ compile-fail
// two closures as the arms of an if/else: one captures a variable, so no function pointer is their common type
fn main() {
    let step = 5;
    let up = true;
    let f = if up { |x: i32| x + step } else { |x: i32| x - 1 }; //~ ERROR E0308
    println!("{}", f(1));
}
