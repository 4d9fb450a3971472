//@ compile-fail
// A trailing semicolon turns the last expression into a statement, so the function returns ().
fn square(x: i32) -> i32 { //~ ERROR E0308
    x * x;
}

fn main() {
    println!("{}", square(3));
}
