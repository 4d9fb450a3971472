//@ compile-fail
// Words are summed into an i32 without parsing them first.
fn main() {
    let input = "4 8 15 16";
    let total: i32 = input.split(' ').sum(); //~ ERROR E0277
    println!("{}", total);
}
