//@ compile-fail
// A function meant to return the doubled value ends with a semicolon, so it returns ().
fn double(x: i32) -> i32 { //~ ERROR E0308
    x * 2;
}

fn main() {
    println!("{}", double(4));
}
